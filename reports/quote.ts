/**
 * Quoting claims and listing the claims that rely on a source.
 */

import type { ListItem, PhrasingContent } from 'mdast'
import type { AuditedClaim } from '../pipeline/types.ts'
import { formatPlace } from './context.ts'
import { toPlainText } from './inline-markdown.ts'
import { list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { defaultClaimLength, shorten } from './shorten.ts'

/** Plain, shortened text of claims already quoted (a claim is quoted in several sections). */
const quoted = new WeakMap<AuditedClaim, { text: string; max: number; value: string }>()

/** A claim quoted and shortened: `“Türkiye has …”`. */
export function quoteClaim(claim: AuditedClaim, max = defaultClaimLength): Array<PhrasingContent> {
  let known = quoted.get(claim)
  if (known === undefined || known.text !== claim.text || known.max !== max) {
    known = { text: claim.text, max, value: shorten(toPlainText(claim.text), max) }
    quoted.set(claim, known)
  }
  return [text('“'), text(known.value), text('”')]
}

/** Where a claim is: `Introduction · line 12` (or just the place before the first section). */
export function locateClaim(claim: AuditedClaim): string {
  const place = formatPlace(claim.place)
  return claim.section === null ? place : `${claim.section} · ${place}`
}

/** A list item "Claims relying on it:" with one nested item per claim, or `null` when none. */
export function renderRelyingClaims(claims: Array<AuditedClaim>): ListItem | null {
  if (claims.length === 0) return null
  const items = claims.map((claim) =>
    listItem(
      paragraph(
        strong(text(claim.id)),
        text(' · '),
        untrusted(locateClaim(claim), 120),
        text(' · '),
        ...quoteClaim(claim),
      ),
    ),
  )
  const label =
    claims.length === 1 ? 'Claim relying on it:' : `${claims.length} claims relying on it:`
  return listItem(paragraph(text(label)), list(items))
}
