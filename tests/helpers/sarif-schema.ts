/**
 * The official SARIF 2.1.0 JSON schema (OASIS, errata 01; see tests/fixtures/README.md),
 * compiled with ajv for draft-04 with format checks (`uri`, `uri-reference`, `date-time`).
 */

import { readFileSync } from 'node:fs'
import ajvModule from 'ajv-draft-04'
import formatsModule from 'ajv-formats'

/** Both packages are CommonJS with an `exports.default`, which is what Node hands over as default. */
const Ajv = ajvModule.default
const addFormats = formatsModule.default

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)

/** Validate a SARIF log against the schema: the list of errors, empty when it is valid. */
export const validateSarif = (() => {
  const validate = ajv.compile(schema)
  return (log: unknown): Array<string> => {
    if (validate(log)) return []
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
  }
})()
