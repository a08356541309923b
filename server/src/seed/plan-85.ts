// Plan 85/KH-UBND of Châu Thành district as a task graph, following ../shared/domain.md
// ("The plan as a task graph"). The full text ships beside it in server/seed/.
import { AssignmentRole, DeadlineKind, RecurrencePeriod } from '@tiendo/shared';

export interface SeedAssignee {
  /** A unit key (chau-thanh.ts) or a group code (upper case). */
  unit: string;
  role: AssignmentRole;
}

export interface SeedTask {
  code: string;
  title: string;
  description?: string;
  deadline:
    | { kind: DeadlineKind.DATE; date: string; text: string }
    | { kind: DeadlineKind.ONGOING; text?: string }
    | { kind: DeadlineKind.RECURRING; period: RecurrencePeriod; text: string };
  assignees?: SeedAssignee[];
  children?: SeedTask[];
}

const LEAD = AssignmentRole.LEAD;
const HELP = AssignmentRole.COLLABORATOR;
const ONGOING = { kind: DeadlineKind.ONGOING } as const;
const lead = (...units: string[]) => units.map((unit) => ({ unit, role: LEAD }));
const help = (...units: string[]) => units.map((unit) => ({ unit, role: HELP }));

export const plan85 = {
  number: '85/KH-UBND',
  title:
    'Kế hoạch thực hiện Quyết định số 142/QĐ-TTg ngày 21/01/2020 của Thủ tướng Chính phủ về việc ban hành Kế hoạch thực hiện Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
  issuer: 'ubndhuyen',
  issuedOn: '2020-06-12',
  place: 'Châu Thành',
  signerName: 'Trần Quốc Thắng',
  signerTitle: 'TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH',
  implements: '142/QĐ-TTg',
  /** Provincial plan 56/KH-UBND, which this district plan carries out. */
  parentPlanNumber: '56/KH-UBND',
  cites: [
    '27-NQ/TW',
    '52-KL/TW',
    '142/QĐ-TTg',
    '56/KH-UBND',
    '20-CTr/TU',
    '23/QĐ-UBND',
    '42-CT/TW',
    '14/2014/QĐ-TTg',
    '163/QĐ-TTg',
    '1659/QĐ-TTg',
  ],
  standingOffice: 'kthat',
  /** III.1 says "định kỳ" and II.1 ties the work to the yearly assessment (hằng năm): report yearly. */
  reportingPeriod: RecurrencePeriod.YEARLY,
  difficultyOffice: 'noivu',
  monitors: ['mttq', 'phunu', 'nongdan', 'ccb', 'huyendoan', 'ldld'],
  recipients: [
    'UBND tỉnh',
    'TT. Huyện ủy, TT. HĐND huyện',
    'Chủ tịch và PCT UBND huyện',
    'Các cơ quan ban ngành huyện',
    'MTTQ và các đoàn thể huyện',
    'Các đơn vị sự nghiệp thuộc UBND huyện',
    'Các xã, thị trấn',
    'Cổng thông tin điện tử huyện',
    'Lưu: VT, MH',
  ],
  tasks: [
    {
      code: 'II',
      title: 'Nhiệm vụ, giải pháp chủ yếu',
      deadline: ONGOING,
      children: [
        {
          code: 'II.1',
          title:
            'Nâng cao hiệu quả sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác xây dựng, phát triển đội ngũ trí thức',
          description: [
            'Nâng cao nhận thức và trách nhiệm của các cấp ủy Đảng và chính quyền từ huyện đến xã về vai trò, vị trí, tầm quan trọng của đội ngũ trí thức.',
            'Xác định việc xây dựng đội ngũ trí thức là nhiệm vụ quan trọng thường xuyên của cấp ủy Đảng, chính quyền từ huyện đến xã; trọng dụng và phát huy tài năng trí thức.',
            'Quán triệt và đổi mới nhận thức về vai trò của đội ngũ trí thức là nguồn nhân lực chất lượng cao; đề xuất, kiến nghị cơ chế, chính sách tuyển chọn, đào tạo, bố trí, sử dụng trí thức.',
          ].join('\n'),
          deadline: { kind: DeadlineKind.ONGOING, text: 'Thường xuyên' },
          // Party committees and authorities from district to commune: the district People's
          // Committee leads, with the district Party committee and every commune.
          assignees: [...lead('ubndhuyen'), ...help('huyenuy', 'COMMUNES')],
        },
        {
          code: 'II.2',
          title: 'Đẩy mạnh công tác thông tin, tuyên truyền',
          deadline: ONGOING,
          children: [
            {
              code: 'II.2.a',
              title:
                'Tuyên truyền, quán triệt đến cán bộ, công chức, viên chức, người lao động các văn bản về xây dựng đội ngũ trí thức',
              description:
                'Các Phòng, ban ngành và các xã, thị trấn phối hợp chặt chẽ với tổ chức Đảng và cấp ủy cùng cấp tuyên truyền, quán triệt: Nghị quyết Trung ương 7 khóa X; Kết luận số 52-KL/TW; Quyết định số 142/QĐ-TTg; Chương trình hành động số 20-CTr/TU của Tỉnh ủy Sóc Trăng; Quyết định số 23/QĐ-UBND của UBND tỉnh Sóc Trăng.',
              deadline: { kind: DeadlineKind.DATE, date: '2020-06-30', text: 'Trong quý II năm 2020' },
              assignees: lead('OFFICES', 'COMMUNES'),
            },
            {
              code: 'II.2.b',
              title: 'Tăng cường thông tin, tuyên truyền với nhiều hình thức phù hợp về vai trò của đội ngũ trí thức',
              description:
                'Báo, đài, các trang thông tin điện tử, mạng xã hội… nhằm nâng cao nhận thức của các cấp, các ngành và toàn xã hội về vai trò, vị trí, tầm quan trọng của đội ngũ trí thức.',
              deadline: ONGOING,
              assignees: [...lead('vhtt'), ...help('kthat', 'dtth')],
            },
          ],
        },
        {
          code: 'II.3',
          title:
            'Tiếp tục nghiên cứu, đề xuất hoàn thiện thể chế, cơ chế, chính sách bảo đảm trọng dụng, phát huy tốt đội ngũ trí thức',
          deadline: ONGOING,
          children: [
            {
              code: 'II.3.a',
              title: 'Rà soát quy định của pháp luật; tham mưu văn bản cụ thể hóa Quyết định số 14/2014/QĐ-TTg',
              description: [
                'Rà soát quy định của pháp luật liên quan đến ngành, lĩnh vực quản lý cần sửa đổi, bổ sung hoặc ban hành mới; tham mưu xây dựng văn bản khuyến khích, bảo đảm quyền lợi, trách nhiệm của trí thức khi tham gia tư vấn, phản biện và giám định xã hội.',
                'Tham mưu Ủy ban nhân dân huyện ban hành văn bản cụ thể hóa Quyết định số 14/2014/QĐ-TTg ngày 14/02/2014 của Thủ tướng Chính phủ và văn bản của Ủy ban nhân dân tỉnh phù hợp với điều kiện của huyện.',
              ].join('\n'),
              deadline: ONGOING,
              assignees: lead('OFFICES', 'COMMUNES'),
            },
            {
              code: 'II.3.b',
              title:
                'Cơ chế, chính sách khuyến khích doanh nghiệp đầu tư khoa học và công nghệ; khởi nghiệp, đổi mới sáng tạo',
              description: [
                'Đẩy mạnh cơ chế, chính sách khuyến khích doanh nghiệp đầu tư nghiên cứu ứng dụng và phát triển công nghệ; hỗ trợ chuyển giao công nghệ; phát triển doanh nghiệp khoa học và công nghệ.',
                'Nâng cao hiệu quả hoạt động và đổi mới công nghệ trong thúc đẩy nghiên cứu, khởi nghiệp, đổi mới sáng tạo.',
              ].join('\n'),
              deadline: ONGOING,
              assignees: [...lead('kthat'), ...help('OFFICES', 'COMMUNES')],
            },
            {
              code: 'II.3.c',
              title: 'Chương trình đào tạo, bồi dưỡng nhân tài; phát hiện, bồi dưỡng tài năng trẻ',
              description:
                'Tham mưu đề xuất xây dựng và tổ chức thực hiện chương trình đào tạo, bồi dưỡng nhân tài, cơ chế phát hiện, bồi dưỡng tài năng trẻ từ học sinh, sinh viên.',
              deadline: ONGOING,
              assignees: lead('gddt'),
            },
            {
              code: 'II.3.d',
              title: 'Thu hút nhân lực trình độ cao; đào tạo, bồi dưỡng cán bộ, công chức, viên chức và ngoại ngữ',
              description: [
                'Đẩy mạnh chính sách hỗ trợ đào tạo và thu hút nhân lực trình độ cao về công tác tại huyện; chính sách về lương, điều kiện làm việc đối với trí thức.',
                'Tiếp tục thực hiện Đề án đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo Quyết định 163/QĐ-TTg giai đoạn 2016 - 2025; xây dựng kế hoạch đào tạo ngoại ngữ theo Quyết định 1659/QĐ-TTg (giai đoạn 2019 - 2030).',
              ].join('\n'),
              deadline: { kind: DeadlineKind.ONGOING, text: 'Giai đoạn 2016 - 2025; 2019 - 2030' },
              assignees: lead('noivu'),
            },
          ],
        },
        {
          code: 'II.4',
          title:
            'Ưu tiên cân đối nguồn vốn đầu tư phát triển về hạ tầng, môi trường làm việc, nghiên cứu, sáng tạo của trí thức',
          description:
            'Cân đối nguồn vốn đầu tư phát triển về hạ tầng, môi trường làm việc, nghiên cứu, sáng tạo của trí thức; huy động và đa dạng hóa các nguồn lực xã hội, thúc đẩy phát triển doanh nghiệp khoa học và công nghệ.',
          deadline: ONGOING,
          assignees: [...lead('kthat'), ...help('tckh', 'OFFICES', 'COMMUNES')],
        },
      ],
    },
    {
      code: 'III',
      title: 'Tổ chức thực hiện',
      deadline: ONGOING,
      children: [
        {
          code: 'III.1',
          title: 'Triển khai thực hiện; đôn đốc, kiểm tra, giám sát; định kỳ tổng hợp, báo cáo kết quả về UBND huyện',
          description:
            'Phòng Kinh tế - Hạ tầng chủ trì, phối hợp với các Phòng, ban ngành, các cơ quan, đơn vị có liên quan và các xã, thị trấn triển khai thực hiện có hiệu quả Kế hoạch; thường xuyên đôn đốc, kiểm tra, giám sát và định kỳ tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân huyện.',
          // The plan says "định kỳ" without a period; yearly matches its yearly evaluation (I.2).
          deadline: { kind: DeadlineKind.RECURRING, period: RecurrencePeriod.YEARLY, text: 'Định kỳ' },
          assignees: [...lead('kthat'), ...help('OFFICES', 'COMMUNES')],
        },
        {
          code: 'III.2',
          title: 'Quán triệt, cụ thể hóa nội dung kế hoạch vào chương trình, kế hoạch phát triển của ngành, đơn vị',
          deadline: ONGOING,
          assignees: lead('OFFICES', 'COMMUNES'),
        },
        {
          code: 'III.3',
          title: 'Tham gia phối hợp triển khai; thường xuyên kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch',
          description: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức thành viên.',
          deadline: { kind: DeadlineKind.ONGOING, text: 'Thường xuyên' },
          assignees: [...lead('mttq'), ...help('phunu', 'nongdan', 'ccb', 'huyendoan', 'ldld')],
        },
      ],
    },
  ] satisfies SeedTask[],
};
