/** URL rewrites (`--remap`) and filters (`--exclude`), in lychee's vocabulary. */

/** One remap rule: URLs matching `pattern` are rewritten with `replacement` (`$1` etc. allowed). */
export interface RemapRule {
  /** Pattern tested against the whole URL. */
  pattern: RegExp
  /** Replacement, as for `String.prototype.replace`. */
  replacement: string
}

/** Apply the first matching remap rule to `url`; the URL is returned unchanged when none match. */
export function remapUrl(url: string, rules: ReadonlyArray<RemapRule>): string {
  for (const rule of rules) {
    rule.pattern.lastIndex = 0
    if (rule.pattern.test(url)) {
      rule.pattern.lastIndex = 0
      return url.replace(rule.pattern, rule.replacement)
    }
  }
  return url
}

/** The first exclude pattern matching any of `urls`, or `null`. */
export function findExclusion(
  urls: ReadonlyArray<string>,
  patterns: ReadonlyArray<RegExp>,
): RegExp | null {
  for (const pattern of patterns) {
    for (const url of urls) {
      pattern.lastIndex = 0
      if (pattern.test(url)) return pattern
    }
  }
  return null
}
