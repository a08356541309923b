// Dates as the product shows them: dd/MM/yyyy in Vietnam's time, whatever the language.
import { formatDateTimeVi, formatIsoDateVi } from '@tiendo/shared';

export const formatDate = (iso: string | null | undefined): string => (iso ? formatIsoDateVi(iso) : '');
export const formatDateTime = (instant: string | null | undefined): string =>
  instant ? formatDateTimeVi(instant) : '';

/** "3 phút trước" / "3 min ago", for the activity feed and last report times. */
export function formatRelative(instant: string, locale: 'vi' | 'en', now: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - new Date(instant).getTime()) / 1000));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  if (seconds < 60) return rtf.format(-seconds, 'second');
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  if (seconds < 30 * 86400) return rtf.format(-Math.round(seconds / 86400), 'day');
  return formatDateTimeVi(instant);
}
