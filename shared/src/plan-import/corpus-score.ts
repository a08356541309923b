// Scores drafts against the corpus's expected graphs (fixtures/corpus/README.md gives the notation):
// the figures of issue 17's table, per plan and over the whole corpus.
import { AssignmentRole, DeadlineKind } from '../enums.js';
import { foldVietnamese } from '../text.js';
import type { DraftDeadline, DraftTask, DraftUnitRef, PlanDraft } from './types.js';

export interface ExpectedGraph {
  catalogue: string;
  header: {
    number: string | null;
    place: string | null;
    issuedOn: string | null;
    issuer: string | null;
    title: string | null;
    signer: string | null;
  };
  tasks: string[];
  roles: { standingOffice: string | null; monitors: string[]; difficultyOffice: string | null };
}

export const MEASURES = ['tasks', 'lead', 'collaborators', 'deadlines', 'header', 'roles'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABELS: Record<Measure, string> = {
  tasks: 'tasks found (tree)',
  lead: "task's lead unit right",
  collaborators: "task's collaborators right (whole set)",
  deadlines: 'deadlines right',
  header: 'header fields (number, place, date, issuer, title, signer)',
  roles: 'roles of the last section (standing office, monitors, difficulty office)',
};
export const GOALS: Record<Measure, number> = {
  tasks: 0.98,
  lead: 0.95,
  collaborators: 0.95,
  deadlines: 0.95,
  header: 0.95,
  roles: 0.9,
};

export interface Tally {
  right: number;
  total: number;
}
export type Score = Record<Measure, Tally> & { misses: string[] };

const norm = (s: string) =>
  foldVietnamese(s)
    .replace(/[^\p{L}\p{N}/-]+/gu, ' ')
    .trim();

/** A unit reference in the corpus notation. */
export function unitToken(r: DraftUnitRef): string {
  if (r.unitKey) return r.unitKey;
  if (r.groupCode) return `@${r.groupCode}`;
  return `${r.flagged ? '?' : '+'}${r.newUnitName ?? r.text}`;
}
const sameUnits = (a: string[], b: string[]) => {
  const f = (xs: string[]) => [...new Set(xs.map((x) => (/^[+?]/.test(x) ? x[0] + norm(x.slice(1)) : x)))].sort();
  return JSON.stringify(f(a)) === JSON.stringify(f(b));
};
const units = (s: string) =>
  s.trim() === '-'
    ? []
    : s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);

const PERIODS: Record<string, string> = {
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
  QUARTERLY: 'quarterly',
  HALF_YEARLY: 'half-yearly',
  YEARLY: 'yearly',
};
export function deadlineToken(d: DraftDeadline): string {
  if (d.kind === DeadlineKind.DATE) return d.date ?? '?';
  if (d.kind === DeadlineKind.RECURRING) return PERIODS[d.recurrence ?? ''] ?? '?';
  // The system has no weekly cycle: a weekly task is ongoing and says so in its text.
  if (d.text && /tuần/iu.test(d.text)) return 'weekly';
  return 'ongoing';
}

const flat = (ts: DraftTask[]): DraftTask[] => ts.flatMap((t) => [t, ...flat(t.children)]);

export function scoreDraft(draft: PlanDraft, expected: ExpectedGraph, name = ''): Score {
  const s: Score = {
    tasks: { right: 0, total: 0 },
    lead: { right: 0, total: 0 },
    collaborators: { right: 0, total: 0 },
    deadlines: { right: 0, total: 0 },
    header: { right: 0, total: 0 },
    roles: { right: 0, total: 0 },
    misses: [],
  };
  const check = (m: Measure, ok: boolean, what: string) => {
    s[m].total++;
    if (ok) s[m].right++;
    else s.misses.push(`${name} ${m}: ${what}`);
  };
  const found = new Map(flat(draft.tasks).map((t) => [t.code, t]));
  const expectedCodes = new Set<string>();
  for (const line of expected.tasks) {
    const [code, lead, helpers, deadline] = line.split('|').map((x) => x.trim()) as [string, string, string, string];
    expectedCodes.add(code);
    const t = found.get(code);
    check('tasks', !!t, `${code} missing`);
    const leads = t ? t.assignees.filter((a) => a.role === AssignmentRole.LEAD).map(unitToken) : null;
    const collab = t ? t.assignees.filter((a) => a.role === AssignmentRole.COLLABORATOR).map(unitToken) : null;
    check('lead', !!leads && sameUnits(leads, units(lead)), `${code} lead ${leads?.join('; ')} ≠ ${lead}`);
    check(
      'collaborators',
      !!collab && sameUnits(collab, units(helpers)),
      `${code} collaborators ${collab?.join('; ')} ≠ ${helpers}`,
    );
    const d = t ? deadlineToken(t.deadline) : null;
    check('deadlines', d === deadline, `${code} deadline ${d} ≠ ${deadline}`);
  }
  // Items read as tasks that the document does not have count against the tree.
  for (const code of found.keys()) {
    if (!expectedCodes.has(code)) check('tasks', false, `${code} is not a task of the document`);
  }
  const h = expected.header;
  const eq = (a: string | null | undefined, b: string | null) =>
    a == null ? b == null : b != null && norm(a) === norm(b);
  check('header', eq(draft.number?.value, h.number), `number ${draft.number?.value} ≠ ${h.number}`);
  check('header', eq(draft.place?.value, h.place), `place ${draft.place?.value} ≠ ${h.place}`);
  check('header', (draft.issuedOn?.value ?? null) === h.issuedOn, `date ${draft.issuedOn?.value} ≠ ${h.issuedOn}`);
  const issuer = draft.issuer ? unitToken(draft.issuer) : null;
  check(
    'header',
    issuer === h.issuer || (!!issuer && !!h.issuer && sameUnits([issuer], [h.issuer])),
    `issuer ${issuer} ≠ ${h.issuer}`,
  );
  check('header', eq(draft.title?.value, h.title), `title ${draft.title?.value} ≠ ${h.title}`);
  check('header', eq(draft.signerName?.value, h.signer), `signer ${draft.signerName?.value} ≠ ${h.signer}`);
  const r = expected.roles;
  const one = (ref: DraftUnitRef | null, want: string | null, what: string) => {
    const got = ref ? unitToken(ref) : null;
    check('roles', want === null ? got === null : got !== null && sameUnits([got], [want]), `${what} ${got} ≠ ${want}`);
  };
  one(draft.standingOffice, r.standingOffice, 'standing office');
  const monitors = draft.monitors.map(unitToken);
  check('roles', sameUnits(monitors, r.monitors), `monitors ${monitors.join('; ')} ≠ ${r.monitors.join('; ')}`);
  one(draft.difficultyOffice, r.difficultyOffice, 'difficulty office');
  return s;
}

export function addScores(scores: Score[]): Score {
  const total = scoreDraftEmpty();
  for (const s of scores) {
    for (const m of MEASURES) {
      total[m].right += s[m].right;
      total[m].total += s[m].total;
    }
    total.misses.push(...s.misses);
  }
  return total;
}

function scoreDraftEmpty(): Score {
  const z = () => ({ right: 0, total: 0 });
  return { tasks: z(), lead: z(), collaborators: z(), deadlines: z(), header: z(), roles: z(), misses: [] };
}

export const ratio = (t: Tally) => (t.total === 0 ? 1 : t.right / t.total);
const pct = (t: Tally) => `${Math.floor(ratio(t) * 1000) / 10}%`;

/** Issue 17's table: measure, this run, goal (and a "before" column when given). */
export function scoreTable(score: Score, before?: Record<Measure, string>): string {
  const head = before
    ? '| measured on the corpus | before | now | goal |\n| --- | --- | --- | --- |'
    : '| measured on the corpus | now | goal |\n| --- | --- | --- |';
  const rows = MEASURES.map((m) => {
    const now = `${pct(score[m])} (${score[m].right}/${score[m].total})`;
    const goal = `≥ ${Math.round(GOALS[m] * 100)}%`;
    return before
      ? `| ${MEASURE_LABELS[m]} | ${before[m]} | ${now} | ${goal} |`
      : `| ${MEASURE_LABELS[m]} | ${now} | ${goal} |`;
  });
  return [head, ...rows].join('\n');
}
