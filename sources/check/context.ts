/** Shared state and result types of URL checks. */
import type { Dispatcher } from 'undici'
import type { Evidence } from '../evidence/types.ts'
import type { FailureLayer } from './classify.ts'
import type { HostLimiter } from './host-limiter.ts'
import type { CheckOptions } from './options.ts'
import type { LinkCheck, Redirect } from './types.ts'

/** Shared state of a run that every URL check uses. */
export interface CheckContext {
  /** Normalised options. */
  settings: Readonly<CheckOptions>
  /** Dispatcher for every request. */
  dispatcher: Dispatcher
  /** Per-host scheduling. */
  limiter: HostLimiter
  /** Aborted when the run is asked to stop: no new requests or retries. */
  stopping: AbortSignal
  /** Aborted when in-flight requests must be cut (after the grace). */
  cut: AbortSignal
  /** Controllers of the attempts in flight, aborted when the run cuts. */
  inflight: Set<AbortController>
  /** Resolve and check host names before each hop (proxy or injected dispatcher). */
  preResolve: boolean
  /** Request headers of every attempt. */
  headers: Record<string, string>
}

/** Result of checking one URL: the check plus what offline detection needs. */
export interface UrlOutcome {
  /** The check. */
  check: LinkCheck
  /** `true` when any HTTP response was received for this URL. */
  responded: boolean
  /** Layer of the final failure, if it was a DNS or connect failure. */
  layer: FailureLayer
}

/** What happened so far while checking one URL. */
export interface Trace {
  /** Redirects followed. */
  redirects: Array<Redirect>
  /** Requests made, over all hops (retries and redirect hops included). */
  attempts: number
  /** Retries made so far, over all hops (the `retries` budget is per link). */
  retries: number
  /** Milliseconds of the link deadline used: its requests' time and its retry waits. */
  spent: number
  /** Last HTTP status. */
  httpStatus: number | null
  /** URL of the last response. */
  finalUrl: string | null
  /** Page title, when read. */
  title: string | null
  /** Evidence from the inspector. */
  evidence?: Evidence
  /** Layer of the last failure. */
  layer: FailureLayer
}
