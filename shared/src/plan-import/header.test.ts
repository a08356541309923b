import { describe, expect, it } from 'vitest';
import { LegalDocumentType } from '../enums.js';
import { myTuFull, phuTam, quangNgai } from './fixtures/corpus/catalogues.js';
import { readHeader, readIssuer, readTail, unitNameCase } from './header.js';
import { mask, splitLines } from './lines.js';
import { segment } from './parse.js';
import type { UnitCatalogue } from './types.js';
import { UnitMatcher } from './units.js';

const read = (text: string, catalogue: UnitCatalogue) => {
  const lines = splitLines(text, mask(text));
  const warnings: string[] = [];
  const header = readHeader(lines, warnings);
  const parts = segment(lines, header);
  return {
    header,
    issuer: readIssuer(lines, header, new UnitMatcher(catalogue)),
    tail: readTail(parts.tail, warnings),
    parts,
  };
};

const LAYOUT = `      ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     TỈNH QUẢNG NGÃI                                 Độc lập - Tự do - Hạnh phúc

    Số: 77/KH-UBND                              Quảng Ngãi, ngày 20 tháng 3 năm 2026

                                         KẾ HOẠCH
             Phòng, chống thiên tai năm 2026

     I. NHIỆM VỤ
     1. Sở Y tế bảo đảm thuốc.

 Nơi nhận:                                                     TM. ỦY BAN NHÂN DÂN
 - Bộ Y tế;                                                        KT. CHỦ TỊCH
 - Lưu: VT.                                                        PHÓ CHỦ TỊCH

                                                                  Võ Phiên Phong
`;

describe('header and tail', () => {
  it('reads a two-column header and signature as pdftotext -layout prints them', () => {
    const { header, issuer, tail } = read(LAYOUT, quangNgai);
    expect(header.number?.value).toBe('77/KH-UBND');
    expect(header.place?.value).toBe('Quảng Ngãi');
    expect(header.issuedOn?.value).toBe('2026-03-20');
    expect(header.title?.value).toBe('Kế hoạch phòng, chống thiên tai năm 2026');
    expect(issuer?.unitKey).toBe('ubnd');
    expect(tail.signerTitle?.value).toBe('TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH');
    expect(tail.signerName?.value).toBe('Võ Phiên Phong');
    expect(tail.recipients.map((r) => r.value)).toEqual(['Bộ Y tế', 'Lưu: VT']);
  });

  it('takes the issuer from the document, proposing it when the catalogue is another place’s', () => {
    const { issuer } = read(LAYOUT, myTuFull);
    expect(issuer).toMatchObject({ unitKey: null, newUnitName: 'Ủy ban nhân dân tỉnh Quảng Ngãi' });
  });

  it('reads a Party committee’s header: the issuer under its superior, a number without a colon', () => {
    const text =
      'ĐẢNG BỘ THÀNH PHỐ CẦN THƠ\nĐẢNG ỦY XÃ PHÚ TÂM\n*\nSố 05-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nPhú Tâm, ngày 15 tháng 7 năm 2025\n\nKẾ HOẠCH\nĐại hội\n\nI. NHIỆM VỤ\n1. Công an xã bảo đảm an ninh.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Hoàng Phúc\n';
    const { header, issuer, tail } = read(text, phuTam);
    expect(header.number?.value).toBe('05-KH/ĐU');
    expect(issuer?.unitKey).toBe('dangUy');
    expect(tail.signerName?.value).toBe('Nguyễn Hoàng Phúc');
  });

  it('finds a signature placed before "Nơi nhận", and a decision’s attached plan', () => {
    const text =
      'UBND TỈNH QUẢNG NGÃI\nSố: 9/QĐ-UBND\nQuảng Ngãi, ngày 3 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch X\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch X.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\nNơi nhận:\n- Lưu: VT.\n\nKẾ HOẠCH\nX\n\nI. NHIỆM VỤ\n1. Sở Y tế bảo đảm thuốc.\n';
    const { header, tail, parts } = read(text, quangNgai);
    expect(header.documentType).toBe(LegalDocumentType.DECISION);
    expect(tail.signerName?.value).toBe('Nguyễn Văn A');
    expect(tail.recipients.map((r) => r.value)).toEqual(['Lưu: VT']);
    expect(parts.attachedAt).toBeGreaterThan(0);
    expect(parts.body.map((l) => l.text)).toEqual(['I. NHIỆM VỤ', '1. Sở Y tế bảo đảm thuốc.']);
  });

  it('writes a name in capitals as names are written', () => {
    expect(unitNameCase('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI')).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
    expect(unitNameCase('Sở Y tế')).toBe('Sở Y tế');
  });
});
