import { describe, expect, it } from 'vitest';
import { AssignmentRole } from '../enums.js';
import { AssigneeReader } from './assign.js';
import { myTuFull, quangNgai } from './fixtures/corpus/catalogues.js';
import { UnitMatcher } from './units.js';

const who = (catalogue: typeof quangNgai, text: string) =>
  new AssigneeReader(new UnitMatcher(catalogue))
    .scanAssignees(text, 0)
    .assignees.map(
      (a) =>
        `${a.role === AssignmentRole.LEAD ? 'L' : 'C'}:${a.unitKey ?? (a.groupCode ? `@${a.groupCode}` : `+${a.newUnitName}`)}`,
    );

describe('who does a task (pass 4)', () => {
  it('reads "phối hợp" without "với" and every comma-joined collaborator', () => {
    expect(who(myTuFull, 'Phòng KT-HT chủ trì, phối hợp Công an huyện, Phòng Tài chính - Kế hoạch kiểm tra')).toEqual([
      'L:ktht',
      'C:congan',
      'C:tckh',
    ]);
  });

  it('makes the Front lead and the organisations named with it help', () => {
    expect(who(quangNgai, 'Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh giám sát')).toEqual(
      ['L:mttq', 'C:@FRONT_AND_MASS_ORGANIZATIONS'],
    );
    expect(
      who(quangNgai, 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn vận động'),
    ).toEqual(['L:mttq', 'C:phunu', 'C:tinhdoan']);
  });

  it('reads helpers named in a later clause', () => {
    expect(
      who(quangNgai, 'Ủy ban MTTQ Việt Nam tỉnh chủ trì vận động; Hội Nông dân tỉnh, Tỉnh đoàn tham gia xây nhà'),
    ).toEqual(['L:mttq', 'C:nongdan', 'C:tinhdoan']);
  });

  it('proposes units not on record instead of dropping them, and leads together', () => {
    expect(who(quangNgai, 'Sở Tài chính, Sở Kế hoạch và Đầu tư bố trí kinh phí')).toEqual([
      'L:sotc',
      'L:+Sở Kế hoạch và Đầu tư',
    ]);
  });
});
