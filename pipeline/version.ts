/** citecheck's version, from package.json. */
import packageJson from '../package.json' with { type: 'json' }

/** Version of this citecheck. */
export const version: string = packageJson.version
