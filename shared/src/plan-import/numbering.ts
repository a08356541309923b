// Pass 3 of the parser: the numbered items as a tree, each with its code as the document writes it
// ("II.3.b"; "1.1." under "1." of section II is "II.1.1", never "II.1.1.1").
import type { Line } from './lines.js';

export type Style = 'chapter' | 'article' | 'roman' | 'arabic' | 'letter' | 'bullet' | `decimal${number}`;

export interface Marker {
  style: Style;
  label: string;
  /** Characters of the marker, up to the text after it. */
  length: number;
}

export function markerOf(text: string): Marker | null {
  let m: RegExpExecArray | null;
  if ((m = /^(?:PHẦN|Phần)\s+([IVXLC]+)\b\s*[.:-]?\s*/u.exec(text)))
    return { style: 'roman', label: m[1]!, length: m[0].length };
  if ((m = /^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\b\s*[.:-]?\s*/u.exec(text)))
    return { style: 'chapter', label: `C${m[1]}`, length: m[0].length };
  if ((m = /^(?:ĐIỀU|Điều)\s+(\d+)\s*[.:]?\s*/u.exec(text)))
    return { style: 'article', label: m[1]!, length: m[0].length };
  if ((m = /^([IVXLC]+)\s*[.)]\s+/u.exec(text))) return { style: 'roman', label: m[1]!, length: m[0].length };
  if ((m = /^(\d+(?:\.\d+)+)\.?\s+/u.exec(text)))
    return { style: `decimal${m[1]!.split('.').length}`, label: m[1]!, length: m[0].length };
  if ((m = /^(\d{1,2})\s*[.)]\s+/u.exec(text))) return { style: 'arabic', label: m[1]!, length: m[0].length };
  if ((m = /^([a-zđ])\s*[).]\s+/u.exec(text))) return { style: 'letter', label: m[1]!, length: m[0].length };
  if ((m = /^[-–—•+*]\s+/u.exec(text))) return { style: 'bullet', label: '', length: m[0].length };
  return null;
}

export interface Node {
  style: Style;
  code: string;
  line: Line;
  marker: Marker;
  body: Line[];
  table: Line[];
  children: Node[];
  parent: Node | null;
}

/** The code of an item: its parent's code and its own label; a decimal label extends its parent's. */
export function codeOf(marker: Marker, parent: Node | null): string {
  if (marker.style === 'article') return marker.label;
  if (parent && marker.style.startsWith('decimal')) {
    for (const prefix of [parent.code, parent.marker.label]) {
      if (prefix && marker.label.startsWith(`${prefix}.`)) return parent.code + marker.label.slice(prefix.length);
    }
  }
  return parent ? `${parent.code}.${marker.label}` : marker.label;
}

/**
 * The tree of numbered lines; unnumbered lines and tables belong to the item above them. Lines for
 * which `closing` says so (the closing paragraph) are set aside.
 */
export function buildTree(lines: Line[], closing: (l: Line) => boolean): { roots: Node[]; closing: Line[] } {
  const roots: Node[] = [];
  const stack: Node[] = [];
  const closed: Line[] = [];
  let inClosing = false;
  for (const l of lines) {
    const marker = l.table ? null : markerOf(l.text);
    if (marker && marker.style !== 'bullet') {
      inClosing = false;
      const at = stack.findIndex((n) => n.style === marker.style);
      if (at >= 0) stack.length = at;
      const parent = stack[stack.length - 1] ?? null;
      const node: Node = {
        style: marker.style,
        code: codeOf(marker, parent),
        line: l,
        marker,
        body: [],
        table: [],
        children: [],
        parent,
      };
      (parent ? parent.children : roots).push(node);
      stack.push(node);
      continue;
    }
    if (!marker && closing(l)) inClosing = true;
    if (inClosing) {
      closed.push(l);
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) continue;
    if (l.table) current.table.push(l);
    else current.body.push(l);
  }
  return { roots, closing: closed };
}
