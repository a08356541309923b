import { useT } from '../../i18n/i18n.js';
import type { Viewer } from './live.js';
import { messages } from './messages.js';
import styles from './BoardPage.module.css';

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return (
    words.length > 1 ? words[0]![0]! + words[words.length - 1]![0]! : (words[0] ?? '?').slice(0, 2)
  ).toUpperCase();
}

/** "Đang xem": who has this board open now, one badge per person. */
export function Viewers({ viewers, max = 6 }: { viewers: Viewer[]; max?: number }) {
  const t = useT(messages);
  // One person with two tabs open is one viewer.
  const unique = [...new Map(viewers.map((v) => [v.user.id, v])).values()];
  const label = unique.map((v) => `${v.user.name}${v.organization ? ` (${v.organization.shortName})` : ''}`).join(', ');
  return (
    <div className={styles.viewers} data-testid="viewers" title={label} aria-label={`${t('watching')}: ${label}`}>
      <span className={styles.viewersLabel}>{t('watchingCount', { n: unique.length })}</span>
      <ul aria-hidden="true">
        {unique.slice(0, max).map((v) => (
          <li key={v.user.id} className={styles.avatar} data-viewer={v.organization?.shortName ?? v.user.name}>
            {initials(v.organization?.shortName ?? v.user.name)}
          </li>
        ))}
        {unique.length > max && <li className={styles.avatar}>+{unique.length - max}</li>}
      </ul>
    </div>
  );
}
