#!/usr/bin/env bash
# The "audit" step of citecheck's GitHub Action (action.yml), as a script so it can be tested
# outside GitHub. It builds citecheck's command line from the inputs, runs the audit, keeps the
# JSON result as the next run's baseline, writes the step outputs and a line of step summary,
# and exits with citecheck's exit code (0 fine, 1 unexpected or no network, 2 failures at
# --fail-on, 3 bad input or usage).
#
# Environment (GitHub sets the GITHUB_* and RUNNER_* ones; action.yml sets the rest):
#   CITECHECK_BIN        path of citecheck's bin/citecheck.js (required)
#   CITECHECK_NODE       node executable (default: node)
#   CITECHECK_STATE_DIR  verdict cache and previous result, kept by actions/cache
#                        (default: $RUNNER_TEMP/citecheck-state)
#   CITECHECK_ARTIFACT   name of the artifact the reports are uploaded as, for the summary
#   INPUT_PAPERS         papers, directories or globs, separated by spaces or newlines; quote a
#                        path with spaces ("my paper.md") (default: .)
#   INPUT_FAIL_ON        dead | missing | unverified | new-dead | none (default: dead)
#   INPUT_ARGS           more citecheck options, split like INPUT_PAPERS (no shell expansion)
#   INPUT_OUT_DIR        where the reports go (default: citecheck-report)
#   INPUT_BASELINE       an earlier JSON result to compare with (default: the previous run's)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY  files GitHub reads back (optional here)
set -euo pipefail
set -f # no globbing: globs in papers go to citecheck as written

usage_error() {
  echo "::error title=citecheck::$1"
  exit 3
}

# Print the words of $1 NUL-separated, honouring quotes and backslashes as xargs does (no
# expansion of any kind); fail on an unmatched quote.
split_words() {
  if [[ -z "${1//[[:space:]]/}" ]]; then return 0; fi
  printf '%s' "$1" | xargs printf '%s\0'
}

[[ -n "${CITECHECK_BIN:-}" ]] || usage_error 'Unexpected empty CITECHECK_BIN, expected the path of bin/citecheck.js'
node_bin="${CITECHECK_NODE:-node}"
fail_on="${INPUT_FAIL_ON:-dead}"
out_dir="${INPUT_OUT_DIR:-citecheck-report}"
out_dir="${out_dir%/}"
state_dir="${CITECHECK_STATE_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/citecheck-state}"
artifact="${CITECHECK_ARTIFACT:-citecheck-report}"

case "$fail_on" in
  dead | missing | unverified | print-only | new-dead | none) ;;
  *) usage_error "Unexpected fail-on \`$fail_on\`, expected one of dead, missing, unverified, print-only, new-dead, none" ;;
esac

words="$(mktemp)"
trap 'rm -f "$words"' EXIT
split_words "${INPUT_PAPERS:-.}" > "$words" 2>/dev/null || usage_error 'Unexpected quote in papers, expected matching quotes'
mapfile -d '' papers < "$words"
split_words "${INPUT_ARGS:-}" > "$words" 2>/dev/null || usage_error 'Unexpected quote in args, expected matching quotes'
mapfile -d '' extra < "$words"
[[ ${#papers[@]} -gt 0 ]] || usage_error 'Unexpected empty papers, expected paths, directories or globs'

baseline="${INPUT_BASELINE:-}"
if [[ -n "$baseline" && ! -f "$baseline" ]]; then
  usage_error "Unexpected baseline \`$baseline\`: no such file"
fi
if [[ -z "$baseline" && -f "$state_dir/baseline.json" ]]; then
  baseline="$state_dir/baseline.json"
fi

mkdir -p "$out_dir" "$state_dir"
json="$out_dir/citecheck.json"
sarif="$out_dir/citecheck.sarif"
junit="$out_dir/citecheck.junit.xml"
arguments=(
  audit "${papers[@]}"
  --fail-on "$fail_on"
  --out "$out_dir/"
  --json "$json"
  --sarif "$sarif"
  --junit "$junit"
  --cache "$state_dir/cache.json"
)
if [[ -n "$baseline" ]]; then arguments+=(--baseline "$baseline"); fi
arguments+=("${extra[@]}")

printf 'citecheck'
printf ' %q' "${arguments[@]}"
printf '\n'
set +e
"$node_bin" "$CITECHECK_BIN" "${arguments[@]}"
code=$?
set -e

# A real audit (0 or 2) becomes the next run's baseline; a run without network (1) or a usage
# error (3) would only make the next comparison meaningless.
if [[ ( $code -eq 0 || $code -eq 2 ) && -f "$json" ]]; then
  cp "$json" "$state_dir/baseline.json"
fi

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "exit-code=$code"
    echo "report-dir=$out_dir"
    echo "json=$json"
    echo "sarif=$sarif"
    echo "junit=$junit"
  } >> "$GITHUB_OUTPUT"
fi

case "$code" in
  0) verdict="no source at or above \`--fail-on $fail_on\`" ;;
  1) verdict='unexpected failure, or the network was unavailable (see the log)' ;;
  2) verdict="sources at or above \`--fail-on $fail_on\` need attention" ;;
  3) verdict='bad input or usage (see the log)' ;;
  *) verdict='unexpected exit code (see the log)' ;;
esac
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  {
    echo
    echo "**citecheck** exited with $code: $verdict. Reports (Markdown, JSON, SARIF, JUnit) are in the artifact \`$artifact\`${baseline:+, compared with the previous result}."
  } >> "$GITHUB_STEP_SUMMARY"
fi
exit "$code"
