import { formatDateTimeVi } from '@tiendo/shared';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format.js';

describe('formatDateTime', () => {
  it('writes what shared formatDateTimeVi writes, in Vietnam time', () => {
    for (const instant of [
      '2020-06-30T16:59:59.000Z',
      '2020-06-30T17:00:00.000Z',
      '2026-11-25T07:05:00Z',
      '2026-12-31T23:30:00+07:00',
      '1999-01-01T00:00:00Z',
    ])
      expect(formatDateTime(instant)).toBe(formatDateTimeVi(instant));
    expect(formatDateTime('2020-06-30T17:00:00.000Z')).toBe('01/07/2020 00:00');
    expect(formatDateTime(null)).toBe('');
  });
});
