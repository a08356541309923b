// The consolidated report as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP):
// issuing body and national motto, number and place/date line, title, body, Nơi nhận, signature.
import type { IsoDate } from '@tiendo/shared';

export enum SectionKey {
  GENERAL = 'GENERAL',
  RESULTS = 'RESULTS',
  LATE = 'LATE',
  DIFFICULTIES = 'DIFFICULTIES',
  FRONT = 'FRONT',
  NEXT_STEPS = 'NEXT_STEPS',
}

export const SECTION_HEADINGS: Record<SectionKey, string> = {
  [SectionKey.GENERAL]: 'I. TÌNH HÌNH CHUNG',
  [SectionKey.RESULTS]: 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
  [SectionKey.LATE]: 'III. NHIỆM VỤ CHẬM TIẾN ĐỘ, CHƯA TRIỂN KHAI',
  [SectionKey.DIFFICULTIES]: 'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ',
  [SectionKey.FRONT]: 'V. KẾT QUẢ GIÁM SÁT CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ',
  [SectionKey.NEXT_STEPS]: 'VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
};

export const SECTION_ORDER = Object.keys(SECTION_HEADINGS) as SectionKey[];

/** One part of the body. Its text is lines: a line starting with "- " is a bullet, "+ " a sub-bullet. */
export interface ReportSection {
  key: SectionKey;
  heading: string;
  body: string;
}

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface ReportDocument {
  /** The body above the issuer: "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH". */
  parentBody: string | null;
  /** "PHÒNG KINH TẾ - HẠ TẦNG". */
  issuingBody: string;
  /** "01/BC-KTHT" once issued; null in a draft, which shows "Số:     /BC-KTHT". */
  number: string | null;
  /** "BC-KTHT": the document type and the issuer's abbreviation. */
  numberSuffix: string;
  place: string;
  /** The date it was issued; null in a draft. */
  date: IsoDate | null;
  title: string;
  subtitle: string;
  sections: ReportSection[];
  recipients: string[];
  /** "TRƯỞNG PHÒNG", or "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG". */
  signerTitle: string;
  signerName: string;
}

/** "Châu Thành, ngày 04 tháng 01 năm 2021": day below 10 and months 1–2 take a leading zero (NĐ 30/2020). */
export function placeAndDate(place: string, date: IsoDate | null): string {
  if (!date) return `${place}, ngày     tháng     năm`;
  const [y, m, d] = date.split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m! < 3 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

export function numberLine(doc: Pick<ReportDocument, 'number' | 'numberSuffix'>): string {
  return doc.number ? `Số: ${doc.number}` : `Số:      /${doc.numberSuffix}`;
}

export type BodyLine = { kind: 'paragraph' | 'bullet' | 'subBullet'; text: string };

/** The body's text as paragraphs and bullets; empty lines are dropped. */
export function bodyLines(body: string): BodyLine[] {
  return body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l): BodyLine => {
      if (l.startsWith('- ')) return { kind: 'bullet', text: l };
      if (l.startsWith('+ ')) return { kind: 'subBullet', text: l };
      return { kind: 'paragraph', text: l };
    });
}
