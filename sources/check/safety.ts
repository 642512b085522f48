/**
 * Address policy: refuse loopback, private, link-local and cloud-metadata addresses unless
 * allowed. Checked on the resolved address of every connection, so redirects and DNS tricks
 * cannot reach the local network.
 */
import type { LookupAddress, LookupOptions } from 'node:dns'
import ipaddr from 'ipaddr.js'

/** `dns.lookup`-compatible function (callback style), as accepted by `net.connect`. */
export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: (
    error: NodeJS.ErrnoException | null,
    address: string | Array<LookupAddress>,
    family?: number,
  ) => void,
) => void

/** Error code of a refused connection to a private address. */
export const privateAddressCode = 'CITECHECK_PRIVATE_ADDRESS'

/** Ranges that are fine to fetch (everything else ipaddr.js names is local or reserved). */
const publicRanges = new Set(['unicast'])

/** Well-known cloud metadata addresses that sit in otherwise public-looking ranges. */
const metadataAddresses = new Set(['100.100.100.200', 'fd00:ec2::254'])

/**
 * `true` when `address` (an IP literal, brackets allowed) is loopback, private, link-local,
 * metadata or reserved. IPv6 forms that embed an IPv4 address are judged by it (IPv4-mapped
 * `::ffff:0:0/96`, IPv4-translated `::ffff:0:0:0/96`, NAT64 `64:ff9b::/96`), or refused outright
 * when they are tunnels or deprecated (IPv4-compatible `::/96`, local NAT64 `64:ff9b:1::/48`,
 * 6to4 `2002::/16`, Teredo `2001::/32`).
 */
export function isPrivateAddress(address: string): boolean {
  const bare = toHexGroups(address.replace(/^\[|\]$/g, ''))
  if (!ipaddr.isValid(bare)) return false
  const parsed = ipaddr.parse(bare)
  if (parsed.kind() === 'ipv4') return isPrivateIPv4(parsed as ipaddr.IPv4)
  const v6 = parsed as ipaddr.IPv6
  const embedded = findEmbeddedIPv4(v6)
  if (embedded === 'refused') return true
  if (embedded !== null) return isPrivateIPv4(embedded)
  if (metadataAddresses.has(v6.toString())) return true
  return !publicRanges.has(v6.range())
}

/**
 * An IPv6 literal with its trailing dotted quad written as two hex groups (`::7f00:1` for
 * `::127.0.0.1`): ipaddr.js reads `::a.b.c.d` as IPv4-mapped, which it is not.
 */
function toHexGroups(address: string): string {
  if (!address.includes(':')) return address
  return address.replace(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/, (quad, ...octets) => {
    const [a, b, c, d] = octets.slice(0, 4).map(Number) as [number, number, number, number]
    if ([a, b, c, d].some((octet) => octet > 255)) return quad
    return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  })
}

function isPrivateIPv4(address: ipaddr.IPv4): boolean {
  return metadataAddresses.has(address.toString()) || !publicRanges.has(address.range())
}

/** The IPv4 address an IPv6 address carries; `refused` for tunnel and deprecated forms. */
function findEmbeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | 'refused' | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = address.parts
  const head = (...parts: Array<number>) =>
    parts.every((part, index) => address.parts[index] === part)
  const last = () => new ipaddr.IPv4([g >> 8, g & 0xff, h >> 8, h & 0xff])
  if (head(0, 0, 0, 0, 0, 0xffff) || head(0, 0, 0, 0, 0xffff, 0)) return last()
  if (head(0x64, 0xff9b, 0, 0, 0, 0)) return last()
  if (head(0x64, 0xff9b, 1)) return 'refused'
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0) return 'refused'
  if (a === 0x2002 || (a === 0x2001 && b === 0)) return 'refused'
  return null
}

/**
 * `true` when `hostname` is a name for this machine or the local network, refused without a
 * look-up: `localhost` and `*.localhost` (RFC 6761), `*.local` (mDNS), `*.internal`,
 * `*.home.arpa` (RFC 8375), and Debian's `ip6-localhost`, `ip6-loopback`.
 */
export function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '')
  if (localNames.has(name)) return true
  return /\.(localhost|local|internal|home\.arpa)$/.test(name)
}

const localNames = new Set([
  'localhost',
  'localhost.localdomain',
  'ip6-localhost',
  'ip6-loopback',
  'local',
  'internal',
  'home.arpa',
])

/** `true` when `hostname` (as in `URL.hostname`) is an IP literal rather than a name. */
export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(hostname.replace(/^\[|\]$/g, ''))
}

/** The error a guarded lookup fails with; `code` is {@link privateAddressCode}. */
export function createPrivateAddressError(hostname: string, address: string): Error {
  const error = new Error(
    `Unexpected private address \`${address}\` for \`${hostname}\`, expected a public one (see \`allowPrivate\`)`,
  ) as NodeJS.ErrnoException
  error.code = privateAddressCode
  return error
}

/** Wrap `lookup` so that resolving to a private address fails with {@link privateAddressCode}. */
export function guardLookup(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family)
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address]
      const refused = addresses.find((entry) => isPrivateAddress(entry))
      if (refused !== undefined) {
        return callback(createPrivateAddressError(hostname, refused), address, family)
      }
      callback(null, address, family)
    })
  }
}

/** Resolve `hostname` with `lookup` into all of its addresses. */
export function resolveAll(lookup: LookupFunction, hostname: string): Promise<Array<string>> {
  return new Promise((resolve, reject) => {
    lookup(hostname, { all: true }, (error, address) => {
      if (error) return reject(error)
      resolve(Array.isArray(address) ? address.map((entry) => entry.address) : [address])
    })
  })
}

/** Where {@link checkHostSafety} may look. */
export interface HostSafetyOptions {
  /** Allow everything. */
  allowPrivate: boolean
  /** Resolver for names. */
  lookup: LookupFunction
  /** Resolve names here (when the dispatcher's connections are not guarded: a proxy). */
  preResolve: boolean
}

/** Why a host is refused before any request, or could not be checked. */
export type HostSafety =
  | {
      /** The host is (or resolves to) a private address. */
      kind: 'private'
      /** One sentence saying so. */
      detail: string
    }
  | {
      /** The host had to be resolved here (`preResolve`) and could not be. */
      kind: 'unresolved'
      /** The resolver's error. */
      error: unknown
    }

/**
 * Whether `host` may be requested: `null` when it may. Local names and private IP literals are
 * refused always (no look-up guards them); other names are resolved only with `preResolve`,
 * and one that cannot be resolved then is `unresolved` (never handed over unchecked).
 */
export async function checkHostSafety(
  host: string,
  options: Readonly<HostSafetyOptions>,
): Promise<HostSafety | null> {
  if (options.allowPrivate) return null
  if (isLocalName(host)) return { kind: 'private', detail: `\`${host}\` is a local name` }
  let addresses: Array<string> = []
  if (isIpLiteral(host)) addresses = [host]
  else if (options.preResolve) {
    try {
      addresses = await resolveAll(options.lookup, host)
    } catch (error) {
      return { kind: 'unresolved', error }
    }
  }
  const address = addresses.find((entry) => isPrivateAddress(entry))
  if (address === undefined) return null
  return { kind: 'private', detail: `\`${host}\` resolves to private address \`${address}\`` }
}
