/**
 * The check room: check every distinct cited URL once with undici — bounded, polite per host,
 * retried where it can heal, and honest about what it could not decide.
 */
export type { CacheEntry, CacheHistoryItem, LinkCache } from './cache.ts'
export {
  corruptCache,
  createCache,
  mergeCaches,
  parseCache,
  readCachedVerdict,
  recordCheck,
  serializeCache,
  unusableCache,
} from './cache.ts'
export { checkLinks } from './check-links.ts'
export { classifyError, classifyStatus } from './classify.ts'
export { formatDuration, parseDuration } from './duration.ts'
export { extractTitle } from './html-title.ts'
export { createDispatcher, createRequestHeaders } from './http.ts'
export type {
  OptionKind,
  OptionRow,
  OptionTable,
  OptionValues,
} from './option-table.ts'
export {
  type CheckOptions,
  checkOptionTable,
  defaultCheckOptions,
  normalizeCheckOptions,
} from './options.ts'
export {
  type LinkReason,
  type LinkStatus,
  linkReasonIds,
  linkReasons,
  statusOfReason,
} from './reasons.ts'
export type { Sleep } from './retry.ts'
export { computeBackoff, defaultSleep, parseRetryAfter, shouldRetryStatus } from './retry.ts'
export type { RemapRule } from './rewrite.ts'
export { findExclusion, remapUrl } from './rewrite.ts'
export type { LookupFunction } from './safety.ts'
export { isPrivateAddress } from './safety.ts'
export type * from './types.ts'
export { checkProblemKinds } from './types.ts'
export { defaultUserAgent, homepage, version } from './user-agent.ts'
