import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { postTwoCycles, startCycleScenario, type CycleScenario } from '../../testing/cycle-scenario.js';
import { findLibreOffice, renderPdf } from './render-pdf.js';

const FIELDS =
  'id version cycleKey cycleLabel subtitle recipients signerTitle signerName sections { key heading body }';
const GENERATE = `mutation($i: GenerateConsolidatedReportInput!) { generateConsolidatedReport(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateConsolidatedReportInput!) { updateConsolidatedReport(input: $i) { ${FIELDS} html } }`;
const ISSUE = `mutation($i: IssueConsolidatedReportInput!) { issueConsolidatedReport(input: $i) {
  id versionNumber documentNumber issuedOn cycleKey title subtitle html docxUrl issuedBy { email } sections { key body } } }`;
const PLAN = `query($p: ID!) { plan(id: $p) { tasks { code title assignments { role organization { name } } } } }`;

let s: CycleScenario;
let kthat: string;
let report2020: any;
const section = (r: any, key: string) => r.sections.find((x: any) => x.key === key).body as string;

beforeAll(async () => {
  s = await startCycleScenario();
  await postTwoCycles(s);
  // Oversight in 2020: Nội vụ forwards GD&ĐT's difficulty and the People's Committee answers it;
  // MTTQ files a finding on III.1 and Phòng Kinh tế - Hạ tầng answers it.
  s.setClock('2020-11-20T09:00:00+07:00');
  const ok = (res: any) => {
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const obstacles = ok(
    await s.server.gql(
      'query($p: ID!) { obstacles(planId: $p) { id description } }',
      { p: s.plan.id },
      await s.token('noivu'),
    ),
  ).obstacles;
  const funding = obstacles.find((o: any) => o.description === 'Thiếu kinh phí tổ chức hội thi');
  ok(
    await s.server.gql(
      'mutation($i: ForwardObstacleInput!) { forwardObstacle(input: $i) { id } }',
      { i: { id: funding.id, note: 'Đề nghị bố trí kinh phí' } },
      await s.token('noivu'),
    ),
  );
  ok(
    await s.server.gql(
      'mutation($i: ResolveObstacleInput!) { resolveObstacle(input: $i) { id } }',
      { i: { id: funding.id, resolution: 'Đã bố trí 50 triệu đồng từ nguồn sự nghiệp giáo dục' } },
      await s.token('ubndhuyen'),
    ),
  );
  const finding = ok(
    await s.server.gql(
      'mutation($i: FileFindingInput!) { fileFinding(input: $i) { id } }',
      { i: { taskId: s.plan.tasks['III.1']!.id, content: 'Các xã chưa gửi báo cáo định kỳ', dueDate: '2020-12-15' } },
      await s.token('mttq'),
    ),
  ).fileFinding;
  ok(
    await s.server.gql(
      'mutation($i: RespondToFindingInput!) { respondToFinding(input: $i) { id } }',
      { i: { id: finding.id, response: 'Đã có văn bản đôn đốc các xã' } },
      await s.token('kthat'),
    ),
  );
  s.setClock('2021-01-05T09:00:00+07:00');
  kthat = await s.token('kthat');
});
afterAll(async () => {
  await s.stop();
});

describe('the consolidated report of a cycle', () => {
  it('is drafted from the cycle’s reports: every task and every unit, with the reports’ figures', async () => {
    const res = await s.server.gql(
      GENERATE,
      { i: { planId: s.plan.id, cycleKey: '2020', clientMutationId: 'gen-2020' } },
      kthat,
    );
    expect(res.errors).toBeUndefined();
    report2020 = res.data!.generateConsolidatedReport;
    expect(report2020).toMatchObject({
      version: 1,
      cycleKey: '2020',
      cycleLabel: 'Năm 2020',
      subtitle:
        'Kết quả thực hiện Kế hoạch số 85/KH-UBND ngày 12/06/2020 của Ủy ban nhân dân huyện Châu Thành, kỳ Năm 2020',
      signerTitle: 'TRƯỞNG PHÒNG',
    });
    expect(report2020.sections.map((x: any) => x.heading)).toEqual([
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'III. NHIỆM VỤ CHẬM TIẾN ĐỘ, CHƯA TRIỂN KHAI',
      'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ',
      'V. KẾT QUẢ GIÁM SÁT CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ',
      'VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    ]);

    // Every task, and every unit assigned to it, appears under the task in section II.
    const results = section(report2020, 'RESULTS');
    const tasks = (await s.server.gql(PLAN, { p: s.plan.id })).data!.plan.tasks;
    expect(tasks.length).toBeGreaterThan(10);
    const blocks = results.split('\n').reduce((acc: Record<string, string>, line: string, i: number, all: string[]) => {
      const m = /^([IVX]+(?:\.\d+)?(?:\.[a-z])?)\. /.exec(line);
      if (m)
        acc[m[1]!] = all
          .slice(i, all.findIndex((l, j) => j > i && /^[IVX]+(\.\d+)?(\.[a-z])?\. /.test(l)) >>> 0)
          .join('\n');
      return acc;
    }, {});
    for (const task of tasks) {
      expect(blocks[task.code], task.code).toBeDefined();
      for (const a of task.assignments.filter((x: any) => x.role !== 'MONITOR')) {
        expect(blocks[task.code], `${task.code} ${a.organization.name}`).toContain(a.organization.name);
      }
    }

    // Figures as the reports give them. II.2.a: 21 assignees, three reported 100, 100 and 50 → 250/21 ≈ 12%.
    expect(blocks['II.2.a']).toMatch(/^II\.2\.a\. .*: tiến độ 12% \(đang thực hiện\)\./);
    expect(blocks['II.2.a']).toContain(
      '- Phòng Văn hóa - Thông tin (chủ trì): 100% - Đã quán triệt 5 văn bản đến toàn thể cán bộ, công chức.',
    );
    expect(blocks['II.2.a']).toContain('- Phòng Giáo dục và Đào tạo (chủ trì): 50% - Đã quán triệt tại 20/40 trường.');
    expect(blocks['II.2.a']).toContain('Xã An Ninh (0%)');
    // II.2.b: VH-TT 60, KT-HT 0, Đài TT 0 → 20%.
    expect(blocks['II.2.b']).toMatch(/tiến độ 20% /);
    expect(blocks['II.2.b']).toContain(
      '- Phòng Văn hóa - Thông tin (chủ trì): 60% - Đăng 12 tin bài trên Cổng thông tin điện tử huyện.',
    );
    expect(blocks['II.3.c']).toMatch(/tiến độ 40% /);
    expect(blocks['II.3.d']).toContain('- Phòng Nội vụ (chủ trì): 20% - Rà soát nhu cầu nhân lực chất lượng cao.');
    // 2021's reports are not in the 2020 report.
    expect(results).not.toContain('70%');
    expect(results).not.toContain('Phát sóng 6 chuyên đề');

    const general = section(report2020, 'GENERAL');
    expect(general).toContain('kỳ Năm 2020 (từ ngày 01/01/2020 đến ngày 31/12/2020)');
    expect(general).toContain('Trong kỳ đã nhận 8 báo cáo của 6 đơn vị');

    const late = section(report2020, 'LATE');
    expect(late).toMatch(
      /- II\.2\.a\. .*: quá hạn ngày 30\/06\/2020, tiến độ 12%; đơn vị chưa hoàn thành: .*Phòng Giáo dục và Đào tạo/,
    );
    expect(late).not.toMatch(/chưa hoàn thành: [^\n]*Phòng Văn hóa - Thông tin/);
    expect(late).toMatch(/- II\.1\. .*: chưa triển khai \(0%\)\./);

    const difficulties = section(report2020, 'DIFFICULTIES');
    expect(difficulties).toContain(
      '- Phòng Giáo dục và Đào tạo (nhiệm vụ II.3.c): Khó khăn, vướng mắc: Thiếu kinh phí tổ chức hội thi. Đề xuất, kiến nghị: Đề nghị bổ sung kinh phí năm 2021.',
    );
    expect(difficulties).toContain(
      '- Phòng Giáo dục và Đào tạo (nhiệm vụ II.3.c): Khó khăn, vướng mắc: Thiếu kinh phí tổ chức hội thi. Đề xuất, kiến nghị: Đề nghị bổ sung kinh phí năm 2021.\n+ Trả lời: Đã bố trí 50 triệu đồng từ nguồn sự nghiệp giáo dục.',
    );
    expect(difficulties).toContain(
      '- Phòng Nội vụ (nhiệm vụ II.3.d): Khó khăn, vướng mắc: Khó thu hút nhân lực chất lượng cao về huyện.\n+ Đang tổng hợp, chưa được trả lời.',
    );
    // MTTQ's proposal came without a difficulty.
    expect(difficulties).toContain(
      '- Ủy ban Mặt trận Tổ quốc Việt Nam huyện (nhiệm vụ III.3): Đề xuất, kiến nghị: Đề nghị các xã báo cáo đúng kỳ.',
    );
    expect(difficulties).not.toContain('Chưa có cơ chế đãi ngộ riêng');
    expect(difficulties).toContain('gửi Phòng Nội vụ tổng hợp, trình Ủy ban nhân dân huyện Châu Thành xem xét');

    expect(section(report2020, 'FRONT')).toContain(
      '- Ủy ban Mặt trận Tổ quốc Việt Nam huyện (nhiệm vụ III.1): Các xã chưa gửi báo cáo định kỳ.\n+ Trả lời: Đã có văn bản đôn đốc các xã.',
    );
    expect(section(report2020, 'FRONT')).toContain(
      '(nhiệm vụ III.3): Đã giám sát việc triển khai tại 3 xã. Kiến nghị: Đề nghị các xã báo cáo đúng kỳ.',
    );
    expect(section(report2020, 'NEXT_STEPS')).toContain(
      '- Các đơn vị báo cáo kết quả kỳ Năm 2021 trước ngày 31/12/2021 để Phòng Kinh tế - Hạ tầng tổng hợp',
    );

    // Asking again returns the same draft.
    const again = await s.server.gql(GENERATE, { i: { planId: s.plan.id, cycleKey: '2020' } }, kthat);
    expect(again.data!.generateConsolidatedReport.id).toBe(report2020.id);
  });

  it('drafts the next cycle from its own reports', async () => {
    s.setClock('2021-03-20T09:00:00+07:00');
    const res = await s.server.gql(GENERATE, { i: { planId: s.plan.id } }, await s.token('kthat'));
    const r = res.data!.generateConsolidatedReport;
    expect(r.cycleKey).toBe('2021');
    expect(section(r, 'RESULTS')).toContain(
      '- Phòng Giáo dục và Đào tạo (chủ trì): 70% - Tổ chức hội thi học sinh giỏi cấp huyện.',
    );
    expect(section(r, 'RESULTS')).toContain('- Đã hoàn thành từ kỳ trước: Phòng Văn hóa - Thông tin, Xã An Hiệp.');
    expect(section(r, 'DIFFICULTIES')).toContain('Chưa có cơ chế đãi ngộ riêng');
    expect(section(r, 'GENERAL')).toContain('Tiến độ chung của Kế hoạch đến ngày 20/03/2021');
    s.setClock('2021-01-05T09:00:00+07:00');
    kthat = await s.token('kthat');
  });

  it('lets the coordinator edit the text, with optimistic locking, and nobody else', async () => {
    const vhtt = await s.token('vhtt');
    const before = await dbSnapshot(s.server.app.dataSource);
    const edit = {
      id: report2020.id,
      version: 1,
      sections: [{ key: 'NEXT_STEPS', body: '- Tổ chức sơ kết <1 năm> thực hiện Kế hoạch.' }],
      signerName: 'Nguyễn Văn A',
      recipients: ['UBND huyện (báo cáo)', 'Lưu: VT'],
    };
    const denied = await s.server.gql(UPDATE, { i: edit }, vhtt);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dup = await s.server.gql(UPDATE, { i: { ...edit, sections: [edit.sections[0], edit.sections[0]] } }, kthat);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sections' });
    expect(await dbSnapshot(s.server.app.dataSource)).toEqual(before);

    const ok = await s.server.gql(UPDATE, { i: edit }, kthat);
    expect(ok.errors).toBeUndefined();
    const r = ok.data!.updateConsolidatedReport;
    expect(r.version).toBe(2);
    expect(section(r, 'NEXT_STEPS')).toBe('- Tổ chức sơ kết <1 năm> thực hiện Kế hoạch.');
    expect(section(r, 'RESULTS')).toBe(section(report2020, 'RESULTS'));
    expect(r.html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.html).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(r.html).toContain('Số:      /BC-KTHT');
    expect(r.html).toContain('Tổ chức sơ kết &lt;1 năm&gt; thực hiện');
    expect(r.html).not.toContain('<1 năm>');

    const after = await dbSnapshot(s.server.app.dataSource);
    const stale = await s.server.gql(UPDATE, { i: { ...edit, signerName: 'Trần Thị B' } }, kthat);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await dbSnapshot(s.server.app.dataSource)).toEqual(after);
    report2020 = r;
  });

  let issued: any;
  it('issues numbered versions that never change', async () => {
    const stale = await s.server.gql(ISSUE, { i: { id: report2020.id, version: 1 } }, kthat);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const first = await s.server.gql(
      ISSUE,
      { i: { id: report2020.id, version: 2, clientMutationId: 'issue-1' } },
      kthat,
    );
    expect(first.errors).toBeUndefined();
    issued = first.data!.issueConsolidatedReport;
    expect(issued).toMatchObject({
      versionNumber: 1,
      documentNumber: '01/BC-KTHT',
      issuedOn: '2021-01-05',
      cycleKey: '2020',
      title: 'BÁO CÁO',
      issuedBy: { email: 'kthat@chauthanh.demo' },
      docxUrl: `/reports/${issued.id}.docx`,
    });
    expect(issued.html).toContain('Số: 01/BC-KTHT');
    expect(issued.html).toContain('Châu Thành, ngày 05 tháng 01 năm 2021');
    const retry = await s.server.gql(
      ISSUE,
      { i: { id: report2020.id, version: 2, clientMutationId: 'issue-1' } },
      kthat,
    );
    expect(retry.data!.issueConsolidatedReport.id).toBe(issued.id);

    // Edit and issue again: version 2, the next number; version 1 keeps its text.
    await s.server.gql(UPDATE, { i: { id: report2020.id, version: 2, signerName: 'Trần Thị B' } }, kthat);
    const second = await s.server.gql(ISSUE, { i: { id: report2020.id, version: 3 } }, kthat);
    expect(second.data!.issueConsolidatedReport).toMatchObject({ versionNumber: 2, documentNumber: '02/BC-KTHT' });
    const list = await s.server.gql(
      `query($p: ID!) { issuedReports(planId: $p) { id versionNumber html } }`,
      { p: s.plan.id },
      await s.token('vhtt'),
    );
    expect(list.data!.issuedReports.map((v: any) => v.versionNumber)).toEqual([2, 1]);
    expect(list.data!.issuedReports[1].html).toContain('Nguyễn Văn A');
    expect(list.data!.issuedReports[0].html).toContain('Trần Thị B');
  });

  it('downloads as DOCX laid out as an administrative document, with the bearer token', async () => {
    const url = `${s.server.app.url}/reports/${issued.id}.docx`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${kthat}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%2001-BC-KTHT.docx");
    const buffer = Buffer.from(await res.arrayBuffer());
    expect(buffer.subarray(0, 2).toString()).toBe('PK'); // a zip, as DOCX files are

    const { value: text } = await mammoth.extractRawText({ buffer });
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
      'PHÒNG KINH TẾ - HẠ TẦNG',
      expect.stringMatching(/^_+$/),
      'Số: 01/BC-KTHT',
    ]);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('Châu Thành, ngày 05 tháng 01 năm 2021');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain(issued.subtitle);
    const tasks = (await s.server.gql(PLAN, { p: s.plan.id })).data!.plan.tasks;
    for (const t of tasks)
      expect(
        lines.some((l) => l.startsWith(`${t.code}. `)),
        t.code,
      ).toBe(true);
    expect(lines).toContain(
      '- Phòng Văn hóa - Thông tin (chủ trì): 60% - Đăng 12 tin bài trên Cổng thông tin điện tử huyện.',
    );
    const recipients = lines.indexOf('Nơi nhận:');
    expect(recipients).toBeGreaterThan(0);
    expect(lines.slice(recipients + 1, recipients + 3)).toEqual(['- UBND huyện (báo cáo);', '- Lưu: VT.']);
    expect(lines.slice(-2)).toEqual(['TRƯỞNG PHÒNG', 'Nguyễn Văn A']);

    // The draft downloads for the coordinator, not for a member.
    const draftUrl = `${s.server.app.url}/reports/drafts/${report2020.id}.docx`;
    expect((await fetch(draftUrl, { headers: { authorization: `Bearer ${await s.token('vhtt')}` } })).status).toBe(403);
    const draft = await fetch(draftUrl, { headers: { authorization: `Bearer ${kthat}` } });
    expect(draft.status).toBe(200);
    const draftText = (await mammoth.extractRawText({ buffer: Buffer.from(await draft.arrayBuffer()) })).value;
    expect(draftText).toContain('Số:      /BC-KTHT');
    expect(
      (await fetch(`${s.server.app.url}/reports/999999.docx`, { headers: { authorization: `Bearer ${kthat}` } }))
        .status,
    ).toBe(404);

    fs.writeFileSync(path.join(s.server.dir, 'bao-cao.docx'), buffer);
  });

  const office = findLibreOffice();
  if (!office) console.log('LibreOffice is not installed: the DOCX → PDF rendering test is skipped.');
  it.skipIf(!office)('renders to PDF with LibreOffice', () => {
    // Into the screenshots folder (README), for a person to look at the layout.
    const screenshots = path.resolve(import.meta.dirname, '../../../../screenshots');
    fs.mkdirSync(screenshots, { recursive: true });
    const pdf = renderPdf(path.join(s.server.dir, 'bao-cao.docx'), screenshots);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
