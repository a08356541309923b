import { describe, expect, it } from 'vitest';
import { myTuFull, quangNgai } from './fixtures/corpus/catalogues.js';
import { abbreviationOf, groupMentionAt, tokenize, unitsOnRecord, unknownUnitAt, UnitMatcher } from './units.js';

const qn = new UnitMatcher(quangNgai);
const mt = new UnitMatcher(myTuFull);
const match = (m: UnitMatcher, text: string) => {
  const r = m.matchAt(tokenize(text), 0);
  return r ? (r.ref.unitKey ?? `@${r.ref.groupCode}`) : null;
};
const unknown = (text: string) => unknownUnitAt(tokenize(text), 0);

describe('units (pass 5): names on record', () => {
  it('abbreviates names as plans do', () => {
    expect(abbreviationOf('Văn hóa - Thông tin')).toBe('VH-TT');
    expect(abbreviationOf('Nông nghiệp và Phát triển nông thôn')).toBe('NN&PTNT');
    expect(abbreviationOf('Lao động - Thương binh và Xã hội')).toBe('LĐ-TB&XH');
    expect(abbreviationOf('Giáo dục và Đào tạo')).toBe('GD&ĐT');
  });

  it('resolves the common abbreviations to the units on record, not to new units', () => {
    for (const [text, key] of [
      ['Phòng VH-TT phối hợp', 'vhtt'],
      ['Phòng TC-KH tham mưu', 'tckh'],
      ['Phòng KT-HT chủ trì', 'ktht'],
      ['Phòng NN&PTNT hỗ trợ', 'nnptnt'],
      ['Phòng LĐ-TB&XH phối hợp', 'ldtbxh'],
      ['Phòng GD&ĐT chỉ đạo', 'gddt'],
      ['Ủy ban MTTQ Việt Nam huyện', 'mttq'],
    ] as const)
      expect(match(mt, text), text).toBe(key);
  });

  it('reads names with commas and "và" inside them whole', () => {
    expect(match(qn, 'Sở Văn hóa, Thể thao và Du lịch chủ trì')).toBe('sovhttdl');
    expect(match(qn, 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi phối hợp')).toBe('bqlkkt');
  });

  it('does not take a unit of another level for one on record', () => {
    // The district's offices are not the province's departments.
    expect(match(mt, 'các sở, ban, ngành tỉnh')).toBeNull();
    // "Ủy ban nhân dân tỉnh Quảng Ngãi" is not the catalogue's other province.
    expect(match(mt, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI')).toBeNull();
    expect(match(qn, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI')).toBe('ubnd');
    expect(match(qn, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi')).toBe('mttq');
  });

  it('has one seam for the catalogue at the plan’s date', () => {
    expect(unitsOnRecord(quangNgai, '2025-09-15').units.size).toBe(quangNgai.units.length);
  });
});

describe('units (pass 5): names not on record', () => {
  it('reads a unit with the naming grammar, up to the verb', () => {
    expect(unknown('Hội Cựu chiến binh tỉnh phối hợp')?.name).toBe('Hội Cựu chiến binh tỉnh');
    expect(unknown('Cục Quản lý đê điều và Phòng, chống thiên tai chủ trì')?.name).toBe(
      'Cục Quản lý đê điều và Phòng, chống thiên tai',
    );
    expect(unknown('Trạm Y tế xã Phú Tâm chủ trì')?.name).toBe('Trạm Y tế xã Phú Tâm');
    expect(unknown('Trường Tiểu học Phú Tâm A phối hợp')?.name).toBe('Trường Tiểu học Phú Tâm A');
    expect(unknown('Ban nhân dân ấp Phú Hữu phối hợp')?.name).toBe('Ban nhân dân ấp Phú Hữu');
    expect(unknown('Trạm Trồng trọt và Bảo vệ thực vật huyện phối hợp')?.name).toBe(
      'Trạm Trồng trọt và Bảo vệ thực vật huyện',
    );
    expect(unknown('Phòng GD&ĐT chỉ đạo')?.name).toBe('Phòng GD&ĐT');
    expect(unknown('Sở Nội vụ, Sở Tài chính')?.name).toBe('Sở Nội vụ');
    expect(unknown('Công an huyện phối hợp')?.name).toBe('Công an huyện');
  });

  it('flags a set of units not on record', () => {
    const u = unknown('Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường, đặc khu xây dựng');
    expect(u).toMatchObject({ name: 'Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường, đặc khu', flagged: true });
    expect(groupMentionAt(tokenize('các sở, ban, ngành tỉnh tổ chức thăm'), 0)).toMatchObject({
      name: 'Các sở, ban, ngành tỉnh',
      flagged: true,
    });
  });

  it('does not read a person’s title as a unit ("Trưởng" is not "Trường")', () => {
    expect(unknown('Trưởng các ấp thống kê')).toBeNull();
  });
});
