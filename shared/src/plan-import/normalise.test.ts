import { describe, expect, it } from 'vitest';
import { mapSpans, normalise } from './normalise.js';

describe('normalise (pass 1)', () => {
  it('leaves normal text alone', () => {
    const n = normalise('Phòng Nội vụ\nthường xuyên');
    expect(n.changed).toBe(false);
    expect(n.text).toBe('Phòng Nội vụ\nthường xuyên');
  });

  it('composes NFD text, ends lines with \\n, reads NBSP as a space, and maps spans back', () => {
    const input = 'Sở Y tế\r\ntháng\u00a012 hằng năm\u200b.'.normalize('NFD');
    const n = normalise(input);
    expect(n.text).toBe('Sở Y tế\ntháng 12 hằng năm.');
    const at = n.text.indexOf('hằng năm');
    const span = n.toOriginal({ start: at, end: at + 'hằng năm'.length });
    expect(input.slice(span.start, span.end).normalize('NFC')).toBe('hằng năm');
    const line2 = n.toOriginal({ start: n.text.indexOf('tháng'), end: n.text.length });
    expect(input.slice(line2.start, line2.end).normalize('NFC')).toBe('tháng\u00a012 hằng năm\u200b.');
  });

  it('reads the eth some converters put for Đ', () => {
    expect(normalise('\u00d0oàn Thanh niên').text).toBe('Đoàn Thanh niên');
  });

  it('maps every span of a nested draft once, shared objects included', () => {
    const n = normalise('a\r\nb\r\nc');
    const ref = { span: { start: 2, end: 3 } };
    const mapped = mapSpans({ one: ref, list: [ref, { span: { start: 4, end: 5 } }] }, n.toOriginal);
    expect(mapped.one.span).toEqual({ start: 3, end: 4 });
    expect(mapped.list[1]!.span).toEqual({ start: 6, end: 7 });
  });
});
