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

/** `true` when `address` (an IP literal) is loopback, private, link-local, metadata or reserved. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  if (!ipaddr.isValid(bare)) return false
  let parsed = ipaddr.parse(bare)
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address()
  }
  if (metadataAddresses.has(parsed.toString())) return true
  return !publicRanges.has(parsed.range())
}

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
  /** Resolve names here (when the dispatcher's connections are not guarded). */
  preResolve: boolean
}

/**
 * The private address `host` points to, or `null`: IP literals always (no lookup guards them),
 * names only with `preResolve`. A failed resolution returns `null` so the request fails and is
 * classified as usual.
 */
export async function checkHostSafety(
  host: string,
  options: Readonly<HostSafetyOptions>,
): Promise<string | null> {
  if (options.allowPrivate) return null
  let addresses: Array<string> = []
  if (isIpLiteral(host)) addresses = [host]
  else if (options.preResolve) {
    try {
      addresses = await resolveAll(options.lookup, host)
    } catch {
      return null
    }
  }
  return addresses.find((address) => isPrivateAddress(address)) ?? null
}
