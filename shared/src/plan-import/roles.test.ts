import { describe, expect, it } from 'vitest';
import { myTuFull } from './fixtures/corpus/catalogues.js';
import { parsePlanText } from './parse.js';

const plan = (section: string) =>
  parsePlanText(
    `ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ\nSố: 1/KH-UBND\nMỹ Tú, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nThử\n\nII. NHIỆM VỤ\n1. Phòng Y tế chủ trì tiêm chủng.\n\nIII. TỔ CHỨC THỰC HIỆN\n${section}`,
    { catalogue: myTuFull },
  );

describe('roles of the last section (pass 6)', () => {
  it('takes the unit that "là cơ quan thường trực" / "đơn vị đầu mối", not the first one named', () => {
    const d = plan(
      '1. Giao Văn phòng HĐND và UBND huyện phối hợp Phòng Nội vụ theo dõi; Phòng Nội vụ là cơ quan thường trực, tổng hợp.',
    );
    expect(d.standingOffice?.unitKey).toBe('noivu');
    expect(plan('1. Phòng Y tế là đơn vị đầu mối, tổng hợp.').standingOffice?.unitKey).toBe('yte');
  });

  it('reads the monitors the Front leads, its members with it', () => {
    const d = plan('1. Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Nông dân huyện, Hội Cựu chiến binh huyện giám sát.');
    expect(d.monitors.map((m) => m.unitKey)).toEqual(['mttq', 'nongdan', 'ccb']);
  });

  it('reads where difficulties go ("báo cáo qua", "phản ánh về")', () => {
    const d = plan(
      '1. Phòng Y tế tổng hợp.\nTrong quá trình thực hiện, nếu có vướng mắc, khó khăn, các đơn vị báo cáo qua Phòng Nội vụ để tổng hợp.',
    );
    expect(d.difficultyOffice?.unitKey).toBe('noivu');
  });
});
