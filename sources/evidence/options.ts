/**
 * The evidence room's options, once. The network rows (timeout, user agent, private addresses,
 * resolver, dispatcher) are the checker's own rows, so evidence look-ups follow the same policy
 * as the checker.
 */

import {
  booleanOption,
  defaultsOf,
  integerOption,
  normalizeOptions,
  type OptionValues,
  urlOption,
} from '../check/option-table.ts'
import { checkOptionTable } from '../check/options.ts'

/** Every option of the evidence look-ups (DOI handles, archived copies). */
export const evidenceOptionTable = {
  /** Look up Wayback Machine copies of dead and unverified links. */
  archive: booleanOption(false, {
    description: 'look up Wayback Machine copies of dead and unverified links',
    reported: true,
  }),
  /**
   * Find, per claim, the passage of each live cited page that best supports it and the claim's
   * numbers the page does not contain (a hint for a reviewer; never changes a verdict).
   */
  support: booleanOption(true, {
    description: 'find the passage of each live page that best supports its claim',
    reported: true,
  }),
  /** Base URL of the DOI handle API; the DOI is appended. */
  doiApi: urlOption('https://doi.org/api/handles/', { description: 'DOI handle API base URL' }),
  /** Wayback Machine CDX server endpoint. */
  archiveApi: urlOption('https://web.archive.org/cdx/search/cdx', {
    description: 'Wayback CDX API endpoint',
  }),
  /** DOI handle requests in flight at once. */
  doiConcurrency: integerOption(4, 1),
  /** CDX requests in flight at once: polite to archive.org. */
  archiveConcurrency: integerOption(2, 1),
  /** Deadline of one look-up request (the checker's `timeout`). */
  timeout: checkOptionTable.timeout,
  /** `User-Agent` of the look-ups (the checker's). */
  userAgent: checkOptionTable.userAgent,
  /** Allow private addresses (the checker's rule; look-up endpoints on loopback need it). */
  allowPrivate: checkOptionTable.allowPrivate,
  /** Resolver of every connection (the checker's). */
  lookup: checkOptionTable.lookup,
  /** Dispatcher for every look-up; default: one built for the look-ups, closed after. */
  dispatcher: checkOptionTable.dispatcher,
}

/** Options of the evidence look-ups (see {@link evidenceOptionTable}). */
export type EvidenceOptions = OptionValues<typeof evidenceOptionTable>

/** Names of the network rows evidence shares with the checker. */
export const sharedNetworkOptions = [
  'timeout',
  'userAgent',
  'allowPrivate',
  'lookup',
  'dispatcher',
] as const satisfies ReadonlyArray<keyof EvidenceOptions>

/** Defaults of every evidence option. */
export const defaultEvidenceOptions: Readonly<EvidenceOptions> = defaultsOf(evidenceOptionTable)

/** Merge `options` over the defaults and validate them. @throws {TypeError} on a bad option. */
export function normalizeEvidenceOptions(
  options: Readonly<Partial<EvidenceOptions>> = {},
): EvidenceOptions {
  return normalizeOptions(evidenceOptionTable, options)
}
