/** citecheck's version and the `User-Agent` every request of the tool sends, from package.json. */
import { packageInfo } from './package-root.ts'

/** Version of this citecheck. */
export const version: string = packageInfo.version

/** Where citecheck lives, named in the `User-Agent` and used for documentation links. */
export const homepage: string = packageInfo.homepage

/** Default `User-Agent`: the tool, its version and where to read about it. */
export const defaultUserAgent = `citecheck/${version} (+${homepage})`
