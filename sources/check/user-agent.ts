/** citecheck's version and the `User-Agent` every request of the tool sends, from package.json. */
import packageJson from '../../package.json' with { type: 'json' }

/** Version of this citecheck. */
export const version: string = packageJson.version

/** Where citecheck lives, named in the `User-Agent` and used for documentation links. */
export const homepage: string = packageJson.homepage

/** Default `User-Agent`: the tool, its version and where to read about it. */
export const defaultUserAgent = `citecheck/${version} (+${homepage})`
