// Pass 1 of the parser: the text as the later passes read it. Line ends become "\n", decomposed
// Vietnamese (NFD, as some converters and macOS leave it) becomes composed (NFC), non-breaking and
// other fixed-width spaces become plain spaces, invisible characters go. Offsets map back, so every
// span the parser reports points into the text as it was given.
import type { Span } from './types.js';

export interface Normalised {
  text: string;
  /** The span of the original text a span of the normalised text came from. */
  toOriginal(span: Span): Span;
  /** False when the text was already normal (spans need no mapping). */
  changed: boolean;
}

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
// A cluster: a CRLF pair, or one character with the combining marks after it.
const CLUSTER = /\r\n|[\s\S]\p{M}*/gu;
const NEEDS_WORK = /[\r\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\u00d0\u00f0]|\p{M}/u;

function clusterText(c: string): string {
  if (c === '\r\n' || c === '\r') return '\n';
  if (SPACES.test(c)) return ' ';
  if (INVISIBLE.test(c)) return '';
  // The Icelandic eth some fonts and converters put for Đ.
  if (c === '\u00d0') return 'Đ';
  if (c === '\u00f0') return 'đ';
  return c.normalize('NFC');
}

export function normalise(input: string): Normalised {
  if (!NEEDS_WORK.test(input) && input === input.normalize('NFC')) {
    return { text: input, toOriginal: (s) => s, changed: false };
  }
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const m of input.matchAll(CLUSTER)) {
    const piece = clusterText(m[0]);
    for (let k = 0; k < piece.length; k++) {
      from.push(m.index);
      to.push(m.index + m[0].length);
    }
    out.push(piece);
  }
  const text = out.join('');
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
