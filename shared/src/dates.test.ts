import { describe, expect, it } from 'vitest';
import { formatIsoDateVi, isIsoDate, parseViDate, quarterEnd, todayInVietnam } from './dates.js';

describe('dates', () => {
  it('writes dates dd/MM/yyyy', () => {
    expect(formatIsoDateVi('2020-06-30')).toBe('30/06/2020');
  });
  it('parses Vietnamese dates', () => {
    expect(parseViDate('30/6/2020')).toBe('2020-06-30');
    expect(parseViDate('31/6/2020')).toBeNull();
  });
  it('knows the end of each quarter', () => {
    expect(quarterEnd(2020, 2)).toBe('2020-06-30');
    expect(quarterEnd(2020, 1)).toBe('2020-03-31');
    expect(quarterEnd(2021, 4)).toBe('2021-12-31');
  });
  it('computes today in Vietnam, not in UTC', () => {
    // 18:30 UTC on 30/06/2020 is already 01/07/2020 in Vietnam (UTC+7).
    expect(todayInVietnam(new Date('2020-06-30T18:30:00Z'))).toBe('2020-07-01');
    expect(todayInVietnam(new Date('2020-06-30T16:59:00Z'))).toBe('2020-06-30');
  });
  it('rejects impossible dates', () => {
    expect(isIsoDate('2020-02-30')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
  });
});
