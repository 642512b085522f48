/**
 * The `error-title` soft-404 rule: a title or main heading that says "not found", "page
 * removed" or "error" — and says little else, so that an article *about* something not being
 * found does not fire.
 */
import { tokenize } from './fold.ts'

/**
 * Phrases that say the page is missing or broken, as folded tokens (diacritics removed),
 * in English, Turkish, French, German, Italian, Spanish, Portuguese and Dutch.
 */
export const errorPhrases: ReadonlyArray<string> = [
  // English
  '404',
  '410',
  'not found',
  'cannot be found',
  'cant be found',
  'could not be found',
  'couldnt be found',
  'does not exist',
  'doesnt exist',
  'no longer exists',
  'no longer available',
  'page removed',
  'page unavailable',
  'has been removed',
  'has been deleted',
  'error',
  // Turkish
  'bulunamadi',
  'sayfa yok',
  'hata',
  'mevcut degil',
  'kaldirildi',
  // French
  'introuvable',
  'non trouvee',
  'non trouve',
  'nexiste pas',
  'nexiste plus',
  'erreur',
  // German
  'nicht gefunden',
  'existiert nicht',
  'nicht mehr verfugbar',
  'fehler',
  // Italian
  'non trovata',
  'non trovato',
  'non esiste',
  'inesistente',
  'errore',
  // Spanish and Portuguese
  'no encontrada',
  'no encontrado',
  'no existe',
  'no se encontro',
  'nao encontrada',
  'nao encontrado',
  'nao existe',
  // Dutch
  'niet gevonden',
  'bestaat niet',
]

/**
 * Words an error title is made of, the phrases' own words included ("Sorry, the page you are
 * looking for could not be found"). A title fires only when nearly all its words are these.
 */
const errorVocabulary = new Set(
  [
    'page pages file content article story document resource url link address requested',
    'sorry oops whoops uh oh ah hmm we us our you your are is was were be been being has have',
    'had looking for the a an this that it its there here could can cannot cant couldnt doesnt not',
    'no longer',
    'found exist exists available removed deleted moved http status code error request',
    'sayfa sayfasi aradiginiz ulasilamiyor uzgunuz bu ile icerik bulunamadi hata',
    'desole desolee la le les cette vous recherchez que demandee est nexiste plus pas introuvable',
    'leider die der das seite gesuchte wurde konnte nicht gefunden werden existiert fehler',
    'spiacenti pagina la che stai cercando non e stata trovata trovato errore',
    'lo sentimos pagina la que buscas busca se ha encontrado encontrada existe error',
    'desculpe pagina nao foi encontrada encontrado existe erro',
    'helaas pagina niet gevonden bestaat',
    ...errorPhrases,
  ]
    .join(' ')
    .split(' '),
)

/** Share of a title's words that must be error vocabulary for the rule to fire. */
export const errorTitleDominance = 0.8

/** A title longer than this many words is an article title, never an error title. */
export const errorTitleMaxWords = 14

/** Split a title into its parts at site-name separators (` | `, ` - `, ` – `, `:`, `·`, …). */
export function splitTitle(title: string): Array<string> {
  return title
    .split(/\s[-–—|·•»«:]+\s|\s*[|·•»«]\s*|:\s|\s::\s/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** Each error phrase with its tokens, split once. */
const phraseTokens: ReadonlyArray<[phrase: string, tokens: ReadonlyArray<string>]> =
  errorPhrases.map((phrase) => [phrase, phrase.split(' ')])

/** Whether the folded tokens contain the phrase as consecutive tokens. */
function containsPhrase(tokens: ReadonlyArray<string>, phrase: ReadonlyArray<string>): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, index) => tokens[start + index] === word)) return true
  }
  return false
}

/** The error phrase a title part is dominated by, or `null`. */
function dominantPhrase(part: string): string | null {
  const tokens = tokenize(part)
  if (tokens.length === 0 || tokens.length > errorTitleMaxWords) return null
  // Both conditions must hold; the vocabulary share is the cheap one and rules out most titles.
  const vocabulary = tokens.filter((token) => errorVocabulary.has(token) || /^\d+$/.test(token))
  if (vocabulary.length / tokens.length < errorTitleDominance) return null
  return phraseTokens.find(([, words]) => containsPhrase(tokens, words))?.[0] ?? null
}

/**
 * Whether a title (or heading) says the page is an error page: some part of it (split at
 * site-name separators), or the whole, contains an error phrase and at least
 * `errorTitleDominance` of its words are error vocabulary. Returns the phrase, or `null`.
 */
export function findErrorPhrase(title: string): string | null {
  for (const part of new Set([title, ...splitTitle(title)])) {
    const phrase = dominantPhrase(part)
    if (phrase !== null) return phrase
  }
  return null
}
