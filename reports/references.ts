/**
 * Reference-style links (`[text][1]` with `[1]: url` after the table) keep wide tables
 * readable in a terminal. Definitions are numbered in order of first use.
 */

import type { Definition, InlineCode, LinkReference } from 'mdast'
import type { LinkReason, MissingCause, ProblemKind } from '../pipeline/types.ts'
import { toSafeHref } from './escape.ts'
import { code, text } from './nodes.ts'
import { toDocsUrl } from './reasons.ts'
import { shortenUrl } from './shorten.ts'

/** A collector of reference links and their definitions. */
export interface References {
  /** A short reference link to an untrusted URL (inline code when not http/https). */
  link(url: string): LinkReference | InlineCode
  /** A reference link to the documentation of a reason or problem id. */
  doc(id: LinkReason | ProblemKind | MissingCause): LinkReference
  /** The definitions collected so far: numbered links, then documentation, each in order of first use. */
  definitions(): Array<Definition>
}

/** Create a collector; `docsUrl` is the base of documentation links. */
export function createReferences(docsUrl: string): References {
  const byUrl = new Map<string, string>()
  let count = 0
  const use = (url: string, preferred?: string): string => {
    const known = byUrl.get(url)
    if (known !== undefined) return known
    if (preferred === undefined) count += 1
    const identifier = preferred ?? String(count)
    byUrl.set(url, identifier)
    return identifier
  }
  const reference = (identifier: string, children: LinkReference['children']): LinkReference => ({
    type: 'linkReference',
    identifier,
    label: identifier,
    referenceType: 'full',
    children,
  })
  return {
    link(url) {
      const href = toSafeHref(url)
      if (href === null) return code(url)
      return reference(use(href), [text(shortenUrl(href))])
    },
    doc(id) {
      return reference(use(toDocsUrl(id, docsUrl), id), [{ type: 'inlineCode', value: id }])
    },
    definitions() {
      const numbered = [...byUrl].filter(([, identifier]) => /^\d+$/.test(identifier))
      const named = [...byUrl].filter(([, identifier]) => !/^\d+$/.test(identifier))
      return [...numbered, ...named].map(([url, identifier]) => ({
        type: 'definition',
        identifier,
        label: identifier,
        url,
        title: null,
      }))
    },
  }
}
