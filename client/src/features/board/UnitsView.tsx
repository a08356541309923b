// View 3: each unit with how many of its tasks are on time, late and done; a row unfolds to list them.
import { AssignmentRole, TaskStatus } from '@tiendo/shared';
import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { common } from '../../i18n/common.js';
import { useT } from '../../i18n/i18n.js';
import { ProgressBar } from '../../ui/ProgressBar.js';
import { useBoard } from './BoardContext.js';
import { messages } from './messages.js';
import { unitSummaries, type BoardTask, type BoardUnit } from './model.js';
import { Deadline } from './TaskBits.js';
import styles from './UnitsView.module.css';

/** Enough rows for any real unit; a unit of a synthetic 2,000-task plan shows its first ones. */
const MAX_LISTED = 200;

export function UnitsView({ tasks, units }: { tasks: BoardTask[]; units: BoardUnit[] }) {
  const t = useT(messages);
  const tc = useT(common);
  const { taskHref, changed } = useBoard();
  const summaries = useMemo(() => unitSummaries(tasks, units), [tasks, units]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (summaries.length === 0) return <p className="empty">{t('noMatch')}</p>;
  return (
    <div className={styles.wrap} data-testid="units-view">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.unitCol}>
              {t('units.unit')}
            </th>
            <th scope="col">{t('units.tasks')}</th>
            <th scope="col">{t('units.lead')}</th>
            <th scope="col">{t('units.collaborator')}</th>
            <th scope="col" className={styles.onTimeHead}>
              {t('units.onTime')}
            </th>
            <th scope="col" className={styles.lateHead}>
              {t('units.late')}
            </th>
            <th scope="col" className={styles.doneHead}>
              {t('units.done')}
            </th>
            <th scope="col" className={styles.progressCol}>
              {t('units.progress')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((s) => {
            const isOpen = open.has(s.unit.id);
            const hasChange = s.tasks.some((x) => changed.has(x.id));
            return (
              <Fragment key={s.unit.id}>
                <tr className={`${styles.unitRow} ${hasChange ? styles.changed : ''}`} data-testid="unit-row">
                  <th scope="row" className={styles.unitCol}>
                    <button
                      type="button"
                      className={styles.expand}
                      aria-expanded={isOpen}
                      aria-label={t('units.show', { name: s.unit.name })}
                      onClick={() => toggle(s.unit.id)}
                    >
                      <span aria-hidden="true" className={styles.caret}>
                        {isOpen ? '▾' : '▸'}
                      </span>
                      <span className={styles.unitName}>{s.unit.name}</span>
                      <span className={styles.short}>{s.unit.shortName}</span>
                    </button>
                  </th>
                  <td className={styles.num}>{s.tasks.length}</td>
                  <td className={styles.num}>{s.lead}</td>
                  <td className={styles.num}>{s.collaborator}</td>
                  <td className={`${styles.num} ${styles.onTime}`}>{s.onTime}</td>
                  <td className={`${styles.num} ${s.late ? styles.late : ''}`}>{s.late}</td>
                  <td className={`${styles.num} ${styles.doneCell}`}>{s.done}</td>
                  <td className={styles.progressCol}>
                    <div className={styles.progress}>
                      <ProgressBar value={s.progress} late={s.late > 0} label={`${s.unit.shortName}: ${s.progress}%`} />
                      <span>{s.progress}%</span>
                    </div>
                  </td>
                </tr>
                {isOpen && (
                  <tr className={styles.detailRow}>
                    <td colSpan={8}>
                      <ul className={styles.taskList}>
                        {s.tasks.slice(0, MAX_LISTED).map((task) => {
                          const a = task.assignments.find((x) => x.organization.id === s.unit.id)!;
                          return (
                            <li key={task.id}>
                              <Link to={taskHref(task.id)} className={styles.taskLink}>
                                <span className={styles.code}>{task.code}</span>
                                <span className={styles.taskTitle}>{task.title}</span>
                              </Link>
                              <span className={`chip ${a.role === AssignmentRole.LEAD ? 'lead' : ''}`}>
                                {tc(`role.${a.role}`)}
                              </span>
                              <span className={styles.deadline}>
                                <Deadline task={task} />
                              </span>
                              {task.overdue && task.status !== TaskStatus.DONE && (
                                <span className="chip overdue">{tc('overdue')}</span>
                              )}
                              <span className={styles.unitPct}>{a.progress}%</span>
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
