// Dates are shown dd/MM/yyyy and computed in Vietnam's time zone, whatever the machine's zone.
import { format, parse, isValid } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { vi } from 'date-fns/locale/vi';

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar date written ISO style, 'yyyy-MM-dd'. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const d = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

/** Today's calendar date in Vietnam. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return format(new TZDate(now.getTime(), VIETNAM_TIME_ZONE), 'yyyy-MM-dd');
}

/** '2020-06-30' → '30/06/2020'. */
export function formatIsoDateVi(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** '30/6/2020' or '30/06/2020' → '2020-06-30'; null when it is not a real date. */
export function parseViDate(text: string): IsoDate | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** An instant shown in Vietnam's time: '25/11/2026 14:05'. */
export function formatDateTimeVi(instant: Date | string | number): string {
  const t = new Date(instant).getTime();
  return format(new TZDate(t, VIETNAM_TIME_ZONE), 'dd/MM/yyyy HH:mm', { locale: vi });
}

/** The last day of a quarter: quarterEnd(2020, 2) → '2020-06-30'. */
export function quarterEnd(year: number, quarter: 1 | 2 | 3 | 4): IsoDate {
  const endMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return `${year}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** A dated task is overdue once its deadline day has passed in Vietnam and it is not done. */
export function isPastDeadline(deadline: IsoDate, now: Date = new Date()): boolean {
  return todayInVietnam(now) > deadline;
}
