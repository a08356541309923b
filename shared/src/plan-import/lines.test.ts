import { describe, expect, it } from 'vitest';
import { mask, splitLines, unwrap } from './lines.js';
import { markerOf } from './numbering.js';

const read = (text: string) => splitLines(text, mask(text));

describe('lines and layout (pass 2)', () => {
  it('splits a line printed in two columns into one line per column, offsets kept', () => {
    const text =
      '      ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    Số: 7/KH-UBND          Quảng Ngãi, ngày 20 tháng 3 năm 2026';
    const lines = read(text);
    expect(lines.map((l) => l.text)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 7/KH-UBND',
      'Quảng Ngãi, ngày 20 tháng 3 năm 2026',
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(lines[1]!.split).toBe(true);
  });

  it('does not take blanked Markdown for a column gap', () => {
    expect(read('**Điều 1.** Ban hành kèm theo').map((l) => l.text)).toEqual(['Điều 1.   Ban hành kèm theo']);
  });

  it('reads a table printed as text columns, cells going on over the next lines', () => {
    const text = [
      'STT   Nội dung                 Cơ quan chủ trì          Cơ quan phối hợp     Thời gian',
      '1     Hỗ trợ vay vốn           Sở Nông nghiệp và Phát   Hội Nông dân tỉnh    Năm 2025',
      '                               triển nông thôn',
      '2     Đào tạo nghề             Sở Nội vụ                Tỉnh đoàn            Hằng quý',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n');
    const lines = read(text);
    expect(lines).toHaveLength(4);
    expect(lines[1]!.cells!.map((c) => c.text)).toEqual([
      '1',
      'Hỗ trợ vay vốn',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Hội Nông dân tỉnh',
      'Năm 2025',
    ]);
    const part = lines[1]!.cells![2]!.parts[1]!;
    expect(text.slice(part.start, part.start + part.text.length)).toBe('triển nông thôn');
    expect(lines[3]!.text).toBe('III. TỔ CHỨC THỰC HIỆN');
  });

  it('joins hard-wrapped lines, not a heading and its text, nor numbered lines', () => {
    const text = [
      '1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện',
      'và Phòng Tư pháp:',
      'a) Tham mưu kiện toàn Ban Chỉ đạo.',
      '2. Tuyên truyền',
      'Phòng Y tế tuyên truyền.',
    ].join('\n');
    const masked = mask(text);
    const out = unwrap(splitLines(text, masked), masked, (t) => markerOf(t) !== null);
    expect(out.map((l) => l.text)).toEqual([
      '1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện và Phòng Tư pháp:',
      'a) Tham mưu kiện toàn Ban Chỉ đạo.',
      '2. Tuyên truyền',
      'Phòng Y tế tuyên truyền.',
    ]);
  });
});
