// The sample district: Châu Thành (Sóc Trăng) in 2020, its units and groups, and the documents
// plan 85/KH-UBND cites. See ../shared/domain.md ("Units of Châu Thành district").
import { LegalDocumentType, OrganizationKind, UserRole } from '@tiendo/shared';

export interface SeedOrganization {
  /** Stable key, also the demo account's mailbox: `${key}@chauthanh.demo`. */
  key: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
  parent?: string;
  /** The demo account's role; MEMBER unless said. */
  role?: UserRole;
}

const K = OrganizationKind;

export const organizations: SeedOrganization[] = [
  { key: 'ubndtinh', name: 'Ủy ban nhân dân tỉnh Sóc Trăng', shortName: 'UBND tỉnh', kind: K.PEOPLES_COMMITTEE },
  { key: 'tinhuy', name: 'Tỉnh ủy Sóc Trăng', shortName: 'Tỉnh ủy', kind: K.PARTY_COMMITTEE },
  {
    key: 'ubndhuyen',
    name: 'Ủy ban nhân dân huyện Châu Thành',
    shortName: 'UBND huyện',
    kind: K.PEOPLES_COMMITTEE,
    parent: 'ubndtinh',
    role: UserRole.LEADERSHIP,
  },
  { key: 'huyenuy', name: 'Huyện ủy Châu Thành', shortName: 'Huyện ủy', kind: K.PARTY_COMMITTEE, parent: 'tinhuy' },
  { key: 'hdnd', name: 'Hội đồng nhân dân huyện Châu Thành', shortName: 'HĐND huyện', kind: K.COUNCIL },
  // Offices of the district People's Committee (các Phòng, ban ngành huyện).
  {
    key: 'vanphong',
    name: 'Văn phòng HĐND và UBND huyện',
    shortName: 'VP HĐND-UBND',
    kind: K.OFFICE,
    parent: 'ubndhuyen',
  },
  {
    key: 'kthat',
    name: 'Phòng Kinh tế - Hạ tầng',
    shortName: 'KT-HT',
    kind: K.OFFICE,
    parent: 'ubndhuyen',
    role: UserRole.COORDINATOR,
  },
  { key: 'vhtt', name: 'Phòng Văn hóa - Thông tin', shortName: 'VH-TT', kind: K.OFFICE, parent: 'ubndhuyen' },
  { key: 'gddt', name: 'Phòng Giáo dục và Đào tạo', shortName: 'GD&ĐT', kind: K.OFFICE, parent: 'ubndhuyen' },
  { key: 'noivu', name: 'Phòng Nội vụ', shortName: 'Nội vụ', kind: K.OFFICE, parent: 'ubndhuyen' },
  { key: 'tckh', name: 'Phòng Tài chính - Kế hoạch', shortName: 'TC-KH', kind: K.OFFICE, parent: 'ubndhuyen' },
  { key: 'tuphap', name: 'Phòng Tư pháp', shortName: 'Tư pháp', kind: K.OFFICE, parent: 'ubndhuyen' },
  { key: 'tnmt', name: 'Phòng Tài nguyên và Môi trường', shortName: 'TN&MT', kind: K.OFFICE, parent: 'ubndhuyen' },
  {
    key: 'ldtbxh',
    name: 'Phòng Lao động - Thương binh và Xã hội',
    shortName: 'LĐ-TB&XH',
    kind: K.OFFICE,
    parent: 'ubndhuyen',
  },
  { key: 'yte', name: 'Phòng Y tế', shortName: 'Y tế', kind: K.OFFICE, parent: 'ubndhuyen' },
  {
    key: 'nnptnt',
    name: 'Phòng Nông nghiệp và Phát triển nông thôn',
    shortName: 'NN&PTNT',
    kind: K.OFFICE,
    parent: 'ubndhuyen',
  },
  { key: 'dantoc', name: 'Phòng Dân tộc', shortName: 'Dân tộc', kind: K.OFFICE, parent: 'ubndhuyen' },
  { key: 'thanhtra', name: 'Thanh tra huyện', shortName: 'Thanh tra', kind: K.OFFICE, parent: 'ubndhuyen' },
  // Public service units (đơn vị sự nghiệp).
  {
    key: 'dtth',
    name: 'Đài Truyền thanh huyện',
    shortName: 'Đài TT',
    kind: K.PUBLIC_SERVICE_UNIT,
    parent: 'ubndhuyen',
  },
  {
    key: 'cong',
    name: 'Cổng thông tin điện tử huyện',
    shortName: 'Cổng TTĐT',
    kind: K.PUBLIC_SERVICE_UNIT,
    parent: 'ubndhuyen',
  },
  // The Fatherland Front and its member organisations (MTTQ và các đoàn thể).
  {
    key: 'mttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    shortName: 'MTTQ huyện',
    kind: K.FRONT,
    role: UserRole.MONITOR,
  },
  {
    key: 'phunu',
    name: 'Hội Liên hiệp Phụ nữ huyện',
    shortName: 'Hội LHPN',
    kind: K.MASS_ORGANIZATION,
    parent: 'mttq',
    role: UserRole.MONITOR,
  },
  {
    key: 'nongdan',
    name: 'Hội Nông dân huyện',
    shortName: 'Hội ND',
    kind: K.MASS_ORGANIZATION,
    parent: 'mttq',
    role: UserRole.MONITOR,
  },
  {
    key: 'ccb',
    name: 'Hội Cựu chiến binh huyện',
    shortName: 'Hội CCB',
    kind: K.MASS_ORGANIZATION,
    parent: 'mttq',
    role: UserRole.MONITOR,
  },
  {
    key: 'huyendoan',
    name: 'Huyện đoàn (Đoàn Thanh niên)',
    shortName: 'Huyện đoàn',
    kind: K.MASS_ORGANIZATION,
    parent: 'mttq',
    role: UserRole.MONITOR,
  },
  {
    key: 'ldld',
    name: 'Liên đoàn Lao động huyện',
    shortName: 'LĐLĐ',
    kind: K.MASS_ORGANIZATION,
    parent: 'mttq',
    role: UserRole.MONITOR,
  },
  // Communes (các xã, thị trấn): each has its own People's Committee.
  { key: 'ttchauthanh', name: 'Thị trấn Châu Thành', shortName: 'TT Châu Thành', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'anhiep', name: 'Xã An Hiệp', shortName: 'An Hiệp', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'anninh', name: 'Xã An Ninh', shortName: 'An Ninh', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'hodackien', name: 'Xã Hồ Đắc Kiện', shortName: 'Hồ Đắc Kiện', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'phutam', name: 'Xã Phú Tâm', shortName: 'Phú Tâm', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'phutan', name: 'Xã Phú Tân', shortName: 'Phú Tân', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'thienmy', name: 'Xã Thiện Mỹ', shortName: 'Thiện Mỹ', kind: K.COMMUNE, parent: 'ubndhuyen' },
  { key: 'thuanhoa', name: 'Xã Thuận Hòa', shortName: 'Thuận Hòa', kind: K.COMMUNE, parent: 'ubndhuyen' },
];

export interface SeedGroup {
  code: string;
  name: string;
  members: string[];
}

const OFFICES = [
  'vanphong',
  'kthat',
  'vhtt',
  'gddt',
  'noivu',
  'tckh',
  'tuphap',
  'tnmt',
  'ldtbxh',
  'yte',
  'nnptnt',
  'dantoc',
  'thanhtra',
];
const COMMUNES = ['ttchauthanh', 'anhiep', 'anninh', 'hodackien', 'phutam', 'phutan', 'thienmy', 'thuanhoa'];

export const groups: SeedGroup[] = [
  { code: 'OFFICES', name: 'Các Phòng, ban ngành huyện', members: OFFICES },
  { code: 'COMMUNES', name: 'Các xã, thị trấn', members: COMMUNES },
  {
    code: 'FRONT_AND_MASS_ORGANIZATIONS',
    name: 'MTTQ và các đoàn thể huyện',
    members: ['mttq', 'phunu', 'nongdan', 'ccb', 'huyendoan', 'ldld'],
  },
  { code: 'PUBLIC_SERVICE_UNITS', name: 'Các đơn vị sự nghiệp thuộc UBND huyện', members: ['dtth', 'cong'] },
  // Named in the plan without members: who they are is decided task by task.
  { code: 'RELATED_BODIES', name: 'Các cơ quan, đơn vị có liên quan', members: [] },
];

export interface SeedDocument {
  number: string;
  type: LegalDocumentType;
  issuer: string;
  issuedOn: string | null;
  title: string;
}

const D = LegalDocumentType;

export const documents: SeedDocument[] = [
  {
    number: '27-NQ/TW',
    type: D.RESOLUTION,
    issuer: 'Ban Chấp hành Trung ương Đảng',
    issuedOn: '2008-08-06',
    title:
      'Nghị quyết Trung ương 7 khóa X (số 27-NQ/TW) về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
  },
  {
    number: '20-CTr/TU',
    type: D.ACTION_PROGRAMME,
    issuer: 'Tỉnh ủy Sóc Trăng',
    issuedOn: '2008-11-07',
    title: 'Chương trình hành động thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức',
  },
  {
    number: '42-CT/TW',
    type: D.DIRECTIVE,
    issuer: 'Bộ Chính trị',
    issuedOn: '2010-04-16',
    title:
      'Về tiếp tục đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  },
  {
    number: '23/QĐ-UBND',
    type: D.DECISION,
    issuer: 'Ủy ban nhân dân tỉnh Sóc Trăng',
    issuedOn: '2011-01-29',
    title: 'Ban hành Chương trình hành động thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị',
  },
  {
    number: '14/2014/QĐ-TTg',
    type: D.DECISION,
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2014-02-14',
    title: 'Về hoạt động tư vấn, phản biện và giám định xã hội của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  },
  {
    number: '163/QĐ-TTg',
    type: D.DECISION,
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2016-01-25',
    title: 'Phê duyệt Đề án đào tạo, bồi dưỡng cán bộ, công chức, viên chức giai đoạn 2016 - 2025',
  },
  {
    number: '52-KL/TW',
    type: D.CONCLUSION,
    issuer: 'Ban Bí thư',
    issuedOn: '2019-05-30',
    title:
      'Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
  },
  {
    number: '1659/QĐ-TTg',
    type: D.DECISION,
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2019-11-19',
    title:
      'Phê duyệt Đề án “Chương trình quốc gia về học tập ngoại ngữ cho cán bộ, công chức, viên chức giai đoạn 2019 - 2030”',
  },
  {
    number: '142/QĐ-TTg',
    type: D.DECISION,
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2020-01-21',
    title:
      'Ban hành Kế hoạch thực hiện Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức',
  },
  {
    number: '56/KH-UBND',
    type: D.PLAN,
    issuer: 'Ủy ban nhân dân tỉnh Sóc Trăng',
    issuedOn: '2020-05-15',
    title: 'Kế hoạch thực hiện Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ',
  },
];

/** The password of every demo account (the sample data is for trying the product, not for production). */
export const DEMO_PASSWORD = 'tiendo2020';
export const demoEmail = (key: string) => `${key}@chauthanh.demo`;
