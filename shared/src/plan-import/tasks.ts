// The tasks of the plan from its tree of numbered items: each item's title, body, who and when;
// bullets that give work to a unit and rows of a table of tasks (Markdown or text columns) become
// tasks of their own.
import { AssignmentRole } from '../enums.js';
import { foldVietnamese } from '../text.js';
import { LEADING_WHEN, type AssigneeReader } from './assign.js';
import { findDeadline, ongoing } from './deadlines.js';
import { sentenceCase } from './header.js';
import type { Cell, Line } from './lines.js';
import { markerOf, type Node } from './numbering.js';
import type { DraftAssignee, DraftDeadline, DraftTask, DraftUnitRef, Span } from './types.js';
import { tokenize, type Token } from './units.js';

const fold = foldVietnamese;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const TITLE_WORDS = 24;

/** A task's title from prose: its first clause, without a leading deadline, at most a couple of dozen words. */
export function titleFrom(text: string): string {
  let s = clean(text)
    .replace(LEADING_WHEN, '')
    .replace(/^(?:(?:có|chịu) trách nhiệm|là)\s+/iu, '');
  s = s.split(/;|:|\s\(|\.\s|\.$/u)[0]!.trim();
  const words = s.split(' ');
  if (words.length > TITLE_WORDS) {
    const head = words.slice(0, TITLE_WORDS).join(' ');
    const comma = head.lastIndexOf(',');
    s = comma > head.length * 0.6 ? head.slice(0, comma) : `${head}…`;
  }
  return capitalize(s.replace(/[,.;:]+$/u, '').trim());
}

/** "phối hợp chặt chẽ với tổ chức Đảng cùng cấp tổ chức tuyên truyền…" → "tổ chức tuyên truyền…". */
function skipPartners(rest: string): string {
  if (!/^phối hợp/iu.test(rest)) return rest;
  const verb =
    /\s((?:tổ chức|triển khai|thực hiện|tăng cường|xây dựng|tham mưu|rà soát|đẩy mạnh|tuyên truyền)\s+\p{Ll})/u.exec(
      rest.slice(10),
    );
  return verb ? rest.slice(10 + verb.index + 1) : rest;
}

const CONTEXT_SECTION = /^(muc dich|yeu cau|muc tieu|quan diem|can cu|tinh hinh|ket qua|danh gia|doi tuong|pham vi)/;
const NOT_A_TASK_ARTICLE =
  /^(ban hanh kem theo|quyet dinh nay co hieu luc)|co hieu luc (thi hanh )?ke tu|chiu trach nhiem thi hanh/;

export interface TaskContext {
  masked: string;
  reader: AssigneeReader;
  /** Spans that are not deadlines (the dates of cited documents). */
  skip: Span[];
  issuer: DraftUnitRef | null;
}

export function buildTasks(roots: Node[], ctx: TaskContext): DraftTask[] {
  const { masked, reader } = ctx;
  const lineText = (l: Line, from = 0) => masked.slice(l.start + from, l.end);

  /** "Cấp ủy, chính quyền từ huyện đến xã": the issuer leads, the Party committee and the communes help. */
  const phraseAssignees = (src: string, base: number): DraftAssignee[] => {
    const m = /(cấp ủy[^.;]{0,30}?)?chính quyền (?:các cấp )?từ huyện đến (?:xã|cơ sở)/iu.exec(src);
    if (!m || !ctx.issuer?.unitKey) return [];
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    const named = (name: string, role: AssignmentRole): DraftAssignee[] => {
      const r = reader.matcher.matchAt(tokenize(name), 0);
      return r ? [{ ...r.ref, text: m[0], span, confidence: 0.5, role }] : [];
    };
    return [
      { ...ctx.issuer, text: m[0], span, confidence: 0.5, role: AssignmentRole.LEAD },
      ...(m[1] ? named('Huyện ủy', AssignmentRole.COLLABORATOR) : []),
      ...named('các xã, thị trấn', AssignmentRole.COLLABORATOR),
    ];
  };

  const lastLine = (n: Node): Line => {
    const own = [n.line, ...n.body, ...n.table];
    const deepest = n.children.length ? lastLine(n.children[n.children.length - 1]!) : null;
    const ownLast = own.reduce((a, b) => (b.end > a.end ? b : a));
    return deepest && deepest.end > ownLast.end ? deepest : ownLast;
  };
  const bodyText = (ls: Line[]) =>
    ls
      .map((l) => {
        const m = markerOf(l.text);
        return clean(m?.style === 'bullet' ? l.text.slice(m.length) : l.text);
      })
      .join('\n');

  /**
   * Bullets that give work to a unit ("- Phòng Y tế: …", "- Phòng Nội vụ chủ trì …") are tasks of their
   * own, numbered after their parent (II.2.1, II.2.2); other bullets are the parent's body.
   */
  const splitBullets = (n: Node): { own: Line[]; tasks: Node[] } => {
    const own: Line[] = [];
    const tasks: Node[] = [];
    for (const l of n.body) {
      const m = markerOf(l.text);
      const after = m?.style === 'bullet' ? l.text.slice(m.length) : null;
      const who = after !== null ? reader.scanAssignees(after, l.start + m!.length).assignees : [];
      const assigning =
        who.length > 0 &&
        who[0]!.span.start - (l.start + m!.length) < 12 &&
        /^[^.;]{0,240}?(:|chủ trì|phối hợp)/iu.test(after!);
      if (assigning) {
        tasks.push({
          style: 'bullet',
          code: `${n.code}.${tasks.length + 1}`,
          line: l,
          marker: m!,
          body: [],
          table: [],
          children: [],
          parent: n,
        });
      } else if (tasks.length > 0 && m?.style !== 'bullet') tasks[tasks.length - 1]!.body.push(l);
      else own.push(l);
    }
    return { own, tasks };
  };

  const cellsOf = (l: Line): Cell[] => {
    if (l.cells) return l.cells;
    const out: Cell[] = [];
    let pos = l.start;
    const raw = masked.slice(l.start, l.end);
    const parts = raw.split('|');
    for (const [k, p] of parts.entries()) {
      if (k > 0 && k < parts.length - (raw.trimEnd().endsWith('|') ? 1 : 0)) {
        const lead = p.length - p.trimStart().length;
        out.push({ text: p.trim(), parts: [{ text: p.trim(), start: pos + lead }] });
      }
      pos += p.length + 1;
    }
    return out;
  };
  const cellTokens = (c: Cell): Token[] => c.parts.flatMap((p) => tokenize(p.text, p.start));
  const cellSpan = (c: Cell): Span => ({
    start: c.parts[0]!.start,
    end: c.parts[c.parts.length - 1]!.start + c.parts[c.parts.length - 1]!.text.length,
  });

  /** Rows of a table of tasks (TT | Nội dung | Chủ trì | Phối hợp | Thời gian) become child tasks. */
  const tableTasks = (n: Node, already: number): DraftTask[] => {
    if (n.table.length < 2) return [];
    const header = cellsOf(n.table[0]!).map((c) => fold(c.text));
    const col = (re: RegExp) => header.findIndex((h) => re.test(h));
    const cNo = col(/^(tt|stt|so tt)$/);
    const cWhat = col(/noi dung|nhiem vu|cong viec/);
    const cLead = col(/chu tri/);
    const cHelp = col(/phoi hop/);
    const cWhen = col(/thoi gian|thoi han|tien do|hoan thanh/);
    if (cWhat < 0) return [];
    const out: DraftTask[] = [];
    for (const row of n.table.slice(1)) {
      if (/^\|?[\s:|-]+$/.test(row.text)) continue;
      const c = cellsOf(row);
      const what = c[cWhat];
      if (!what?.text) continue;
      const no = cNo >= 0 ? c[cNo]?.text.replace(/[.)]$/, '') : '';
      const code = `${n.code}.${no || String(already + out.length + 1)}`;
      const assignees: DraftAssignee[] = [];
      const unitsIn = (cell: Cell | undefined, role: AssignmentRole) => {
        if (!cell?.text) return;
        for (const { ref, member } of reader.scanList(cellTokens(cell), 0, true).refs)
          assignees.push({ ...ref, role: member ? AssignmentRole.COLLABORATOR : role });
      };
      unitsIn(c[cLead], AssignmentRole.LEAD);
      unitsIn(c[cHelp], AssignmentRole.COLLABORATOR);
      const when = cWhen >= 0 ? c[cWhen] : undefined;
      const deadline =
        (when?.text ? findDeadline(when.text, cellSpan(when).start, [], true) : null) ??
        ongoing({ start: row.start, end: row.end });
      out.push({
        code,
        title: titleFrom(what.text),
        body: clean(what.text),
        span: { start: row.start, end: row.end },
        confidence: 0.85,
        assignees,
        deadline,
        children: [],
      });
    }
    return out;
  };

  const isTask = (n: Node): boolean => {
    const head = fold(lineText(n.line, n.marker.length));
    if (n.parent === null && CONTEXT_SECTION.test(head)) return false;
    if (n.style === 'article' && NOT_A_TASK_ARTICLE.test(head)) return false;
    return true;
  };

  const buildTask = (whole: Node, inherited: DraftAssignee[]): DraftTask => {
    const bullets = splitBullets(whole);
    const n: Node = { ...whole, body: bullets.own };
    const headStart = n.line.start + n.marker.length;
    const head = lineText(n.line, n.marker.length).trim();
    const span = { start: n.line.start, end: lastLine(whole).end };
    const found = n.line.emphasised ? null : reader.scanAssignees(head, headStart);
    // "c) Phòng Giáo dục và Đào tạo:" names who; the work is in the lines below.
    const leadIn = found !== null && /:\s*$/.test(head) && head.slice(found.rest).split(/\s+/).length <= 4;
    const prose = !n.line.emphasised && !leadIn && (/[.;:]\s*$/.test(head) || head.split(/\s+/).length > 30);
    let assignees: DraftAssignee[] = [];
    let taskTitle: string;
    let body: string;
    let confidence = 0.8;
    if (!leadIn && !prose) {
      taskTitle = sentenceCase(head.replace(/[:.]\s*$/, '').trim());
      body = bodyText(n.body);
      const first = n.body[0];
      if (first && markerOf(first.text)?.style !== 'bullet')
        assignees = reader.scanAssignees(first.text, first.start).assignees;
      confidence = 0.9;
    } else {
      const f = found ?? reader.scanAssignees(head, headStart);
      assignees = f.assignees;
      const firstBody = n.body[0];
      const firstText = firstBody ? bodyText([firstBody]) : '';
      const rest = head.slice(f.rest).trim();
      taskTitle =
        leadIn && !firstText && n.children.length > 0
          ? clean(head.replace(/:\s*$/, ''))
          : leadIn || rest.length < 3
            ? titleFrom(firstText || rest || head)
            : titleFrom(skipPartners(rest));
      body = leadIn ? bodyText(n.body) : [clean(head), bodyText(n.body)].filter(Boolean).join('\n');
      confidence = leadIn ? 0.75 : 0.65;
    }
    // A table of tasks belongs to the rows, not to the section above it.
    const ownEnd = Math.max(n.line.end, ...n.body.map((l) => l.end));
    // Bullet tasks say their own deadline and units: blank them out of the item's own text.
    let ownText = masked.slice(n.line.start, ownEnd);
    for (const b of bullets.tasks) {
      for (const l of [b.line, ...b.body]) {
        if (l.end > ownEnd) continue;
        const from = l.start - n.line.start;
        ownText = ownText.slice(0, from) + ' '.repeat(l.end - l.start) + ownText.slice(l.end - n.line.start);
      }
    }
    if (assignees.length === 0) assignees = phraseAssignees(ownText, n.line.start);
    // "1. Phòng Y tế chủ trì…: a) …; b) …": the points are the work of whoever the item names.
    if (assignees.length === 0 && inherited.length > 0) {
      assignees = inherited.map((a) => ({ ...a, confidence: Math.min(a.confidence, 0.6) }));
    }
    const deadline: DraftDeadline =
      findDeadline(ownText, n.line.start, ctx.skip) ?? ongoing({ start: n.line.start, end: n.line.end });
    const children = [...bullets.tasks, ...n.children.filter(isTask)].map((c) => buildTask(c, assignees));
    children.push(...tableTasks(n, children.length));
    // How sure: the item's own reading, lowered when no lead was found.
    const leads = assignees.filter((a) => a.role === AssignmentRole.LEAD);
    if (children.length === 0 && leads.length === 0) confidence = Math.min(confidence, 0.4);
    return { code: n.code, title: taskTitle, body, span, confidence, assignees, deadline, children };
  };

  return roots.filter(isTask).map((n) => buildTask(n, []));
}
