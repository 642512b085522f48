#!/usr/bin/env python3
"""Derive a corpus document's ground truth from pandoc's AST, independently of citecheck.

Usage: python3 tests/corpus/tools/derive-truth.py <document-id> [<document-id> ...]
       python3 tests/corpus/tools/derive-truth.py --all

For each document folder tests/corpus/<id>/ this reads paper.md and labels.json (the
hand-labelled back-references, URL repairs and sentence corrections), runs pandoc
(`pandoc -f <reader> -t json`, reader from tools/corpus.json), walks the AST and writes
truth.json. Nothing of citecheck is imported or run. Needs pandoc (2.17 was used) and node
(only to serialise URLs the WHATWG way, with `new URL(x).href`).

How each field is derived is documented in tests/corpus/README.md.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

SENTINEL = re.compile(r"^\u27e6FN:(.*?)\u27e7$")
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MARK = re.compile(MARK_OPEN + r"(\d+)" + MARK_CLOSE)

# Tokens that end with a period without ending a sentence (lower-cased, without the final period).
ABBREVIATIONS = {
    # English, Latin and legal citation forms
    "e.g", "i.e", "vs", "v", "no", "nos", "vol", "vols", "p", "pp", "ed", "eds", "al",
    "dr", "mr", "mrs", "ms", "prof", "inc", "corp", "co", "ltd", "jr", "sr", "st", "u.s",
    "u.s.c", "u.s.c.a", "id", "ibid", "cf", "fig", "figs", "ch", "art", "sec", "secs", "gov't",
    "dep't", "op", "cit", "loc", "n", "nn", "approx", "ca", "j", "l", "rev", "q", "aff", "r",
    "admin", "div", "tech", "info", "mgmt", "fed", "servs", "int'l", "sch", "inst", "dec",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "cong",
    "rep", "stat", "pub", "enters", "a.m", "p.m", "b.j", "d.c", "s", "ff", "f", "cir", "ms",
    # German
    "vgl", "bzw", "z.b", "d.h", "u.a", "hg", "hrsg", "bd", "nr", "ebd", "s.o", "s.u", "usw",
    "ggf", "inkl", "evtl", "sog",
    # French
    "cf", "éd", "dir", "coll", "n°", "nᵒ", "av", "j.-c", "s.l", "c",
    # Spanish
    "ed", "eds", "vid", "ibíd", "íd", "cap", "núm", "pág", "págs",
    # Turkish
    "bkz", "örn", "vb", "vs", "yy", "s", "a.g.e", "a.g.m", "age", "sn",
}
OPENING = "\"'“‘«¿¡([*_"


def run(command, stdin=None):
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
    return result.stdout


def tag_definitions(markdown):
    """Prefix every footnote definition's text with a sentinel naming its label.

    A definition may be indented: one written inside a list item (`    [^12]: …` under
    `-   … text[^12]`) is a definition in that item's content for pandoc.
    """
    return re.sub(
        r"^([ \t]*)\[\^([^\]\s]+)\]:[ \t]*",
        lambda m: f"{m.group(1)}[^{m.group(2)}]: \u27e6FN:{m.group(2)}\u27e7 ",
        markdown,
        flags=re.MULTILINE,
    )


class Walker:
    """Walks pandoc blocks, collecting markers (with their sentence) and footnotes."""

    def __init__(self, chapter_level=None):
        self.chapter_level = chapter_level  # heading level at which numbering restarts, if any
        self.chapter = 0
        self.markers = []  # {label, rendered, context, text-with-placeholders, index}
        self.notes = {}  # label -> {text, targets, order}
        self.anchor_notes = {}  # label -> {text, targets}
        self.counter = 0
        self.blocks = []  # (context, plain text with placeholders)

    # ---------------------------------------------------------------- inlines
    def inline_text(self, inlines, in_note=False, collect=None):
        out = []
        i = 0
        while i < len(inlines):
            node = inlines[i]
            kind = node["t"]
            content = node.get("c")
            if kind == "Str":
                out.append(content)
            elif kind in ("Space", "SoftBreak", "LineBreak"):
                out.append(" ")
            elif kind == "Code":
                out.append(content[1])
            elif kind == "Math":
                out.append(content[1])
            elif kind in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps", "Underline"):
                out.append(self.inline_text(content, in_note, collect))
            elif kind == "Quoted":
                quote = '"' if content[0]["t"] == "DoubleQuote" else "'"
                out.append(quote + self.inline_text(content[1], in_note, collect) + quote)
            elif kind == "Cite":
                out.append(self.inline_text(content[1], in_note, collect))
            elif kind == "Span":
                out.append(self.inline_text(content[1], in_note, collect))
            elif kind == "Link":
                target = content[2][0]
                anchor = self.sup_anchor_marker(inlines, i) if not in_note else None
                if anchor is not None:
                    out.append(anchor)
                    i += 1
                    continue
                if collect is not None:
                    collect.append(target)
                out.append(self.inline_text(content[1], in_note, collect))
            elif kind == "Image":
                out.append(self.inline_text(content[1], in_note, collect))
            elif kind == "RawInline":
                raw = content[1]
                if re.match(r"<br\s*/?>", raw, re.I):
                    out.append(" ")
            elif kind == "Note":
                if in_note:
                    out.append(self.note_reference(content, nested=True))
                else:
                    out.append(self.note_reference(content))
            i += 1
        return "".join(out)

    def sup_anchor_marker(self, inlines, i):
        """`<sup>[1](#footnote1)</sup>`: a link to an in-page anchor inside a superscript."""
        link = inlines[i]
        target = link["c"][2][0]
        before = inlines[i - 1] if i > 0 else None
        if not target.startswith("#") or before is None or before["t"] != "RawInline":
            return None
        if not re.match(r"<sup>", before["c"][1], re.I):
            return None
        label = self.inline_text(link["c"][1], in_note=True)
        self.counter += 1
        self.markers.append(
            {"label": label, "rendered": label, "anchor": target[1:], "chapter": self.chapter}
        )
        return f"{MARK_OPEN}{len(self.markers) - 1}{MARK_CLOSE}"

    def note_reference(self, blocks, nested=False):
        texts = []
        targets = []
        for block in blocks:
            texts.append(self.block_text(block, targets))
        text = " ".join(t for t in texts if t)
        first = text.split(" ", 1)
        match = SENTINEL.match(first[0]) if first else None
        if not match:
            raise SystemExit(f"note without sentinel: {text[:80]!r}")
        label = match.group(1)
        text = first[1] if len(first) > 1 else ""
        self.counter += 1
        if label not in self.notes:
            self.notes[label] = {"text": text, "targets": targets, "order": len(self.notes)}
        self.markers.append({"label": label, "rendered": str(self.counter), "chapter": self.chapter})
        return f"{MARK_OPEN}{len(self.markers) - 1}{MARK_CLOSE}"

    # ----------------------------------------------------------------- blocks
    def block_text(self, block, collect):
        kind = block["t"]
        if kind in ("Para", "Plain"):
            return self.inline_text(block["c"], in_note=True, collect=collect)
        if kind in ("BulletList", "OrderedList"):
            items = block["c"] if kind == "BulletList" else block["c"][1]
            return " ".join(self.block_text(b, collect) for item in items for b in item)
        if kind in ("BlockQuote", "Div"):
            children = block["c"] if kind == "BlockQuote" else block["c"][1]
            return " ".join(self.block_text(b, collect) for b in children)
        if kind == "CodeBlock":
            return block["c"][1]
        return ""

    def walk(self, blocks, context):
        for block in blocks:
            kind = block["t"]
            c = block.get("c")
            if kind in ("Para", "Plain"):
                if self.anchor_definition(c):
                    continue
                self.blocks.append((context, self.inline_text(c)))
            elif kind == "Header":
                if c[0] == self.chapter_level:
                    self.chapter += 1
                self.blocks.append(("heading", self.inline_text(c[2])))
            elif kind == "BlockQuote":
                self.walk(c, "block-quote")
            elif kind == "Div":
                self.walk(c[1], context)
            elif kind in ("BulletList", "OrderedList"):
                items = c if kind == "BulletList" else c[1]
                for item in items:
                    self.walk(item, "list-item")
            elif kind == "DefinitionList":
                for term, definitions in c:
                    self.blocks.append((context, self.inline_text(term)))
                    for definition in definitions:
                        self.walk(definition, context)
            elif kind == "Table":
                self.walk_table(c)
            elif kind == "LineBlock":
                for line in c:
                    self.blocks.append((context, self.inline_text(line)))

    def walk_table(self, table):
        _attr, caption, _specs, head, bodies, foot = table
        self.walk(caption[1], "caption")
        rows = list(head[1])
        for body in bodies:
            rows.extend(body[2])
            rows.extend(body[3])
        rows.extend(foot[1])
        for row in rows:
            for cell in row[1]:
                self.walk(cell[4], "table-cell")

    def anchor_definition(self, inlines):
        """A paragraph that defines an anchor note: `<a name="footnote1"></a><sup>1</sup> text`."""
        raws = []
        rest = list(inlines)
        while rest and rest[0]["t"] in ("RawInline", "Space"):
            raws.append(rest.pop(0))
        html = "".join(r["c"][1] for r in raws if r["t"] == "RawInline")
        match = re.search(r'<a\s+(?:name|id)="([^"]+)"', html)
        if not match:
            return False
        anchor = match.group(1)
        # The visible number: `<sup>1</sup>` or `<sup><a ...></a>1</sup>`.
        label_inlines = []
        while rest and rest[0]["t"] != "RawInline":
            label_inlines.append(rest.pop(0))
        label = self.inline_text(label_inlines, in_note=True).strip()
        if rest and rest[0]["t"] == "RawInline":
            rest.pop(0)  # </sup>
        targets = []
        text = self.inline_text(rest, in_note=True, collect=targets).strip()
        text = re.sub(r"^:\s*", "", text)
        self.anchor_notes[label] = {"text": text, "targets": targets, "anchor": anchor}
        return True


# ------------------------------------------------------------------- sentences
def split_sentences(text):
    """Split text into sentences; markers right after a sentence end stay with it."""
    boundaries = []
    pattern = re.compile(
        r"[.!?…]+[\"'”’»)\]]*(?:\s*" + MARK_OPEN + r"\d+" + MARK_CLOSE + r")*(?=\s|$)\s*"
    )
    for match in pattern.finditer(text):
        end = match.end()
        before = text[: match.start()]
        word = re.search(r"(\S+)$", before)
        token = word.group(1).lower().lstrip(OPENING) if word else ""
        marked = bool(MARK.search(token))
        token = MARK.sub("", token)
        following = text[end:]
        if not following:
            continue
        if not marked and (token in ABBREVIATIONS or re.fullmatch(r"[a-zà-ÿ]", token)):
            continue
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
            continue
        ends_with_marker = MARK_OPEN in match.group(0)
        if not ends_with_marker and not re.match(
            r"[\"'“‘«¿¡(\[*_A-ZÀ-ÖØ-ÞĀ-ſİÇĞÖŞÜ0-9" + MARK_OPEN + "]", following
        ):
            continue
        boundaries.append(end)
    sentences = []
    start = 0
    for end in boundaries:
        sentences.append(text[start:end])
        start = end
    sentences.append(text[start:])
    return sentences


def clean(text):
    text = re.sub(r"\s*" + MARK.pattern + r"(?=[.,;:!?])", "", text)
    text = MARK.sub("", text)
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------------ URLs
URL_IN_TEXT = re.compile(r"(?:https?|ftp)://[^\s<>\"]+", re.I)


def text_urls(text):
    urls = []
    for match in URL_IN_TEXT.finditer(text):
        url = match.group(0)
        while url and url[-1] in ".,;:!?*'’”»":
            url = url[:-1]
        while url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1]
        if re.match(r"^(?:https?|ftp)://[^/]", url):
            urls.append(url)
    return urls


def whatwg(urls):
    if not urls:
        return []
    script = (
        "const urls=JSON.parse(require('fs').readFileSync(0,'utf8'));"
        "process.stdout.write(JSON.stringify(urls.map(u=>{try{return new URL(u.trim()).href}"
        "catch{return null}})))"
    )
    return json.loads(run(["node", "-e", script], stdin=json.dumps(urls)))


def url_set(text, targets):
    absolute = [t for t in targets if re.match(r"^(?:https?|ftp)://", t.strip(), re.I)]
    visible = text_urls(text)
    normalised = whatwg(visible + absolute)
    visible_set = sorted({u for u in normalised[: len(visible)] if u})
    all_set = sorted({u for u in normalised if u})
    return all_set, visible_set


# ----------------------------------------------------------------------- main
def derive(document_id, manifest):
    entry = manifest[document_id]
    folder = os.path.join(CORPUS, document_id)
    markdown = open(os.path.join(folder, "paper.md"), encoding="utf-8").read()
    labels_path = os.path.join(folder, "labels.json")
    labels = json.load(open(labels_path, encoding="utf-8")) if os.path.exists(labels_path) else {}
    ast = json.loads(run(["pandoc", "-f", entry["reader"], "-t", "json"], stdin=tag_definitions(markdown)))
    walker = Walker(entry.get("chapterLevel"))
    walker.walk(ast["blocks"], "paragraph")

    # Sentences for every marker.
    sentence_of = {}
    context_of = {}
    for context, text in walker.blocks:
        for sentence in split_sentences(text):
            for match in MARK.finditer(sentence):
                sentence_of[int(match.group(1))] = clean(sentence)
                context_of[int(match.group(1))] = context

    # Footnotes as written (source view).
    source_notes = []
    pairs = [(label, note) for label, note in walker.notes.items()]
    pairs += [(label, note) for label, note in walker.anchor_notes.items()]
    url_overrides = labels.get("urls", {})
    for label, note in pairs:
        text = clean(note["text"])
        urls, visible = url_set(note["text"], note["targets"])
        record = {"id": label, "text": text, "urls": urls, "visibleUrls": visible}
        if label in url_overrides:
            fix = url_overrides[label]
            record["urls"] = whatwg(fix["urls"])
            record["visibleUrls"] = whatwg(fix.get("visibleUrls", fix["urls"]))
            record["urlsMethod"] = "hand-labelled"
            record["urlsNote"] = fix["why"]
        source_notes.append(record)

    sentence_overrides = labels.get("sentences", {})
    source_markers = []
    rendered_markers = []
    occurrences = {}
    for index, marker in enumerate(walker.markers):
        label = marker["label"]
        occurrences[label] = occurrences.get(label, 0) + 1
        sentence = sentence_of.get(index, "")
        record = {
            "footnote": label,
            "sentence": sentence,
            "context": context_of.get(index, "paragraph"),
            "occurrence": occurrences[label],
        }
        key = f"{label}#{occurrences[label]}"
        if key in sentence_overrides:
            override = sentence_overrides[key]
            if "sentence" in override:
                record["sentence"] = override["sentence"]
            if "alternatives" in override:
                record["alternatives"] = override["alternatives"]
            record["sentenceMethod"] = "hand-labelled"
            record["sentenceNote"] = override["why"]
        source_markers.append(record)
        rendered_markers.append({**record, "footnote": marker["rendered"], "occurrence": 1})

    apply_back_references(source_notes, labels.get("backReferences", {}))
    by_label = {note["id"]: note for note in source_notes}

    # Rendered view: what the PDF shows (pandoc numbers every note reference in turn).
    rendered_of = {}
    for marker in walker.markers:
        rendered_of.setdefault(marker["label"], []).append(marker["rendered"])
    rendered_notes = []
    seen = set()
    for marker in walker.markers:
        number = marker["rendered"]
        if number in seen:
            continue
        seen.add(number)
        note = dict(by_label[marker["label"]])
        note["id"] = number
        if note.get("refersTo"):
            note["refersTo"] = [r for target in note["refersTo"] for r in rendered_of.get(target, [])]
        if note.get("shortFormOf"):
            note["shortFormOf"] = [r for target in note["shortFormOf"] for r in rendered_of.get(target, [])]
        rendered_notes.append(note)
    # Anchor notes with no marker still appear in the rendered document.
    for label, _note in walker.anchor_notes.items():
        if label not in seen:
            rendered_notes.append(dict(by_label[label]))

    views = {
        "source": {"footnotes": source_notes, "markers": source_markers},
        "rendered": {"footnotes": rendered_notes, "markers": rendered_markers},
    }
    if entry.get("chapterLevel"):
        views["chapters"] = chapters_view(walker.markers, rendered_notes, rendered_markers)

    truth = {
        "document": document_id,
        "title": entry["title"],
        "language": entry["language"],
        "reader": entry["reader"],
        "shapes": entry["shapes"],
        "views": views,
    }
    with open(os.path.join(folder, "truth.json"), "w", encoding="utf-8") as out:
        json.dump(truth, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print(f"{document_id}: {len(source_notes)} footnotes, {len(source_markers)} markers")


def chapters_view(markers, rendered_notes, rendered_markers):
    """The rendered view with numbering restarting at every chapter heading.

    A note's id becomes `<chapter>.<number in chapter>` (chapter 0 is the text before the first
    chapter heading) and its label the number the document shows.
    """
    new_id = {}
    label_of = {}
    count = {}
    for marker in markers:
        if marker["rendered"] in new_id:
            continue
        chapter = marker["chapter"]
        count[chapter] = count.get(chapter, 0) + 1
        new_id[marker["rendered"]] = f"{chapter}.{count[chapter]}"
        label_of[marker["rendered"]] = str(count[chapter])
    footnotes = []
    for note in rendered_notes:
        record = {"id": new_id[note["id"]], "label": label_of[note["id"]]}
        record.update({k: v for k, v in note.items() if k != "id"})
        for field in ("refersTo", "shortFormOf"):
            if record.get(field):
                record[field] = [new_id[target] for target in record[field]]
        footnotes.append(record)
    out_markers = [{**marker, "footnote": new_id[marker["footnote"]]} for marker in rendered_markers]
    return {"footnotes": footnotes, "markers": out_markers}


def apply_back_references(notes, back_references):
    """Merge hand-labelled back-references; inherit URLs transitively over graded kinds."""
    by_id = {note["id"]: note for note in notes}
    for note_id, label in back_references.items():
        note = by_id[note_id]
        if label["kind"] == "short-form":
            note["shortFormOf"] = label["refersTo"]
        else:
            note["refersTo"] = label["refersTo"]
            note["backReferenceKind"] = label["kind"]
        if label.get("alsoCitesAnew"):
            note["alsoCitesAnew"] = True
        note["backReferenceMethod"] = "hand-labelled"
        if "why" in label:
            note["backReferenceNote"] = label["why"]

    def effective(note_id, trail, field):
        note = by_id.get(note_id)
        if note is None or note_id in trail:
            return set()
        urls = set(note[field])
        if note.get("alsoCitesAnew"):
            return urls  # a supra/Id. pointing here means one of its own citations
        for target in note.get("refersTo", []):
            urls |= effective(target, trail | {note_id}, field)
        return urls

    for note in notes:
        if note.get("refersTo"):
            for field, key in (("urls", "inheritedUrls"), ("visibleUrls", "inheritedVisibleUrls")):
                inherited = set()
                for target in note["refersTo"]:
                    inherited |= effective(target, {note["id"]}, field)
                note[key] = sorted(inherited)


def main():
    manifest = json.load(open(os.path.join(HERE, "corpus.json"), encoding="utf-8"))
    documents = {d["id"]: d for d in manifest["documents"]}
    ids = list(documents) if sys.argv[1:] == ["--all"] else sys.argv[1:]
    for document_id in ids:
        derive(document_id, documents)


if __name__ == "__main__":
    main()
