// Dates as the product shows them: dd/MM/yyyy in Vietnam's time, whatever the language.
import { formatIsoDateVi, VIETNAM_TIME_ZONE } from '@tiendo/shared';

export const formatDate = (iso: string | null | undefined): string => (iso ? formatIsoDateVi(iso) : '');

// One formatter for every card: shared's formatDateTimeVi (date-fns with a TZDate) works out the
// zone's offset through Intl again on each call, about 0.4 ms, which a board of cards adds up.
const vietnamTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The same text as formatDateTimeVi: '25/11/2026 14:05' in Vietnam's time. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of vietnamTime.formatToParts(new Date(instant))) part[p.type] = p.value;
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

// Made once per language: the feed formats 40 times on every batch of live events.
const relative: Partial<Record<'vi' | 'en', Intl.RelativeTimeFormat>> = {};

/** "3 phút trước" / "3 min ago", for the activity feed and last report times. */
export function formatRelative(instant: string, locale: 'vi' | 'en', now: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - new Date(instant).getTime()) / 1000));
  const rtf = (relative[locale] ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  if (seconds < 60) return rtf.format(-seconds, 'second');
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  if (seconds < 30 * 86400) return rtf.format(-Math.round(seconds / 86400), 'day');
  return formatDateTime(instant);
}
