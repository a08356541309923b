// Small pieces of a task shared by the views, the panel and meeting mode.
import { AssignmentRole, DeadlineKind } from '@tiendo/shared';
import { common } from '../../i18n/common.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useBoard } from './BoardContext.js';
import type { BoardAssignment, BoardTask } from './model.js';

/** The deadline as the board shows it: a date, or the plan's words for ongoing and recurring tasks. */
export function deadlineLabel(
  task: Pick<BoardTask, 'deadlineKind' | 'deadlineDate' | 'deadlineText'>,
  tc: (k: 'ongoing' | 'recurring' | 'noDeadline') => string,
): string {
  if (task.deadlineKind === DeadlineKind.DATE && task.deadlineDate) return formatDate(task.deadlineDate);
  if (task.deadlineText) return task.deadlineText;
  if (task.deadlineKind === DeadlineKind.ONGOING) return tc('ongoing');
  if (task.deadlineKind === DeadlineKind.RECURRING) return tc('recurring');
  return tc('noDeadline');
}

export function Deadline({ task }: { task: BoardTask }) {
  const tc = useT(common);
  return <span>{deadlineLabel(task, tc)}</span>;
}

interface Chip {
  key: string;
  label: string;
  title: string;
}

/**
 * Units of one role as chips; the members of a group assigned through it ("các xã, thị trấn")
 * show as one chip with the group's name and count.
 */
export function useUnitChips(assignments: BoardAssignment[]): Chip[] {
  const { groupsByCode } = useBoard();
  const chips: Chip[] = [];
  const byGroup = new Map<string, BoardAssignment[]>();
  for (const a of assignments) {
    if (a.viaGroup) {
      const list = byGroup.get(a.viaGroup.code) ?? [];
      list.push(a);
      byGroup.set(a.viaGroup.code, list);
    } else chips.push({ key: a.id, label: a.organization.shortName, title: a.organization.name });
  }
  for (const [code, list] of byGroup) {
    const group = groupsByCode.get(code);
    if (list.length > 2 && group) {
      chips.push({
        key: `g-${code}`,
        label: `${group.name} (${list.length})`,
        title: list.map((a) => a.organization.name).join(', '),
      });
    } else for (const a of list) chips.push({ key: a.id, label: a.organization.shortName, title: a.organization.name });
  }
  return chips;
}

export function UnitChips({
  assignments,
  role,
  max = 4,
}: {
  assignments: BoardAssignment[];
  role: AssignmentRole;
  max?: number;
}) {
  const chips = useUnitChips(assignments.filter((a) => a.role === role));
  const shown = chips.slice(0, max);
  const rest = chips.slice(max);
  return (
    <>
      {shown.map((c) => (
        <span key={c.key} className={`chip ${role === AssignmentRole.LEAD ? 'lead' : ''}`} title={c.title}>
          {c.label}
        </span>
      ))}
      {rest.length > 0 && (
        <span className="chip" title={rest.map((c) => c.title).join(', ')}>
          +{rest.length}
        </span>
      )}
    </>
  );
}
