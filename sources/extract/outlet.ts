/**
 * Outlet vs. host: does the URL of a footnote belong to the outlet the footnote names? The rule
 * is general: the outlet's name tokens, each taken whole or by its initial (stop words may be
 * skipped), must spell a label of the host (`Middle East Eye` → middleeasteye.net, `International
 * Business Times` → ibtimes.sg, `Anadolu Agency` → aa.com.tr), or start it (`TRENDS` →
 * trendsresearch.org), or a label must start a token (`mil.in.ua` for `Military …`). A small
 * alias table covers well-known names that do not spell their domain; hosts that publish many
 * outlets' work (resolvers, journal platforms, archives) are never a mismatch.
 */
import { parse } from 'tldts'
import { foldText } from './text.ts'

/** Outlets whose domain their name does not spell (folded name → registrable domains). */
export const outletAliases: Readonly<Record<string, ReadonlyArray<string>>> = {
  'anadolu agency': ['aa.com.tr'],
  'financial times': ['ft.com'],
  turkeysource: ['atlanticcouncil.org'],
  'new atlanticist': ['atlanticcouncil.org'],
  memo: ['middleeastmonitor.com'],
  'associated press': ['apnews.com'],
  ap: ['apnews.com'],
  'voice of america': ['voanews.com'],
  'deutsche welle': ['dw.com'],
  'wall street journal': ['wsj.com'],
  'the economist': ['economist.com'],
  'agence france presse': ['afp.com'],
}

/** Hosts that publish the work of many outlets (registrable domains). */
export const sharedHosts: ReadonlySet<string> = new Set([
  'doi.org',
  'archive.org',
  'archive.ph',
  'archive.today',
  'dergipark.org.tr',
  'jstor.org',
  'tandfonline.com',
  'sciencedirect.com',
  'springer.com',
  'wiley.com',
  'sagepub.com',
  'cambridge.org',
  'oup.com',
  'jhu.edu',
  'ssrn.com',
  'researchgate.net',
  'academia.edu',
  'semanticscholar.org',
  'google.com',
  'europa.eu',
])

/** Outlet names are compared by their first this many words (keeps the search small). */
const maxOutletTokens = 8

/** Words an outlet name may drop in its domain. */
const stopWords: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  'by',
  'a',
  'an',
  'at',
  'de',
])

/** Words an outlet name may carry after the part that spells its domain (`SWP Comment`). */
const genericWords: ReadonlySet<string> = new Set([
  'comment',
  'commentary',
  'report',
  'reports',
  'news',
  'blog',
  'opinion',
  'brief',
  'paper',
  'research',
  'policy',
  'website',
  'magazine',
  'journal',
  'online',
  'review',
  'analysis',
  'series',
  'press',
  'release',
  'sheet',
  'factsheet',
  'gundem',
  'working',
  'english',
])

/**
 * Whether tokens from `index` on spell `label` from `position`: each token whole or by its
 * initial, stop words skippable. A whole token of three letters or more may end the match
 * early when only generic words follow it (`TRENDS` → trendsresearch, `SWP Comment` → swpberlin).
 */
function spells(
  label: string,
  position: number,
  tokens: ReadonlyArray<string>,
  index: number,
  used: boolean,
): boolean {
  if (position === label.length) return used
  const token = tokens[index]
  if (token === undefined) return false
  if (stopWords.has(token) && spells(label, position, tokens, index + 1, used)) return true
  if (label.startsWith(token, position)) {
    const rest = tokens.slice(index + 1)
    if (token.length >= 3 && rest.every((word) => genericWords.has(word))) return true
    if (spells(label, position + token.length, tokens, index + 1, true)) return true
  }
  return label[position] === token[0] && spells(label, position + 1, tokens, index + 1, true)
}

/** Labels of a host worth comparing: the registrable name, then telling subdomain labels. */
function hostLabels(hostname: string): Array<string> {
  const parsed = parse(hostname)
  const clean = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '')
  const subdomains = (parsed.subdomain ?? '')
    .split('.')
    .map(clean)
    .filter((label) => label.length >= 2 && label !== 'www' && !genericWords.has(label))
  return [clean(parsed.domainWithoutSuffix ?? ''), ...subdomains].filter((label) => label !== '')
}

/** Whether the outlet `name` plausibly owns `hostname`. */
export function outletOwnsHost(name: string, hostname: string): boolean {
  const folded = foldText(name)
  const domain = parse(hostname).domain ?? hostname
  const alias = outletAliases[folded] ?? outletAliases[folded.replace(/^the /, '')]
  if (alias?.includes(domain)) return true
  const tokens = folded.split(' ').filter(Boolean).slice(0, maxOutletTokens)
  const labels = hostLabels(hostname)
  const registrable = labels[0] ?? ''
  if (registrable.length >= 3 && tokens.some((token) => token.startsWith(registrable))) return true
  return labels.some((label) => tokens.some((_, index) => spells(label, 0, tokens, index, false)))
}

/** Whether `hostname` publishes many outlets' work, or is an address: never a mismatch. */
export function isSharedHost(hostname: string): boolean {
  const parsed = parse(hostname)
  return parsed.isIp === true || parsed.domain === null || sharedHosts.has(parsed.domain)
}
