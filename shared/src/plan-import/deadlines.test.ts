import { describe, expect, it } from 'vitest';
import { DeadlineKind, RecurrencePeriod } from '../enums.js';
import { findDeadline } from './deadlines.js';

const read = (text: string, labelled = false) => {
  const d = findDeadline(text, 0, [], labelled);
  return d && (d.kind === DeadlineKind.DATE ? d.date : d.kind === DeadlineKind.RECURRING ? d.recurrence : d.text);
};

describe('deadlines', () => {
  it('reads the year after "Thời gian:" and bare dates, years and spans of years in a deadline cell', () => {
    expect(read('tổ chức phong trào. Thời gian: năm 2026.')).toBe('2026-12-31');
    expect(read('Thời gian hoàn thành: năm 2024')).toBe('2024-12-31');
    expect(read('30/6/2026', true)).toBe('2026-06-30');
    expect(read('2026', true)).toBe('2026-12-31');
    expect(read('2026 - 2030', true)).toBe('Giai đoạn 2026 - 2030');
    expect(read('thời gian: năm học 2024 - 2025.')).toBe('Giai đoạn 2024 - 2025');
  });

  it('reads recurrences: weekly, monthly in its several wordings, quarterly, yearly', () => {
    expect(read('báo cáo hằng tuần')).toBe('Hằng tuần');
    expect(read('sinh hoạt định kỳ mỗi tháng 01 lần')).toBe(RecurrencePeriod.MONTHLY);
    expect(read('vệ sinh vào Chủ nhật cuối mỗi tháng')).toBe(RecurrencePeriod.MONTHLY);
    expect(read('báo cáo định kỳ hằng quý')).toBe(RecurrencePeriod.QUARTERLY);
    expect(read('tập huấn vào tháng 12 hằng năm')).toBe(RecurrencePeriod.YEARLY);
  });

  it('prefers a date to a recurrence in the same text', () => {
    expect(read('báo cáo hằng quý, hoàn thành trước ngày 31/12/2025')).toBe('2025-12-31');
  });
});
