/**
 * The review page's only style sheet, inlined (and allowed by its hash in the page's Content
 * Security Policy). Colours meet WCAG AA contrast; every status also has a glyph, a word and an
 * underline style, so none is told by colour alone. Below 820 px the side panel becomes a
 * bottom sheet; in print the panel and controls disappear and the footnote cards remain.
 */

/** The style sheet. */
export const pageStyle = `
:root {
  --ink: #1b1b1f; --muted: #4a4f57; --line: #cfd4da; --paper: #ffffff; --shade: #f5f6f8;
  --focus: #1a4fd6; --toolbar: 3.25rem;
  --live: #17603a; --live-tint: #e3f3e8;
  --dead: #a01b1b; --dead-tint: #fde4e2;
  --missing: #7a4500; --missing-tint: #fff0c7;
  --unverified: #1d4f96; --unverified-tint: #e2ebfa;
  --excluded: #4a5560; --excluded-tint: #eceff2;
  --warning: #6b3a00; --warning-tint: #fde9cf;
  --ui: system-ui, -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  --serif: "Iowan Old Style", "Charter", Georgia, "Liberation Serif", "DejaVu Serif", serif;
}
* { box-sizing: border-box; }
html { color: var(--ink); background: var(--paper); font: 16px/1.5 var(--ui); }
body { margin: 0; }
a { color: #1747b5; }
a:hover { color: #0d2f80; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 0.5rem; top: -3rem; z-index: 30; padding: 0.5rem 0.75rem; background: var(--ink); color: #fff; }
.skip:focus { top: 0.5rem; }
code, kbd { font: 0.85em/1.2 "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 0.3em; background: #fff; color: var(--ink); }
q { quotes: "\\201C" "\\201D"; }

.page-header { padding: 1.25rem clamp(1rem, 3vw, 2.5rem) 0.75rem; border-bottom: 1px solid var(--line); }
.page-header h1 { font: 700 1.6rem/1.25 var(--serif); margin: 0 0 0.35rem; max-width: 60rem; }
.meta { margin: 0 0 0.75rem; color: var(--muted); font-size: 0.9rem; }
.notice { margin: 0.5rem 0; padding: 0.6rem 0.8rem; border-left: 4px solid var(--dead); background: var(--dead-tint); }
.table-scroll { max-width: 100%; overflow-x: auto; }
.summary { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; }
.summary-table { border-collapse: collapse; font-size: 0.88rem; font-variant-numeric: tabular-nums; }
.summary-table th, .summary-table td { padding: 0.2rem 0.55rem; text-align: right; border-bottom: 1px solid var(--line); }
.summary-table th[scope="row"] { text-align: left; font-weight: 600; }
.summary-table thead th { font-weight: 600; border-bottom: 2px solid var(--line); }
.share { margin: 0; font-size: 0.95rem; }

.badge { display: inline-block; padding: 0 0.4em; border-radius: 0.7em; font: 600 0.8rem/1.45 var(--ui); white-space: nowrap; border: 1px solid currentColor; }
.badge .glyph { font-weight: 700; }
.st-live.badge, .marker.st-live { color: var(--live); background: var(--live-tint); }
.st-dead.badge, .marker.st-dead { color: var(--dead); background: var(--dead-tint); }
.st-missing.badge, .marker.st-missing { color: var(--missing); background: var(--missing-tint); }
.st-unverified.badge, .marker.st-unverified { color: var(--unverified); background: var(--unverified-tint); }
.st-excluded.badge, .marker.st-excluded { color: var(--excluded); background: var(--excluded-tint); }
.st-warning.badge { color: var(--warning); background: var(--warning-tint); }

.toolbar { position: sticky; top: 0; z-index: 20; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.4rem 1rem; padding: 0.5rem clamp(1rem, 3vw, 2.5rem); background: rgba(255, 255, 255, 0.97); border-bottom: 1px solid var(--line); }
.filters, .stepper { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem; }
.toolbar button { font: 600 0.85rem/1.2 var(--ui); color: var(--ink); background: #fff; border: 1px solid #8a929c; border-radius: 999px; padding: 0.35rem 0.75rem; cursor: pointer; min-height: 2.1rem; }
.toolbar button:hover { background: var(--shade); }
.toolbar button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.toolbar button .count { font-weight: 400; font-variant-numeric: tabular-nums; }
.f-dead .glyph { color: var(--dead); } .f-missing .glyph { color: var(--missing); }
.f-unverified .glyph { color: var(--unverified); } .f-warnings .glyph { color: var(--warning); }
.toolbar button[aria-pressed="true"] .glyph { color: #fff; }
.position { font-size: 0.85rem; color: var(--muted); min-width: 9rem; }
html:not(.js) .toolbar { display: none; }

.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(22rem, 30rem); align-items: start; }
.paper { padding: 1rem clamp(1rem, 3vw, 2.5rem) 3rem; min-width: 0; }
.paper-text { max-width: 44rem; font: 1.06rem/1.75 var(--serif); }
.paper-text h2 { font: 700 1.2rem/1.3 var(--serif); margin: 1.6rem 0 0.5rem; }
.para { margin: 0 0 1rem; }
.para.loose { margin-bottom: 0.6rem; }
.note { color: var(--muted); font-size: 0.92rem; }
.claim { border-radius: 3px; padding: 0.05em 0.1em; cursor: pointer; -webkit-box-decoration-break: clone; box-decoration-break: clone; text-underline-offset: 0.22em; scroll-margin-top: 30vh; }
.claim.st-dead { background: var(--dead-tint); text-decoration: underline solid var(--dead) 2px; }
.claim.st-missing { background: var(--missing-tint); text-decoration: underline dashed var(--missing) 2px; }
.claim.st-unverified { background: var(--unverified-tint); text-decoration: underline dotted var(--unverified) 2px; }
.claim.st-live { text-decoration: underline dotted #7fae8d 1px; }
.claim.has-warnings.st-live { background: var(--warning-tint); }
.claim:hover { filter: brightness(0.97); }
.claim.dim { background: none; text-decoration: none; }
.claim.selected { box-shadow: 0 0 0 2px var(--ink); }
.marker { font: 700 0.7rem/1 var(--ui); vertical-align: 0.45em; border: 1px solid currentColor; border-radius: 999px; padding: 0.12em 0.4em 0.12em 0.3em; margin: 0 0.1em; cursor: pointer; white-space: nowrap; scroll-margin-top: 30vh; }
.marker .glyph { margin-right: 0.15em; }
.marker[aria-pressed="true"] { color: #fff; background: var(--ink); border-color: var(--ink); }
.flag { font: 700 0.8rem/1 var(--ui); color: var(--warning); vertical-align: 0.45em; margin-left: 0.1em; }
.stray { color: var(--muted); }

.panel { position: sticky; top: var(--toolbar); max-height: calc(100vh - var(--toolbar)); overflow: auto; border-left: 1px solid var(--line); background: var(--shade); padding: 0.75rem 1.1rem 2rem; font-size: 0.92rem; overscroll-behavior: contain; }
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
.panel-head h2 { font-size: 1rem; margin: 0.2rem 0; }
.sheet-controls { display: none; gap: 0.3rem; }
.sheet-controls button { white-space: nowrap; font: 600 0.85rem/1 var(--ui); border: 1px solid #8a929c; background: #fff; color: var(--ink); border-radius: 999px; padding: 0.45rem 0.7rem; cursor: pointer; }
.hint { color: var(--muted); }
.claim-head { margin: 0.25rem 0; font-weight: 600; }
.claim-quote { margin: 0.4rem 0 0.75rem; padding: 0.4rem 0.75rem; border-left: 3px solid var(--line); font: 1rem/1.55 var(--serif); background: #fff; }
.warnings { list-style: none; margin: 0.5rem 0; padding: 0; }
.warnings li { margin: 0.3rem 0; padding: 0.4rem 0.6rem; border-left: 4px solid var(--warning); background: var(--warning-tint); color: var(--ink); overflow-wrap: anywhere; }
.panel .link .warnings { display: none; }
.support { margin: 0.5rem 0 0.75rem; padding: 0.4rem 0.6rem; border-left: 4px solid var(--line); background: var(--shade); overflow-wrap: anywhere; }
.support.lv-supported { border-left-color: var(--live); } .support.lv-partial { border-left-color: var(--unverified); }
.support-head { margin: 0 0 0.3rem; }
.support .passage { margin: 0.3rem 0; padding: 0 0 0 0.6rem; border-left: 2px solid var(--line); font: 0.95rem/1.5 var(--serif); }
.support mark { background: #fff3a6; color: var(--ink); font-weight: 600; }
.numbers-missing { margin: 0.3rem 0 0; }
.fn-cards { list-style: none; margin: 0; padding: 0; }
.fn-card { margin: 0 0 0.75rem; padding: 0.6rem 0.8rem; background: #fff; border: 1px solid var(--line); border-left-width: 5px; border-radius: 4px; }
.fn-card.st-dead { border-left-color: var(--dead); } .fn-card.st-missing { border-left-color: #b7791f; }
.fn-card.st-unverified { border-left-color: var(--unverified); } .fn-card.st-live { border-left-color: #3d8b5a; }
.fn-head { font-size: 0.95rem; margin: 0 0 0.3rem; }
.fn-text { margin: 0.3rem 0; font-family: var(--serif); overflow-wrap: anywhere; }
.fn-text.empty { color: var(--muted); font-style: italic; }
.cited-by { font-size: 0.85rem; color: var(--muted); margin: 0.4rem 0 0; }
.link { margin: 0.5rem 0 0; padding: 0.5rem 0 0; border-top: 1px dashed var(--line); }
.link-url { margin: 0; font-size: 0.85rem; overflow-wrap: anywhere; }
.verdict { margin: 0.25rem 0; }
.facts { margin: 0.25rem 0 0; font-size: 0.87rem; }
.fact { display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); gap: 0.5rem; padding: 0.12rem 0; }
.fact dt { color: var(--muted); font-weight: 600; }
.fact dd { margin: 0; overflow-wrap: anywhere; }
.hops { margin: 0; padding-left: 1.2rem; }
.copy-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; margin-top: 0.3rem; }
.copy { font: 600 0.82rem/1.2 var(--ui); border: 1px solid var(--ink); background: var(--ink); color: #fff; border-radius: 4px; padding: 0.35rem 0.6rem; cursor: pointer; }
.copy-status { font-size: 0.82rem; color: var(--muted); }
.copy-text { width: 100%; min-height: 5rem; font: 0.82rem/1.4 var(--ui); }

.footnotes, .problems, .page-footer { padding: 0.5rem clamp(1rem, 3vw, 2.5rem); border-top: 1px solid var(--line); }
.footnotes h2 { font: 700 1.2rem/1.3 var(--serif); }
.footnotes .fn-cards { max-width: 52rem; }
.problems summary { cursor: pointer; font-weight: 600; padding: 0.4rem 0; }
.problems ul { padding-left: 1.2rem; }
.problems li { margin: 0.25rem 0; overflow-wrap: anywhere; }
.page-footer { color: var(--muted); font-size: 0.85rem; }

@media (max-width: 820px) {
  html { font-size: 15px; }
  .page-header h1 { font-size: 1.3rem; }
  .summary-table { font-size: 0.8rem; }
  .summary-table th, .summary-table td { padding: 0.15rem 0.3rem; }
  .toolbar { position: static; padding: 0.5rem 0.75rem; gap: 0.4rem; }
  .toolbar button { padding: 0.3rem 0.6rem; white-space: nowrap; }
  .stepper { width: 100%; }
  .step kbd { display: none; }
  .claim, .marker { scroll-margin-top: 1rem; }
  .layout { display: block; }
  .paper { padding: 0.75rem 0.9rem 2rem; }
  .paper-text { font-size: 1rem; line-height: 1.7; }
  .panel { position: fixed; left: 0; right: 0; bottom: 0; top: auto; z-index: 25; max-height: 62vh; border-left: 0; border-top: 3px solid var(--ink); border-radius: 12px 12px 0 0; box-shadow: 0 -6px 24px rgba(0, 0, 0, 0.25); visibility: hidden; transform: translateY(105%); }
  .panel.open { visibility: visible; transform: none; }
  .sheet-controls { display: flex; }
  .panel-head h2 { font-size: 0.95rem; }
  .sheet-controls button { padding: 0.45rem 0.55rem; }
  .panel-head { position: sticky; top: -0.75rem; margin: -0.75rem -1.1rem 0; padding: 0.6rem 1.1rem 0.3rem; background: var(--shade); z-index: 1; }
  body.sheet-open .paper, body.sheet-open .footnotes { padding-bottom: 64vh; }
  .fact { grid-template-columns: 1fr; gap: 0; }
}
html:not(.js) .panel { display: none; }

@media print {
  html { font-size: 10.5pt; }
  .toolbar, .panel, .skip, .copy-row { display: none !important; }
  .layout { display: block; }
  .paper { padding: 0; }
  .paper-text { max-width: none; }
  .para[hidden], .paper-text h2[hidden] { display: block !important; }
  .claim.dim { text-decoration: inherit; }
  .claim, .marker, .badge, .fn-card, .warnings li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .claim.selected { outline: none; }
  .page-header, .footnotes, .problems, .page-footer { padding-left: 0; padding-right: 0; }
  .fn-card { break-inside: avoid; }
  .footnotes { break-before: page; }
  a { color: inherit; }
}
`
