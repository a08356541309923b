// How sure the parser is, item by item, for a person to check what needs checking: every header
// field, task, unit, deadline and role of a draft with its confidence, the least sure first. Works on
// the parser's draft and on the API's (flat tasks, units by name) alike.
import type { Span } from './types.js';

export type ReviewWhat =
  | 'number'
  | 'place'
  | 'issuedOn'
  | 'issuer'
  | 'title'
  | 'signer'
  | 'task'
  | 'lead'
  | 'collaborator'
  | 'deadline'
  | 'standingOffice'
  | 'monitor'
  | 'difficultyOffice'
  | 'newUnit';

export interface ReviewItem {
  what: ReviewWhat;
  /** The task it belongs to, if any. */
  code: string | null;
  /** What was read ("Phòng Nội vụ", "Trong quý II năm 2020"), or null when nothing was found. */
  text: string | null;
  confidence: number;
  span: Span | null;
}

interface Sure {
  confidence: number;
  span?: Span | null;
}
interface Valued extends Sure {
  value: string;
}
interface Named extends Sure {
  text: string;
  name?: string;
}
interface ReviewTask {
  code: string;
  title: string;
  confidence: number;
  span: Span;
  assignees: (Named & { role: string })[];
  deadline: { confidence: number; text: string | null; span?: Span | null };
  children?: ReviewTask[];
}
export interface ReviewableDraft {
  number: Valued | null;
  place: Valued | null;
  issuedOn: Valued | null;
  title: Valued | null;
  signerName: Valued | null;
  issuer: Named | null;
  tasks: ReviewTask[];
  standingOffice: Named | null;
  monitors: Named[];
  difficultyOffice: Named | null;
  newUnits: { name: string; confidence: number; span?: Span | null }[];
}

/** Below this a person should check the item. */
export const CHECK_BELOW = 0.7;

export function reviewItems(d: ReviewableDraft): ReviewItem[] {
  const items: ReviewItem[] = [];
  const value = (what: ReviewWhat, v: Valued | null) =>
    items.push({ what, code: null, text: v?.value ?? null, confidence: v?.confidence ?? 0, span: v?.span ?? null });
  const unit = (what: ReviewWhat, u: Named | null, code: string | null = null) =>
    items.push({
      what,
      code,
      text: u ? (u.name ?? u.text) : null,
      confidence: u?.confidence ?? 0,
      span: u?.span ?? null,
    });
  value('number', d.number);
  value('place', d.place);
  value('issuedOn', d.issuedOn);
  unit('issuer', d.issuer);
  value('title', d.title);
  value('signer', d.signerName);
  const walk = (ts: ReviewTask[]) => {
    for (const t of ts) {
      items.push({ what: 'task', code: t.code, text: t.title, confidence: t.confidence, span: t.span });
      for (const a of t.assignees) unit(a.role === 'LEAD' ? 'lead' : 'collaborator', a, t.code);
      if (!t.children?.length || t.deadline.text)
        items.push({
          what: 'deadline',
          code: t.code,
          text: t.deadline.text,
          confidence: t.deadline.confidence,
          span: t.deadline.span ?? null,
        });
      walk(t.children ?? []);
    }
  };
  walk(d.tasks);
  unit('standingOffice', d.standingOffice);
  for (const m of d.monitors) unit('monitor', m);
  unit('difficultyOffice', d.difficultyOffice);
  for (const u of d.newUnits)
    items.push({ what: 'newUnit', code: null, text: u.name, confidence: u.confidence, span: u.span ?? null });
  // The least sure first; among equals, in the order of the text.
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.confidence - b.item.confidence || a.order - b.order)
    .map((x) => x.item);
}

/** The draft's overall figure: the share of its items a person need not check. */
export function draftConfidence(items: ReviewItem[]): { toCheck: number; total: number; share: number } {
  const toCheck = items.filter((i) => i.confidence < CHECK_BELOW).length;
  return { toCheck, total: items.length, share: items.length ? 1 - toCheck / items.length : 1 };
}
