import { TaskStatus } from '@tiendo/shared';
import { useEffect, useState } from 'react';
import { common } from '../../i18n/common.js';
import { useT } from '../../i18n/i18n.js';
import { hasActiveFilters, type BoardFilters } from './filters.js';
import { messages } from './messages.js';
import { STATUS_ORDER, type BoardUnit } from './model.js';
import styles from './BoardPage.module.css';

interface Props {
  filters: BoardFilters;
  units: BoardUnit[];
  shown: number;
  total: number;
  onChange(change: Partial<BoardFilters>, options?: { replace?: boolean }): void;
}

export function FilterBar({ filters, units, shown, total, onChange }: Props) {
  const t = useT(messages);
  const tc = useT(common);
  // Typing updates the URL as it goes (replacing, so Back does not step through every letter).
  const [q, setQ] = useState(filters.q);
  // The URL changed from elsewhere (Back, "clear filters"): show its text.
  const [urlQ, setUrlQ] = useState(filters.q);
  if (urlQ !== filters.q) {
    setUrlQ(filters.q);
    setQ(filters.q);
  }
  useEffect(() => {
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ q }, { replace: true }), 200);
    return () => clearTimeout(timer);
  }, [q, filters.q, onChange]);

  return (
    <form className={styles.filters} role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      <label className={styles.search}>
        <span className="visually-hidden">{t('filter.search')}</span>
        <input
          type="search"
          value={q}
          placeholder={t('filter.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          data-testid="filter-q"
        />
      </label>
      <label>
        <span className="visually-hidden">{t('filter.unit')}</span>
        <select
          value={filters.unit ?? ''}
          onChange={(e) => onChange({ unit: e.target.value || null })}
          data-testid="filter-unit"
        >
          <option value="">{t('filter.allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('filter.status')}</span>
        <select
          value={filters.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || null) as TaskStatus | null })}
          data-testid="filter-status"
        >
          <option value="">{t('filter.allStatuses')}</option>
          {STATUS_ORDER.map((s) => (
            <option key={s} value={s}>
              {tc(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={filters.overdue}
          onChange={(e) => onChange({ overdue: e.target.checked })}
          data-testid="filter-overdue"
        />
        {t('filter.overdue')}
      </label>
      <span className={styles.count} aria-live="polite">
        {t('shown', { shown, total })}
      </span>
      {hasActiveFilters(filters) && (
        <button
          type="button"
          className="button small ghost"
          onClick={() => onChange({ unit: null, status: null, overdue: false, q: '' })}
        >
          {t('filter.clear')}
        </button>
      )}
    </form>
  );
}
