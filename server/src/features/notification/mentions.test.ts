import { describe, expect, it } from 'vitest';
import { findMentions, organizationNames, userNames, type Mentionable } from './mentions.js';

const units: Mentionable[] = [
  { kind: 'organization', id: 1, names: organizationNames({ name: 'Phòng Nội vụ', shortName: 'Nội vụ' }) },
  { kind: 'organization', id: 2, names: organizationNames({ name: 'Phòng Kinh tế - Hạ tầng', shortName: 'KT-HT' }) },
  { kind: 'organization', id: 3, names: organizationNames({ name: 'Phòng Giáo dục và Đào tạo', shortName: 'GD&ĐT' }) },
  { kind: 'organization', id: 4, names: organizationNames({ name: 'Phòng', shortName: 'P' }) },
  { kind: 'user', id: 10, names: userNames({ name: 'Trần Thị Bình', email: 'noivu@chauthanh.demo' }) },
];

describe('findMentions', () => {
  it.each([
    ['@Phòng Nội vụ xem giúp', [1]],
    ['@phong noi vu xem giup', [1]],
    ['nhờ @Nội vụ, và @noi vu nữa', [1]],
    ['@Phòng Kinh tế – Hạ tầng (dash variant)', [2]],
    ['@kt-ht và @GD&ĐT', [2, 3]],
    ['(@Phòng Nội vụ)', [1]],
  ])('%s → units %j', (text, ids) => {
    expect(findMentions(text, units).organizationIds.sort()).toEqual(ids);
  });

  it('prefers the longest name and needs a word boundary', () => {
    expect(findMentions('@Phòng Nội vụ', units).organizationIds).toEqual([1]); // not "Phòng" (4)
    expect(findMentions('@Phòngx', units).organizationIds).toEqual([]);
    expect(findMentions('@Nội vụx', units).organizationIds).toEqual([]);
  });

  it('finds people by name or e-mail, and ignores addresses written in the text', () => {
    expect(findMentions('@Tran Thi Binh ơi', units).userIds).toEqual([10]);
    expect(findMentions('@noivu@chauthanh.demo', units).userIds).toEqual([10]);
    expect(findMentions('gửi noivu@chauthanh.demo', units)).toEqual({ organizationIds: [], userIds: [] });
  });
});
