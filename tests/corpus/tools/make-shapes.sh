#!/bin/sh
# Make the generated shapes of corpus documents from their paper.md.
#
# Usage: sh tests/corpus/tools/make-shapes.sh <document-id> [...]   (or --all)
#
# Every document gets
#   paper.pdf   pandoc (reader from tools/corpus.json) writes an ODT with real footnotes and
#               LibreOffice converts it to PDF (notes at the page bottom, a long note continued
#               on the next page); the Lua filter raw-superscript.lua turns raw HTML
#               `<sup>…</sup>` into real superscript, which the ODT writer would otherwise drop;
#   paper.txt   pdftotext of paper.pdf.
# A document whose manifest entry lists the shape also gets
#   paper-notes.md     (`notes-md`) pandoc's strict-Markdown export: `[1]` markers and `[1] text`
#                      note lines at the end, under the document's own notes heading if it has one;
#   paper-sup.md       (`sup-md`) the same export re-encoded as `<sup>1</sup>` markers and `\[1\]`
#                      note lines (the shape a word-processor → Markdown conversion gives);
#   paper-chapters.pdf (`chapters-pdf`) the PDF with footnote numbering restarting at every
#                      chapter: headings of level `chapterLevel` become level 1 and a reference
#                      ODT sets LibreOffice's "restart numbering per chapter";
#   paper-chapters.txt (`chapters-txt`) pdftotext of paper-chapters.pdf.
#
# Needs pandoc (2.17 was used), LibreOffice (soffice), poppler-utils (pdftotext), perl and
# python3: `apt-get install -y pandoc libreoffice-writer poppler-utils fonts-dejavu`.
# A fixture tool: CI never runs it; its outputs are committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
superscript="$here/raw-superscript.lua" # raw HTML <sup>…</sup> → Superscript, for the ODT writer
corpus=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/lo-profile"

field() { # field <id> <python expression over d, the manifest entry>
  python3 -c "import json,sys
d=[d for d in json.load(open('$here/corpus.json'))['documents'] if d['id']==sys.argv[1]][0]
print($2)" "$1"
}

to_pdf() { # to_pdf <odt> <pdf>
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work" "$1" >/dev/null 2>&1
  cp "$work/$(basename "$1" .odt).pdf" "$2"
}

chapter_reference() { # an ODT reference document whose footnote numbering restarts per chapter
  if [ ! -f "$work/chapters.odt" ]; then
    mkdir "$work/reference"
    pandoc -o "$work/reference.odt" --print-default-data-file reference.odt
    (cd "$work/reference" && unzip -q ../reference.odt)
    python3 - "$work/reference/styles.xml" <<'EOF'
import sys
path = sys.argv[1]
styles = open(path, encoding="utf-8").read()
configuration = ('<text:notes-configuration text:note-class="footnote" style:num-format="1" '
                 'text:start-value="0" text:footnotes-position="page" '
                 'text:start-numbering-at="chapter"/>')
at = styles.index("</office:styles>")
open(path, "w", encoding="utf-8").write(styles[:at] + configuration + styles[at:])
EOF
    (cd "$work/reference" && zip -q -X -0 ../chapters.odt mimetype && zip -q -X -r ../chapters.odt . -x mimetype)
  fi
  echo "$work/chapters.odt"
}

if [ "${1:-}" = "--all" ]; then
  set -- $(python3 -c "import json;print(' '.join(d['id'] for d in json.load(open('$here/corpus.json'))['documents']))")
fi

for id in "$@"; do
  folder="$corpus/$id"
  reader=$(field "$id" "d['reader']")
  shapes=$(field "$id" "' '.join(d['shapes'])")
  pandoc -f "$reader" --lua-filter="$superscript" "$folder/paper.md" -o "$work/paper.odt"
  to_pdf "$work/paper.odt" "$folder/paper.pdf"
  pdftotext -enc UTF-8 "$folder/paper.pdf" "$folder/paper.txt"
  for shape in $shapes; do
    case $shape in
    notes-md)
      pandoc -f "$reader" -t markdown_strict --wrap=none "$folder/paper.md" -o "$folder/paper-notes.md"
      ;;
    sup-md)
      pandoc -f "$reader" -t markdown_strict --wrap=none "$folder/paper.md" |
        perl -pe 's/^\[(\d+)\] /\\[$1\\] /; s/(?<!\\)\[(\d+)\](?![(\[:])/<sup>$1<\/sup>/g' >"$folder/paper-sup.md"
      ;;
    chapters-pdf)
      level=$(field "$id" "d['chapterLevel']")
      pandoc -f "$reader" --lua-filter="$superscript" --shift-heading-level-by=$((1 - level)) \
        --reference-doc="$(chapter_reference)" "$folder/paper.md" -o "$work/paper-chapters.odt"
      to_pdf "$work/paper-chapters.odt" "$folder/paper-chapters.pdf"
      ;;
    chapters-txt)
      pdftotext -enc UTF-8 "$folder/paper-chapters.pdf" "$folder/paper-chapters.txt"
      ;;
    esac
  done
  echo "$id: $shapes; $(wc -c <"$folder/paper.pdf") bytes PDF, $(pdfinfo "$folder/paper.pdf" | sed -n 's/^Pages: *//p') pages"
done
