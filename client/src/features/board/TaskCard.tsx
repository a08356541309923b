import { AssignmentRole, TaskStatus } from '@tiendo/shared';
import { memo } from 'react';
import { Link } from 'react-router';
import { common } from '../../i18n/common.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { Icon } from '../../ui/Icon.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { useBoard } from './BoardContext.js';
import { messages } from './messages.js';
import type { BoardTask } from './model.js';
import { Deadline, UnitChips } from './TaskBits.js';
import styles from './TaskCard.module.css';

export const TaskCard = memo(function TaskCard({ task }: { task: BoardTask }) {
  const t = useT(messages);
  const tc = useT(common);
  const { changed, taskHref } = useBoard();
  const justChanged = changed.has(task.id);
  const collaborators = task.assignments.filter((a) => a.role === AssignmentRole.COLLABORATOR);
  const late = task.overdue && task.status !== TaskStatus.DONE;
  return (
    <Link
      to={taskHref(task.id)}
      className={`${styles.card} ${late ? styles.overdue : ''} ${justChanged ? styles.changed : ''}`}
      data-testid="task-card"
      data-task-code={task.code}
      data-changed={justChanged || undefined}
      aria-label={t('openTask', { code: task.code })}
      aria-describedby={`card-title-${task.id}`}
      // A card highlighted again restarts its animation.
      key={changed.get(task.id) ?? 0}
    >
      <div className={styles.top}>
        <span className={styles.code}>{task.code}</span>
        {late && <span className="chip overdue">{tc('overdue')}</span>}
        {justChanged && <span className={styles.newBadge}>{t('justChanged')}</span>}
      </div>
      <div className={styles.title} id={`card-title-${task.id}`}>
        {task.title}
      </div>
      <div className={styles.units}>
        <UnitChips assignments={task.assignments} role={AssignmentRole.LEAD} max={3} />
        {collaborators.length > 0 && <span className={styles.sep} aria-hidden="true" />}
        <UnitChips assignments={collaborators} role={AssignmentRole.COLLABORATOR} max={3} />
      </div>
      <div className={styles.progressRow}>
        <ProgressBar value={task.progress} late={late} label={`${task.code}: ${task.progress}%`} />
        <strong data-testid="card-progress">{task.progress}%</strong>
      </div>
      <div className={styles.meta}>
        <span className={late ? styles.lateText : undefined}>
          <span className="visually-hidden">{t('deadline')}: </span>
          <Icon name="clock" /> <Deadline task={task} />
        </span>
        <span title={t('lastReport')}>
          {task.lastReportAt ? (
            <>
              <Icon name="report" /> {formatDateTime(task.lastReportAt)}
            </>
          ) : (
            t('noReport')
          )}
        </span>
      </div>
    </Link>
  );
});
