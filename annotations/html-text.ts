/** Text of exported HTML fragments (endnote sections, footnote bodies) as a reader sees it. */
import { decodeEntities } from './html-entities.ts'

/**
 * Text of an HTML fragment as a reader sees it: block ends and `<br>` become line breaks,
 * tags are dropped and common entities decoded. Only what is after a `<hr>` is kept when
 * `afterRule` is set.
 */
export function readHtmlText(html: string, afterRule = false): string {
  const rule = afterRule ? /<hr\b[^>]*>/i.exec(html) : null
  const fragment = rule ? html.slice(rule.index + rule[0].length) : html
  return decodeEntities(
    fragment.replace(/<\/(?:p|div|li|h\d)>|<br\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, ''),
    { requireSemicolon: true },
  )
}
