// View 2: tasks as rows, units as columns; each cell says Chủ trì or Phối hợp with that unit's own
// progress. Rows are virtualised; a folded group (the communes) is one column with their mean.
import { AssignmentRole } from '@tiendo/shared';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { common } from '../../i18n/common.js';
import { useT } from '../../i18n/i18n.js';
import { useBoard } from './BoardContext.js';
import { messages } from './messages.js';
import {
  depthOf,
  matrixCell,
  matrixColumns,
  type BoardGroup,
  type BoardTask,
  type BoardUnit,
  type MatrixColumn,
} from './model.js';
import styles from './AssignmentMatrix.module.css';

const ROW_HEIGHT = 52;
const TASK_COL = 340;
const UNIT_COL = 92;
const GROUP_COL = 128;

interface Props {
  tasks: BoardTask[];
  units: BoardUnit[];
  groups: readonly BoardGroup[];
  folded: string[];
  onFold(folded: string[]): void;
}

function Cell({ task, column }: { task: BoardTask; column: MatrixColumn }) {
  const tc = useT(common);
  const t = useT(messages);
  const cell = matrixCell(task, column);
  if (!cell) return <div role="cell" className={styles.cell} />;
  const lead = cell.role === AssignmentRole.LEAD;
  return (
    <div
      role="cell"
      className={`${styles.cell} ${lead ? styles.lead : styles.collab} ${cell.progress >= 100 ? styles.done : ''}`}
      data-role={cell.role}
    >
      <span className={styles.roleLabel}>{tc(`role.${cell.role}`)}</span>
      <span className={styles.pct}>
        {cell.progress}%
        {cell.count !== undefined && (
          <span className={styles.groupCount}> · {t('matrix.groupCell', { done: cell.done!, count: cell.count })}</span>
        )}
      </span>
      <span className={styles.miniBar} aria-hidden="true">
        <span style={{ width: `${cell.progress}%` }} />
      </span>
    </div>
  );
}

export function AssignmentMatrix({ tasks, units, groups, folded, onFold }: Props) {
  const t = useT(messages);
  const tc = useT(common);
  const { changed, taskHref } = useBoard();
  const columns = useMemo(() => matrixColumns(units, groups, folded), [units, groups, folded]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => tasks[i]!.id,
  });
  const widths = columns.map((c) => (c.kind === 'group' ? GROUP_COL : UNIT_COL));
  const template = `${TASK_COL}px ${widths.map((w) => `${w}px`).join(' ')}`;
  const width = TASK_COL + widths.reduce((a, b) => a + b, 0);

  // Groups with two or more units on this plan can fold into one column.
  const unitIds = new Set(units.map((u) => u.id));
  const foldable = groups.filter((g) => g.members.filter((m) => unitIds.has(m.id)).length > 1);
  const toggle = (code: string) => onFold(folded.includes(code) ? folded.filter((c) => c !== code) : [...folded, code]);

  return (
    <div className={styles.wrap} data-testid="assignment-matrix">
      <div className={styles.toolbar}>
        <span className={styles.legend}>{t('matrix.legend')}</span>
        <div className={styles.folds}>
          {foldable.map((g) => {
            const isFolded = folded.includes(g.code);
            const n = g.members.filter((m) => unitIds.has(m.id)).length;
            return (
              <button
                key={g.id}
                type="button"
                className="button small"
                aria-pressed={isFolded}
                onClick={() => toggle(g.code)}
                data-testid={`fold-${g.code}`}
              >
                {isFolded ? '+ ' + t('matrix.unfold', { name: g.name, n }) : '− ' + t('matrix.fold', { name: g.name })}
              </button>
            );
          })}
        </div>
      </div>
      <div
        className={styles.scroller}
        ref={scroller}
        role="table"
        aria-label={t('view.matrix')}
        aria-rowcount={tasks.length + 1}
        tabIndex={0}
      >
        <div className={styles.headRow} role="row" style={{ gridTemplateColumns: template, width }}>
          <div role="columnheader" className={`${styles.headCell} ${styles.taskHead}`}>
            {t('matrix.task')}
          </div>
          {columns.map((c) =>
            c.kind === 'unit' ? (
              <div
                role="columnheader"
                key={c.key}
                className={styles.headCell}
                title={c.unit.name}
                data-unit={c.unit.shortName}
              >
                {c.unit.shortName}
              </div>
            ) : (
              <div
                role="columnheader"
                key={c.key}
                className={`${styles.headCell} ${styles.groupHead}`}
                title={c.units.map((u) => u.name).join(', ')}
              >
                <button
                  type="button"
                  onClick={() => toggle(c.group.code)}
                  aria-label={t('matrix.unfold', { name: c.group.name, n: c.units.length })}
                >
                  {c.group.name} <span className={styles.groupN}>({c.units.length})</span>
                </button>
              </div>
            ),
          )}
        </div>
        <div className={styles.body} style={{ height: virtualizer.getTotalSize(), width }}>
          {virtualizer.getVirtualItems().map((item) => {
            const task = tasks[item.index]!;
            const depth = depthOf(task);
            const isSection = task.assignments.length === 0;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`${styles.row} ${isSection ? styles.section : ''} ${changed.has(task.id) ? styles.changed : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                data-testid="matrix-row"
                data-task-code={task.code}
              >
                <div role="rowheader" className={styles.taskCell} style={{ paddingLeft: 10 + depth * 14 }}>
                  <Link to={taskHref(task.id)} className={styles.taskLink}>
                    <span className={styles.code}>{task.code}</span>
                    <span className={styles.title}>{task.title}</span>
                  </Link>
                  {task.overdue && <span className="chip overdue">{tc('overdue')}</span>}
                </div>
                {columns.map((c) =>
                  isSection ? (
                    <div role="cell" key={c.key} className={styles.cell} />
                  ) : (
                    <Cell key={c.key} task={task} column={c} />
                  ),
                )}
              </div>
            );
          })}
        </div>
        {tasks.length === 0 && <p className="empty">{t('noMatch')}</p>}
      </div>
    </div>
  );
}
