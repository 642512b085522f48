/**
 * The sources stage, in three rooms: `extract/` (each footnote's URLs, DOIs and citation,
 * back-references resolved, the distinct links), `check/` (the HTTP checker) and `evidence/`
 * (what each page says beyond its status code).
 */
export * from './check/index.ts'
export * from './evidence/index.ts'
export * from './extract/index.ts'
