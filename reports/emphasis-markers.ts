/**
 * Choosing emphasis markers (`*`, `_`, `~`) so every emphasis, strong and strikethrough opens
 * and closes where it should, whatever touches it. The same algorithm as
 * mdast-util-to-markdown (guess a marker from its neighbours, then simulate how a reader pairs
 * the runs and try the other marker where one does not pair; encode a neighbouring character
 * as a reference where a run could not open or close), so the report keeps its bytes. Only
 * phrasing that holds emphasis pays for it.
 */

import { classifyCharacter } from './markdown-characters.ts'
import { toCharacterReference } from './markdown-escape.ts'

/** An emphasis, strong or strikethrough, its sequence chosen later. */
export interface Attention {
  /** Its content, already written except for nested attention. */
  children: Array<Piece>
  /** Sequences it may use, in order of preference. */
  sequences: Array<string>
}

/** Written phrasing: text as it is written, or attention still to place. */
export type Piece = string | Attention

/** One written piece of a line: text, or a sequence of an attention. */
interface Token {
  value: string
  attention: Attention | null
}

/** A run of adjacent sequences with the same marker, as a reader sees it. */
interface Run {
  tokens: Array<Token>
  markers: Array<Token>
  start: number
  end: number
  open: boolean
  close: boolean
  split: boolean
}

/** A sequence that does not pair with its own other half. */
interface Mistake {
  attention: Array<Attention>
  index: number
}

/** The first and last characters (whole code points) of a string. */
function first(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

function last(value: string): string {
  const code = value.codePointAt(value.length - 1)
  if (code === undefined) return ''
  if (code >= 0xdc00 && code <= 0xdfff && value.length > 1) return value.slice(-2)
  return String.fromCodePoint(code)
}

/** Class of a character: 1 whitespace, 2 punctuation, 0 other (nothing at all counts as other). */
function kind(code: number): 0 | 1 | 2 {
  return Number.isNaN(code) ? 0 : classifyCharacter(code)
}

/** Whether the character inside and the one outside a marker must be encoded. */
function encodeInfo(outside: number, inside: number, marker: string) {
  const out = kind(outside)
  const inner = kind(inside)
  if (out === 0) {
    if (inner === 0) return marker === '_' ? both : neither
    return inner === 1 ? both : { inside: false, outside: true }
  }
  if (out === 1) return inner === 1 ? both : neither
  return inner === 1 ? { inside: true, outside: false } : neither
}

const both = { inside: true, outside: true }
const neither = { inside: false, outside: false }

/** Encode the first (or last) character of the first (or last) token, if it is text. */
function encode(tokens: Array<Token>, start: boolean): void {
  const token = tokens[start ? 0 : tokens.length - 1]
  if (token === undefined || token.attention !== null) return
  const character = start ? first(token.value) : last(token.value)
  const reference = toCharacterReference(character.codePointAt(0) ?? 0)
  if (start) {
    token.value = reference + token.value.slice(character.length)
    return
  }
  let value = token.value.slice(0, token.value.length - character.length)
  let slashes = 0
  while (value.charCodeAt(value.length - 1 - slashes) === 92) slashes += 1
  if (slashes % 2 === 1) value += '\\'
  token.value = value + reference
}

/** Guess sequences: not the marker of the attention touching it, nor of its parent. */
function guess(items: Array<Piece>, chosen: Map<Attention, string>, before: string, after: string) {
  let previous = before
  for (const [index, item] of items.entries()) {
    if (typeof item === 'string') {
      previous = ''
      continue
    }
    const next = index === items.length - 1 ? after : ''
    const sequence =
      item.sequences.find((value) => {
        const marker = value.charAt(0)
        const apart = marker !== previous.charAt(0) && marker !== next.charAt(0)
        const builtin = marker === '*' || marker === '_'
        return apart || (items.length === 1 && builtin && value.length > before.length)
      }) ?? (item.sequences[0] as string)
    if (sequence !== item.sequences[0]) chosen.set(item, sequence)
    guess(item.children, chosen, sequence, sequence)
    previous = sequence
  }
}

/** Write pieces as tokens with the chosen sequences, encoding characters around markers. */
function render(
  items: Array<Piece>,
  chosen: Map<Attention, string>,
  before: string,
  after: string,
) {
  const tokens: Array<Token> = []
  let encodeAfter: string | undefined
  let previous = last(before)
  for (const [index, item] of items.entries()) {
    if (typeof item === 'string') {
      const token: Token = { value: item, attention: null }
      if (encodeAfter !== undefined && encodeAfter === first(item)) encode([token], true)
      encodeAfter = undefined
      tokens.push(token)
      if (token.value.length > 0) previous = last(token.value)
      continue
    }
    const sequence = chosen.get(item) ?? (item.sequences[0] as string)
    const marker = sequence.charAt(0)
    const next = items[index + 1]
    const nextValue =
      next === undefined
        ? after
        : typeof next === 'string'
          ? next
          : (chosen.get(next) ?? (next.sequences[0] as string))
    const outsideAfter = first(nextValue)
    const inside = render(item.children, chosen, sequence, sequence)
    const head = inside[0]?.value ?? ''
    const open = encodeInfo(previous.charCodeAt(previous.length - 1), head.charCodeAt(0), marker)
    if (open.inside) encode(inside, true)
    const tail = last(inside[inside.length - 1]?.value ?? '')
    const close = encodeInfo(outsideAfter.charCodeAt(0), tail.charCodeAt(tail.length - 1), marker)
    if (close.inside) encode(inside, false)
    if (open.outside && previous !== '\n' && previous !== '\r') encode(tokens, false)
    if (close.outside) encodeAfter = outsideAfter
    tokens.push({ value: sequence, attention: item }, ...inside, {
      value: sequence,
      attention: item,
    })
    previous = sequence.charAt(sequence.length - 1)
  }
  return tokens
}

/** Pair runs the way a reader does; what pairs with its own other half is no longer wrong. */
function pair(runs: Array<Run>, wrong: Map<Token, Array<Token>>): void {
  const openersByMarker = new Map<string, Array<Run>>()
  for (const closer of runs) {
    const marker = closer.tokens[0]?.value.charAt(0) ?? ''
    const openers = openersByMarker.get(marker) ?? []
    openersByMarker.set(marker, openers)
    let open = closer.close ? openers.length : 0
    while (open-- > 0 && closer.start < closer.end) {
      const opener = openers[open] as Run
      const openerSize = opener.end - opener.start
      const closerSize = closer.end - closer.start
      const skip = closer.split
        ? (opener.close || closer.open) &&
          closerSize % 3 !== 0 &&
          (openerSize + closerSize) % 3 === 0
        : openerSize !== opener.markers.length || openerSize !== closerSize
      if (skip) continue
      const size = closer.split ? (openerSize > 1 && closerSize > 1 ? 2 : 1) : closerSize
      const opening = opener.markers.slice(opener.end - size, opener.end)
      const closing = closer.markers.slice(closer.start, closer.start + size)
      const openToken = opening[0] as Token
      const closeToken = closing[0] as Token
      const whole =
        openToken === opening[size - 1] &&
        openToken.value.length === size &&
        closeToken === closing[size - 1] &&
        closeToken.value.length === size &&
        openToken.attention === closeToken.attention
      if (whole) {
        wrong.delete(openToken)
        wrong.delete(closeToken)
      } else {
        const involved = [...new Set([...opening, ...closing])]
        for (const token of involved) wrong.get(token)?.push(...involved)
      }
      opener.end -= size
      closer.start += size
      if (opener.start === opener.end) openers.splice(open, 1)
      open = openers.length
    }
    if (closer.open && closer.start < closer.end) openers.push(closer)
  }
}

/** The first sequence that does not form its attention, with the attention to retry. */
function check(tokens: Array<Token>, before: string, after: string): Mistake | undefined {
  const runs: Array<Run> = []
  const wrong = new Map<Token, Array<Token>>()
  const runOf = new Map<Token, Run>()
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index] as Token
    if (token.attention === null) {
      index += 1
      continue
    }
    const marker = token.value.charAt(0)
    let end = index + 1
    while (
      end < tokens.length &&
      tokens[end]?.attention &&
      tokens[end]?.value.charAt(0) === marker
    ) {
      end += 1
    }
    const head = index > 0 ? (tokens[index - 1]?.value ?? '') : before
    const previous = kind(head.charCodeAt(head.length - 1))
    const next = kind((end < tokens.length ? (tokens[end]?.value ?? '') : after).charCodeAt(0))
    const open = next === 0 || (next === 2 && previous !== 0)
    const close = previous === 0 || (previous === 2 && next !== 0)
    const strict = marker === '_'
    const run: Run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      open: strict ? open && (previous !== 0 || !close) : open,
      close: strict ? close && (next !== 0 || !open) : close,
      split: marker === '*' || marker === '_',
    }
    for (const item of run.tokens) {
      wrong.set(item, [...run.tokens])
      runOf.set(item, run)
      for (let size = item.value.length; size > 0; size -= 1) run.markers.push(item)
    }
    run.end = run.markers.length
    runs.push(run)
    index = end
  }
  pair(runs, wrong)
  for (const [position, token] of tokens.entries()) {
    const involved = wrong.get(token)
    if (involved !== undefined)
      return { attention: candidates(tokens, involved, runOf), index: position }
  }
  return undefined
}

/** The attention to retry for a mistake: those involved and those sharing their runs, later first. */
function candidates(
  tokens: Array<Token>,
  involved: Array<Token>,
  runOf: Map<Token, Run>,
): Array<Attention> {
  const related = new Set<Attention | null>()
  for (const token of tokens) {
    const run = runOf.get(token)
    if (run === undefined || token.attention === null) continue
    if (!involved.some((item) => item.attention === token.attention)) continue
    for (const sibling of run.tokens) related.add(sibling.attention)
  }
  const ordered: Array<Attention> = []
  for (const token of tokens) {
    if (token.attention !== null && related.delete(token.attention)) ordered.push(token.attention)
  }
  return ordered.reverse()
}

/** Try the other sequences of the attention of a mistake; keep the first that moves it later. */
function improve(
  items: Array<Piece>,
  chosen: Map<Attention, string>,
  mistake: Mistake,
  before: string,
  after: string,
) {
  for (const attention of mistake.attention) {
    const current = chosen.get(attention) ?? attention.sequences[0]
    for (const sequence of attention.sequences) {
      if (sequence === current) continue
      const trial = new Map(chosen)
      trial.set(attention, sequence)
      const tokens = render(items, trial, before, after)
      const next = check(tokens, before, after)
      if (next === undefined || next.index > mistake.index)
        return { chosen: trial, mistake: next, tokens }
    }
  }
  return undefined
}

/** Fix mistakes one at a time; `undefined` when one cannot be fixed. */
function fix(items: Array<Piece>, start: Map<Attention, string>, before: string, after: string) {
  let chosen = start
  let tokens = render(items, chosen, before, after)
  let mistake = check(tokens, before, after)
  while (mistake !== undefined) {
    const next = improve(items, chosen, mistake, before, after)
    if (next === undefined) return undefined
    chosen = next.chosen
    tokens = next.tokens
    mistake = next.mistake
  }
  return tokens
}

/** Write pieces between the characters `before` and `after`, choosing every sequence. */
export function placeAttention(items: Array<Piece>, before: string, after: string): string {
  const guessed = new Map<Attention, string>()
  guess(items, guessed, before, after)
  const tokens =
    (guessed.size > 0 ? fix(items, guessed, before, after) : undefined) ??
    fix(items, new Map(), before, after) ??
    render(items, new Map(), before, after)
  let out = ''
  for (const token of tokens) out += token.value
  return out
}
