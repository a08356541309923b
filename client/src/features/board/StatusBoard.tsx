// View 1: four columns by status. Each column is its own virtualised list, so a 2,000-task plan
// renders only the cards in sight.
import { TaskStatus } from '@tiendo/shared';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { common } from '../../i18n/common.js';
import { useT } from '../../i18n/i18n.js';
import { messages } from './messages.js';
import { STATUS_ORDER, type BoardTask } from './model.js';
import styles from './StatusBoard.module.css';
import { TaskCard } from './TaskCard.js';

const ACCENT: Record<TaskStatus, string> = {
  [TaskStatus.NOT_STARTED]: 'var(--status-not-started)',
  [TaskStatus.IN_PROGRESS]: 'var(--status-in-progress)',
  [TaskStatus.DONE]: 'var(--status-done)',
  [TaskStatus.BLOCKED]: 'var(--status-blocked)',
};

function Column({ status, tasks }: { status: TaskStatus; tasks: BoardTask[] }) {
  const tc = useT(common);
  const t = useT(messages);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 150,
    overscan: 6,
    gap: 8,
    getItemKey: (i) => tasks[i]!.id,
  });
  const overdue = tasks.filter((x) => x.overdue).length;
  const headingId = `col-${status}`;
  return (
    <section
      className={styles.column}
      style={{ ['--column-accent' as string]: ACCENT[status] }}
      aria-labelledby={headingId}
      data-testid={`column-${status}`}
    >
      <header className={styles.header}>
        <h2 id={headingId}>{tc(`status.${status}`)}</h2>
        <span className={styles.count} aria-label={`${tasks.length}`}>
          {tasks.length}
        </span>
        {overdue > 0 && (
          <span className="chip overdue" title={tc('overdue')}>
            {overdue} {tc('overdue').toLowerCase()}
          </span>
        )}
      </header>
      <div className={styles.scroller} ref={scroller} tabIndex={-1}>
        {tasks.length === 0 ? (
          <p className={styles.empty}>{t('emptyColumn')}</p>
        ) : (
          <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }} role="list">
            {virtualizer.getVirtualItems().map((item) => (
              <div
                key={item.key}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={styles.item}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <TaskCard task={tasks[item.index]!} />
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

export function StatusBoard({ tasks }: { tasks: BoardTask[] }) {
  const byStatus = new Map<TaskStatus, BoardTask[]>(STATUS_ORDER.map((s) => [s, []]));
  for (const task of tasks) byStatus.get(task.status)?.push(task);
  return (
    <div className={styles.board} data-testid="status-board">
      {STATUS_ORDER.map((s) => (
        <Column key={s} status={s} tasks={byStatus.get(s)!} />
      ))}
    </div>
  );
}
