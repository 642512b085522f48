/**
 * Repair of URLs whose scheme was mangled in the paper: `See://doi.org/…` (a word glued to
 * `://`), `htps://`, `http//`, `https:/`, or no scheme at all before `www.`.
 */
import { editDistance } from './text.ts'

/** Schemes other than http(s) that are real: kept as written (and later marked unsupported). */
export const knownSchemes: ReadonlySet<string> = new Set([
  'ftp',
  'ftps',
  'sftp',
  'file',
  'git',
  'ssh',
  'svn',
  'irc',
  'ircs',
  'ws',
  'wss',
  'rtsp',
  'smb',
  'ldap',
  'nntp',
  'news',
  'telnet',
  'gopher',
  's3',
  'gs',
  'ipfs',
  'magnet',
  'chrome',
  'about',
  'data',
])

/** A URL text after repair. */
export interface Repaired {
  /** The text to parse. */
  text: string
  /** `true` when `text` differs from the input because it was repaired. */
  repaired: boolean
}

/** Pick `https` or `http` for a scheme that is a typo of one of them. */
function typoScheme(scheme: string): string | null {
  const lower = scheme.toLowerCase()
  if (editDistance(lower, 'https') <= 1 && lower.endsWith('s')) return 'https'
  if (editDistance(lower, 'http') <= 1) return 'http'
  if (editDistance(lower, 'https') <= 1) return 'https'
  return null
}

/**
 * Repair the scheme of a cleaned URL text. `http`/`https` and the known schemes are left alone;
 * a near miss of `http(s)` is corrected; any other word before `://` is read as prose glued to
 * a URL whose scheme was lost (`See://doi.org` → `https://doi.org`).
 */
export function repairScheme(text: string): Repaired {
  const missingColon = /^(https?)\/\/(?=[^/])/i.exec(text)
  if (missingColon)
    return { text: `${missingColon[1]}://${text.slice(missingColon[0].length)}`, repaired: true }
  const oneSlash = /^(https?):\/(?=[^/])/i.exec(text)
  if (oneSlash)
    return { text: `${oneSlash[1]}://${text.slice(oneSlash[0].length)}`, repaired: true }
  if (/^www\./i.test(text)) return { text: `https://${text}`, repaired: true }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)
  if (scheme === null) return { text, repaired: false }
  const name = (scheme[1] ?? '').toLowerCase()
  if (name === 'http' || name === 'https' || knownSchemes.has(name))
    return { text, repaired: false }
  const replacement = typoScheme(name) ?? 'https'
  return { text: `${replacement}://${text.slice(scheme[0].length)}`, repaired: true }
}
