// Reporting cycles (kỳ báo cáo) are calendar periods in Vietnam: Quý III/2020 runs from 01/07/2020
// to 30/09/2020 whatever the server's own time zone. Dates are ISO calendar dates ('yyyy-MM-dd').
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  getQuarter,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import { RecurrencePeriod, VIETNAM_TIME_ZONE, todayInVietnam, type IsoDate } from '@tiendo/shared';

export interface Cycle {
  /** Stable key: '2020' (year), '2020-H2' (half year), '2020-Q3' (quarter), '2020-07' (month). */
  key: string;
  period: RecurrencePeriod;
  /** As written in a report: 'Quý III/2020', '6 tháng cuối năm 2020', 'Năm 2020', 'Tháng 7/2020'. */
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** The day the cycle's reports are due: its last day. */
  dueOn: IsoDate;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_PER_CYCLE: Record<RecurrencePeriod, number> = {
  [RecurrencePeriod.MONTHLY]: 1,
  [RecurrencePeriod.QUARTERLY]: 3,
  [RecurrencePeriod.HALF_YEARLY]: 6,
  [RecurrencePeriod.YEARLY]: 12,
};

const iso = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

/** A calendar date as midnight in Vietnam, for date-fns arithmetic. */
export function vnDate(date: IsoDate): TZDate {
  const [y, m, d] = date.split('-').map(Number);
  return new TZDate(y!, m! - 1, d!, VIETNAM_TIME_ZONE);
}

/** The calendar date in Vietnam of an instant: a report posted at 23:30 UTC counts for the next day. */
export function vnDateOf(instant: Date): IsoDate {
  return todayInVietnam(instant);
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return iso(addDays(vnDate(date), days));
}

/** Days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(vnDate(to), vnDate(from));
}

/** The cycle of the given period that contains the date. */
export function cycleContaining(period: RecurrencePeriod, date: IsoDate): Cycle {
  const d = vnDate(date);
  const year = d.getFullYear();
  let start: Date;
  let end: Date;
  let key: string;
  let label: string;
  switch (period) {
    case RecurrencePeriod.MONTHLY:
      start = startOfMonth(d);
      end = endOfMonth(d);
      key = format(d, 'yyyy-MM');
      label = `Tháng ${d.getMonth() + 1}/${year}`;
      break;
    case RecurrencePeriod.QUARTERLY: {
      const q = getQuarter(d);
      start = startOfQuarter(d);
      end = endOfQuarter(d);
      key = `${year}-Q${q}`;
      label = `Quý ${ROMAN[q - 1]}/${year}`;
      break;
    }
    case RecurrencePeriod.HALF_YEARLY: {
      const first = d.getMonth() < 6;
      start = first ? startOfYear(d) : addMonths(startOfYear(d), 6);
      end = first ? endOfMonth(addMonths(startOfYear(d), 5)) : endOfYear(d);
      key = `${year}-H${first ? 1 : 2}`;
      label = `6 tháng ${first ? 'đầu' : 'cuối'} năm ${year}`;
      break;
    }
    case RecurrencePeriod.YEARLY:
      start = startOfYear(d);
      end = endOfYear(d);
      key = String(year);
      label = `Năm ${year}`;
      break;
  }
  return { key, period, label, start: iso(start), end: iso(end), dueOn: iso(end) };
}

/** The cycle a key names, or null when the key is not one of this period's. */
export function cycleByKey(period: RecurrencePeriod, key: string): Cycle | null {
  const patterns: Record<RecurrencePeriod, RegExp> = {
    [RecurrencePeriod.MONTHLY]: /^(\d{4})-(0[1-9]|1[0-2])$/,
    [RecurrencePeriod.QUARTERLY]: /^(\d{4})-Q([1-4])$/,
    [RecurrencePeriod.HALF_YEARLY]: /^(\d{4})-H([12])$/,
    [RecurrencePeriod.YEARLY]: /^(\d{4})$/,
  };
  const m = patterns[period].exec(key);
  if (!m) return null;
  const year = m[1]!;
  const n = Number(m[2] ?? 1);
  const firstMonth = period === RecurrencePeriod.MONTHLY ? n : (n - 1) * MONTHS_PER_CYCLE[period] + 1;
  return cycleContaining(period, `${year}-${String(firstMonth).padStart(2, '0')}-01`);
}

/** Every cycle from the one containing `from` to the one containing `to`, oldest first. */
export function cyclesBetween(period: RecurrencePeriod, from: IsoDate, to: IsoDate): Cycle[] {
  const cycles: Cycle[] = [];
  for (let c = cycleContaining(period, from); c.start <= to; c = cycleContaining(period, addDaysIso(c.end, 1))) {
    cycles.push(c);
  }
  return cycles;
}
