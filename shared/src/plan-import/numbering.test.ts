import { describe, expect, it } from 'vitest';
import { mask, splitLines } from './lines.js';
import { buildTree, type Node } from './numbering.js';

const codes = (ns: Node[]): string[] => ns.flatMap((n) => [n.code, ...codes(n.children)]);
const tree = (text: string) => buildTree(splitLines(text, mask(text)), () => false).roots;

describe('numbering (pass 3)', () => {
  it('keeps the document’s own codes: "1.1." under "1." of section II is II.1.1', () => {
    const t = tree(
      'II. NHIỆM VỤ\n1. Giám sát\n1.1. Cục A giám sát.\n1.2. Cục B.\n2. Kinh phí\n2.1. Vụ C.\na) Điểm a\nIII. TỔ CHỨC',
    );
    expect(codes(t)).toEqual(['II', 'II.1', 'II.1.1', 'II.1.2', 'II.2', 'II.2.1', 'II.2.1.a', 'III']);
  });

  it('reads decimal codes that extend a root ("2.1" under "2")', () => {
    expect(codes(tree('2. Nhiệm vụ\n2.1. Tuyên truyền\n2.2. Kinh phí'))).toEqual(['2', '2.1', '2.2']);
  });

  it('sets the closing paragraph aside', () => {
    const text = 'III. TỔ CHỨC\n1. Sở Y tế.\nTrong quá trình thực hiện, nếu có khó khăn, báo cáo về Sở Y tế.';
    const r = buildTree(splitLines(text, mask(text)), (l) => l.text.startsWith('Trong quá trình'));
    expect(r.closing.map((l) => l.text)).toEqual(['Trong quá trình thực hiện, nếu có khó khăn, báo cáo về Sở Y tế.']);
    expect(r.roots[0]!.children[0]!.body).toEqual([]);
  });
});
