// The corpus (fixtures/corpus): 25 plans written for it, each with its expected graph. Every figure
// of issue 17's table must hold at or above its goal, and every unit the drafts name is accounted for.
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text.js';
import { addScores, GOALS, MEASURES, ratio, scoreDraft, scoreTable } from './corpus-score.js';
import { loadCorpus } from './corpus.js';
import { parsePlanText } from './parse.js';
import type { DraftTask, DraftUnitRef } from './types.js';

const plans = loadCorpus();
const drafts = plans.map((p) => ({ plan: p, draft: parsePlanText(p.text, { catalogue: p.catalogue }) }));
const flat = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flat(t.children)]);

describe('the plan-import corpus', () => {
  it('has at least 25 plans of every issuer level, form and layout', () => {
    expect(plans.length).toBeGreaterThanOrEqual(25);
    const texts = plans.map((p) => p.text);
    expect(texts.some((t) => t.includes('\r\n'))).toBe(true);
    expect(texts.some((t) => t !== t.normalize('NFC'))).toBe(true);
    expect(texts.some((t) => t.includes('\u00a0'))).toBe(true);
    for (const form of ['KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHƯƠNG TRÌNH', 'HƯỚNG DẪN'])
      expect(texts.some((t) => t.normalize('NFC').includes(form))).toBe(true);
    for (const issuer of ['BỘ ', 'TỈNH', 'HUYỆN', 'XÃ', 'MẶT TRẬN', 'ỦY '])
      expect(texts.some((t) => t.normalize('NFC').slice(0, 400).toUpperCase().includes(issuer))).toBe(true);
  });

  it('holds every figure of the table at or above its goal', () => {
    const total = addScores(drafts.map(({ plan, draft }) => scoreDraft(draft, plan.expected, plan.name)));
    const table = scoreTable(total);
    for (const m of MEASURES)
      expect(ratio(total[m]), `${m}\n${table}\n${total.misses.join('\n')}`).toBeGreaterThanOrEqual(GOALS[m]);
  });

  it('accounts for every unit it reads: on record, a known group, proposed or flagged, with its span of text', () => {
    for (const { plan, draft } of drafts) {
      const refs: DraftUnitRef[] = [
        ...flat(draft.tasks).flatMap((t) => t.assignees),
        ...[draft.issuer, draft.standingOffice, draft.difficultyOffice].filter((r): r is DraftUnitRef => !!r),
        ...draft.monitors,
      ];
      for (const r of refs) {
        const set = [r.unitKey, r.groupCode, r.newUnitName].filter((x) => x !== null);
        expect(set, `${plan.name}: ${r.text}`).toHaveLength(1);
        if (r.flagged) expect(r.newUnitName).not.toBeNull();
        // The span points into the text as given (CRLF, NFD and NBSP included).
        const spanned = foldVietnamese(plan.text.slice(r.span.start, r.span.end));
        expect(spanned.length, `${plan.name}: ${r.text}`).toBeGreaterThan(0);
      }
      for (const u of draft.newUnits) expect(u.name.trim()).not.toBe('');
      // Proposed units are listed once each, for the person to accept or not.
      const proposed = refs.filter((r) => r.newUnitName).map((r) => foldVietnamese(r.newUnitName!));
      for (const p of proposed) expect(draft.newUnits.map((u) => foldVietnamese(u.name))).toContain(p);
    }
  });

  it('maps spans back to the text as given (an NFD, a CRLF and an NBSP plan)', () => {
    for (const name of ['07-mt-kh-moi-truong-crlf', '10-pt-kh-cai-cach-hanh-chinh-nfd', '11-pt-ctr-nbsp']) {
      const { plan, draft } = drafts.find((d) => d.plan.name === name)!;
      const at = (s: { start: number; end: number }) =>
        plan.text.slice(s.start, s.end).normalize('NFC').replace(/\s+/g, ' ');
      expect(at(draft.number!.span)).toBe(draft.number!.value);
      const lead = flat(draft.tasks).find((t) => t.code === 'II.1')!.assignees[0]!;
      expect(foldVietnamese(at(lead.span))).toBe(foldVietnamese(lead.text));
    }
  });
});
