/**
 * Does the source say what the claim says? Source text (HTML, plain text, PDF), passage
 * retrieval and the numbers check, per claim × source. Documented in the project README,
 * § Evidence.
 */
export {
  assessSupport,
  levelOf,
  notChecked,
  partialThreshold,
  pickBestSupport,
  type Support,
  type SupportClaim,
  type SupportLevel,
  type SupportOptions,
  supportedThreshold,
} from './assess.ts'
export { type Excerpt, markExcerpt } from './excerpt.ts'
export { detectLanguage, type SupportLanguage, supportLanguages } from './languages.ts'
export {
  maxHtmlBytes,
  maxPassageLength,
  maxPdfBytes,
  maxPdfPages,
  maxSourceCharacters,
} from './limits.ts'
export { readLocatorPages } from './locator.ts'
export { checkNumbers, collectNumbers, hasNumber, type SourceNumbers } from './number-check.ts'
export { canonicalNumber, extractNumbers, type NumberKind, type NumericFact } from './numbers.ts'
export { type IndexOptions, indexSource, type SupportIndex } from './passage-index.ts'
export { type PdfReadOptions, readPdfSource } from './pdf-text.ts'
export {
  hasText,
  type ReadOptions,
  readHtmlSource,
  readPlainSource,
  type SourcePage,
  type SourceProblem,
  type SourceProblemId,
  type SourceText,
} from './source-text.ts'
