// Pass 1 of the parser: the text as the later passes read it. Line ends become "\n", decomposed
// Vietnamese (NFD, as some converters and macOS leave it) becomes composed (NFC), non-breaking and
// other fixed-width spaces become plain spaces, invisible characters go. Offsets map back, so every
// span the parser reports points into the text as it was given.
import type { Span } from './types.js';

export interface Normalised {
  text: string;
  /** The span of the original text a span of the normalised text came from. */
  toOriginal(span: Span): Span;
  /** False when offsets are unchanged (spans need no mapping). */
  changed: boolean;
}

const isMark = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
const isSpace = (c: number) =>
  c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
/** What the text needs: nothing, characters changed one for one (spaces, the eth), or more. */
function survey(input: string): 'none' | 'oneForOne' | 'more' {
  let result: 'none' | 'oneForOne' = 'none';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0xa0) {
      if (c === 13) return 'more';
      continue;
    }
    if (isMark(c) || isInvisible(c)) return 'more';
    if (isSpace(c) || c === 0xd0 || c === 0xf0) result = 'oneForOne';
  }
  return result;
}

/** One character as the later passes read it: spaces plain, the Icelandic eth some fonts put for Đ as Đ. */
function plain(ch: string, c: number): string {
  if (isSpace(c)) return ' ';
  if (c === 0xd0) return 'Đ';
  if (c === 0xf0) return 'đ';
  return ch;
}

export function normalise(input: string): Normalised {
  const needs = survey(input);
  if (needs === 'none' && input === input.normalize('NFC')) {
    return { text: input, toOriginal: (s) => s, changed: false };
  }
  if (needs === 'oneForOne' && input === input.normalize('NFC')) {
    let text = '';
    for (let i = 0; i < input.length; i++) text += plain(input[i]!, input.charCodeAt(i));
    return { text, toOriginal: (s) => s, changed: false };
  }
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const emit = (piece: string, a: number, b: number) => {
    text += piece;
    for (let k = 0; k < piece.length; k++) {
      from.push(a);
      to.push(b);
    }
  };
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (c === 13) {
      const j = input.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      emit('\n', i, j);
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < input.length && isMark(input.charCodeAt(j))) j++;
    if (j > i + 1) emit(input.slice(i, j).normalize('NFC'), i, j);
    else if (!isInvisible(c)) emit(plain(input[i]!, c), i, j);
    i = j;
  }
  const toOriginal = (s: Span): Span => {
    const start = s.start < from.length ? from[s.start]! : input.length;
    const end = s.end > 0 ? to[Math.min(s.end, to.length) - 1]! : 0;
    return { start, end: Math.max(start, end) };
  };
  return { text, toOriginal, changed: true };
}

/** Maps every `span` in a parsed draft back to the original text (each object once). */
export function mapSpans<T>(value: T, toOriginal: (s: Span) => Span): T {
  const seen = new WeakSet<object>();
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      if (k === 'span' && x && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number') {
        o[k] = toOriginal(x as Span);
      } else walk(x);
    }
  };
  walk(value);
  return value;
}
