import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.js';
import { parsePlanText } from './parse.js';
import { CHECK_BELOW, draftConfidence, reviewItems } from './review.js';

describe('review list', () => {
  it('lists every item of a draft, the least sure first, with what was not found at 0', () => {
    const plan = loadCorpus().find((p) => p.name === '09-pt-kh-tiem-chung-xa')!;
    const items = reviewItems(parsePlanText(plan.text, { catalogue: plan.catalogue }));
    const confidences = items.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    // Units proposed as new (Trạm Y tế xã, a school, a hamlet's committee) come before the header.
    const firstHeader = items.findIndex((i) => i.what === 'number');
    const proposed = items.filter((i) => i.what === 'lead' && i.confidence < CHECK_BELOW);
    expect(proposed.map((i) => i.text)).toEqual(
      expect.arrayContaining(['Trạm Y tế xã Phú Tâm', 'Trường Tiểu học Phú Tâm A', 'Ban nhân dân ấp Phú Hữu']),
    );
    expect(items.indexOf(proposed[0]!)).toBeLessThan(firstHeader);
    const summary = draftConfidence(items);
    expect(summary.toCheck).toBe(items.filter((i) => i.confidence < CHECK_BELOW).length);
    expect(summary.toCheck).toBeGreaterThan(0);
  });

  it('puts a missing header field first', () => {
    const items = reviewItems(
      parsePlanText('KẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Phòng Y tế tiêm chủng.', {
        catalogue: { units: [], groups: [] },
      }),
    );
    expect(items[0]).toMatchObject({ what: 'number', confidence: 0, text: null });
  });
});
