// The draft of a plan import as a readable tree for the terminal.
import {
  CHECK_BELOW,
  DeadlineKind,
  DOCUMENT_TYPE_LABELS,
  draftConfidence,
  formatIsoDateVi,
  RecurrencePeriod,
  reviewItems,
  type ReviewWhat,
} from '@tiendo/shared';
import type { DraftDeadline, DraftUnitRef, PlanDraft } from '../features/plan-import/plan-import.types.js';

const PERIOD: Record<RecurrencePeriod, string> = {
  MONTHLY: 'hằng tháng',
  QUARTERLY: 'hằng quý',
  HALF_YEARLY: '6 tháng một lần',
  YEARLY: 'hằng năm',
};

export function deadlineLabel(d: DraftDeadline): string {
  if (d.kind === DeadlineKind.DATE) return `hạn ${formatIsoDateVi(d.date!)}${d.text ? ` (${d.text})` : ''}`;
  if (d.kind === DeadlineKind.RECURRING) return `định kỳ ${PERIOD[d.recurrence!]}${d.text ? ` (${d.text})` : ''}`;
  return d.text ?? 'thường xuyên';
}

const WHAT: Record<ReviewWhat, string> = {
  number: 'Số văn bản',
  place: 'Nơi ban hành',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  title: 'Tên văn bản',
  signer: 'Người ký',
  task: 'nhiệm vụ',
  lead: 'chủ trì',
  collaborator: 'phối hợp',
  deadline: 'thời hạn',
  standingOffice: 'Cơ quan thường trực',
  monitor: 'Giám sát',
  difficultyOffice: 'Tổng hợp khó khăn, vướng mắc',
  newUnit: 'Đơn vị mới',
};
/** At most this many items to check are listed; the rest are counted. */
const REVIEW_LINES = 25;

/** How sure the parser is: the items to check, the least sure first. */
export function formatReview(d: PlanDraft): string[] {
  const items = reviewItems(d);
  const { toCheck, total } = draftConfidence(items);
  const out = [
    `Độ tin cậy: ${total - toCheck}/${total} mục chắc chắn; ${toCheck} mục cần kiểm tra (ít chắc chắn nhất trước):`,
  ];
  for (const i of items.filter((x) => x.confidence < CHECK_BELOW).slice(0, REVIEW_LINES)) {
    const where = i.code ? `${i.code} ${WHAT[i.what]}` : WHAT[i.what];
    out.push(`  ${String(Math.round(i.confidence * 100)).padStart(3)}%  ${where}: ${i.text ?? '(không tìm thấy)'}`);
  }
  if (toCheck > REVIEW_LINES) out.push(`  … và ${toCheck - REVIEW_LINES} mục khác`);
  return out;
}

const unit = (r: DraftUnitRef) =>
  r.flagged ? `${r.name} [cần quyết định]` : r.newUnitName ? `${r.name} [đơn vị mới]` : r.name;

export function formatDraft(d: PlanDraft): string {
  const out: string[] = [];
  const kind = DOCUMENT_TYPE_LABELS[d.documentType];
  const when = [d.place?.value, d.issuedOn ? formatIsoDateVi(d.issuedOn.value) : null].filter(Boolean).join(', ');
  out.push(`${kind} số ${d.number?.value ?? '(không rõ số)'}${when ? ` — ${when}` : ''}`);
  if (d.title) out.push(d.title.value);
  if (d.issuer) out.push(`Cơ quan ban hành: ${unit(d.issuer)}`);
  if (d.signerTitle || d.signerName)
    out.push(`Ký: ${[d.signerTitle?.value, d.signerName?.value].filter(Boolean).join(' — ')}`);
  if (d.implements) out.push(`Thực hiện: ${d.implements.value}`);
  out.push('', ...formatReview(d));
  if (d.parentPlan)
    out.push(
      `Kế hoạch cấp trên: ${d.parentPlan.value}${d.parentPlanId ? ` (đang theo dõi, #${d.parentPlanId})` : ' (chưa có trong hệ thống)'}`,
    );
  out.push('', `Văn bản trích dẫn (${d.documents.length}):`);
  for (const doc of d.documents) {
    const parts = [
      doc.number ?? '(không số)',
      DOCUMENT_TYPE_LABELS[doc.type],
      doc.issuer,
      doc.issuedOn && formatIsoDateVi(doc.issuedOn),
    ];
    out.push(`  ${parts.filter(Boolean).join(' · ')}${doc.existingId ? '' : ' [mới]'}`);
  }
  out.push('', `Nhiệm vụ (${d.tasks.length}):`);
  for (const t of d.tasks) {
    const pad = '  '.repeat(t.depth + 1);
    out.push(`${pad}${t.code}. ${t.title} — ${deadlineLabel(t.deadline)}`);
    const leads = t.assignees.filter((a) => a.role === 'LEAD').map(unit);
    const helpers = t.assignees.filter((a) => a.role === 'COLLABORATOR').map(unit);
    const who = [leads.length && `chủ trì: ${leads.join(', ')}`, helpers.length && `phối hợp: ${helpers.join(', ')}`];
    if (leads.length || helpers.length) out.push(`${pad}   ${who.filter(Boolean).join('; ')}`);
  }
  out.push('');
  out.push(`Cơ quan thường trực: ${d.standingOffice ? unit(d.standingOffice) : '—'}`);
  out.push(`Giám sát: ${d.monitors.length ? d.monitors.map(unit).join(', ') : '—'}`);
  out.push(`Tổng hợp khó khăn, vướng mắc: ${d.difficultyOffice ? unit(d.difficultyOffice) : '—'}`);
  if (d.recipients.length) out.push(`Nơi nhận: ${d.recipients.map((r) => r.value).join('; ')}`);
  const proposed = d.newUnits.filter((u) => !u.flagged);
  const flagged = d.newUnits.filter((u) => u.flagged);
  if (proposed.length) out.push('', `Đơn vị mới đề xuất: ${proposed.map((u) => u.name).join(', ')}`);
  if (flagged.length) out.push(`Cần quyết định (có thể là một nhóm đơn vị): ${flagged.map((u) => u.name).join(', ')}`);
  if (d.warnings.length) out.push('', 'Cảnh báo:', ...d.warnings.map((w) => `  - ${w}`));
  return out.join('\n');
}
