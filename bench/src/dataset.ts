// A province-scale dataset (Sóc Trăng: 11 districts, 109 communes), deterministic from a seed.
// The server itself creates the schema and the sample district (its migrations and seed); the rest
// goes in with better-sqlite3 (the driver the server uses), in one transaction per table.
// Generated databases are cached under bench/.cache, keyed by the seed, the scale, the migration
// list and this generator, so a second run starts at once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { foldVietnamese } from '../../shared/src/text.js';
import { root, startServer } from './server-process.js';
import { prng, type Prng } from './stats.js';

export interface Scale {
  name: 'full' | 'quick';
  /** District plans besides the sample plan 85 (one per other district, at most 10). */
  districtPlans: number;
  communePlans: number;
  tasksPerPlan: number;
  stressTasks: number;
  assignments: number;
  reports: number;
  comments: number;
}

export const FULL: Scale = {
  name: 'full',
  districtPlans: 10,
  communePlans: 109,
  tasksPerPlan: 20,
  stressTasks: 2000,
  assignments: 12_000,
  reports: 50_000,
  comments: 100_000,
};

export const QUICK: Scale = {
  name: 'quick',
  districtPlans: 2,
  communePlans: 6,
  tasksPerPlan: 20,
  stressTasks: 300,
  assignments: 1_200,
  reports: 3_000,
  comments: 4_000,
};

export interface DatasetInfo {
  file: string;
  seed: number;
  scale: Scale['name'];
  stressPlanId: number;
  stressTaskCount: number;
  counts: Record<string, number>;
  generatedInMs: number;
  fromCache: boolean;
}

export const DEMO_PASSWORD = 'tiendo2020';
const ADMIN = { email: 'admin@bench.tiendo', password: 'bench-admin-password' };
export { ADMIN as BENCH_ADMIN };

/** A key that changes whenever the schema, the sample seed or this generator changes. */
function cacheKey(seed: number, scale: Scale): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify({ seed, scale }));
  const files = [
    ...fs
      .readdirSync(path.join(root, 'server/src/db/migrations/sqlite'))
      .sort()
      .map((f) => path.join('server/src/db/migrations/sqlite', f)),
    'server/src/db/migrations/index.ts',
    'server/src/seed/chau-thanh.ts',
    'server/src/seed/plan-85.ts',
    'server/src/seed/sample-data.ts',
    'bench/src/dataset.ts',
  ];
  for (const f of files) {
    hash.update(f);
    hash.update(fs.readFileSync(path.join(root, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Returns a private working copy of the dataset (benchmarks write to it), generating it if needed. */
export async function prepareDataset(seed: number, scale: Scale, workDir: string): Promise<DatasetInfo> {
  const cacheDir = path.join(root, 'bench/.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const key = cacheKey(seed, scale);
  const cached = path.join(cacheDir, `dataset-${scale.name}-${key}.sqlite`);
  const meta = `${cached}.json`;
  let info: DatasetInfo;
  if (fs.existsSync(cached) && fs.existsSync(meta)) {
    info = { ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as DatasetInfo), fromCache: true };
  } else {
    const started = performance.now();
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tiendo-bench-gen-')), 'tiendo.sqlite');
    // The server creates the schema, the sample district and plan 85, and the administrator.
    const server = await startServer(tmp, {
      TIENDO_SEED: 'sample',
      TIENDO_ADMIN_EMAIL: ADMIN.email,
      TIENDO_ADMIN_PASSWORD: ADMIN.password,
    });
    await server.stop();
    const generated = generate(tmp, seed, scale);
    info = {
      file: cached,
      seed,
      scale: scale.name,
      ...generated,
      generatedInMs: Math.round(performance.now() - started),
      fromCache: false,
    };
    fs.copyFileSync(tmp, `${cached}.tmp`);
    fs.renameSync(`${cached}.tmp`, cached);
    fs.writeFileSync(meta, JSON.stringify(info, null, 2));
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
  const file = path.join(workDir, 'tiendo.sqlite');
  fs.copyFileSync(cached, file);
  return { ...info, file };
}

// ---------------------------------------------------------------------------------------------
// Names

const DISTRICTS: { name: string; kind: 'Thành phố' | 'Thị xã' | 'Huyện'; communes: number; wards?: boolean }[] = [
  { name: 'Sóc Trăng', kind: 'Thành phố', communes: 10, wards: true },
  { name: 'Vĩnh Châu', kind: 'Thị xã', communes: 10 },
  { name: 'Ngã Năm', kind: 'Thị xã', communes: 8 },
  { name: 'Kế Sách', kind: 'Huyện', communes: 13 },
  { name: 'Long Phú', kind: 'Huyện', communes: 11 },
  { name: 'Cù Lao Dung', kind: 'Huyện', communes: 8 },
  { name: 'Mỹ Tú', kind: 'Huyện', communes: 9 },
  { name: 'Mỹ Xuyên', kind: 'Huyện', communes: 11 },
  { name: 'Thạnh Trị', kind: 'Huyện', communes: 10 },
  { name: 'Trần Đề', kind: 'Huyện', communes: 11 },
];

const DEPARTMENTS = [
  ['Sở Nội vụ', 'SNV'],
  ['Sở Tài chính', 'STC'],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
  ['Sở Khoa học và Công nghệ', 'SKHCN'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['Sở Thông tin và Truyền thông', 'STTTT'],
  ['Sở Tư pháp', 'STP'],
  ['Sở Y tế', 'SYT'],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT'],
  ['Sở Tài nguyên và Môi trường', 'STNMT'],
  ['Sở Công Thương', 'SCT'],
  ['Sở Xây dựng', 'SXD'],
  ['Sở Giao thông vận tải', 'SGTVT'],
  ['Ban Dân tộc tỉnh', 'BDT'],
] as const;

const PLACE_A = ['An', 'Phú', 'Long', 'Mỹ', 'Tân', 'Thạnh', 'Hòa', 'Vĩnh', 'Đại', 'Khánh', 'Lịch', 'Trung', 'Viên'];
const PLACE_B = ['Hiệp', 'Thạnh', 'Lợi', 'Hưng', 'Bình', 'Phước', 'Hòa', 'Tân', 'Quới', 'Thuận', 'Định', 'Mỹ', 'An'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Lâm', 'Thạch', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hoàng', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Kim', 'Hữu', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Nam', 'Phúc', 'Sơn', 'Tâm'];

const TOPICS = [
  'công tác trí thức',
  'chuyển đổi số',
  'cải cách hành chính',
  'xây dựng nông thôn mới',
  'khoa học và công nghệ',
  'đào tạo, bồi dưỡng cán bộ',
  'thu hút nhân lực chất lượng cao',
  'khởi nghiệp đổi mới sáng tạo',
  'phổ biến, giáo dục pháp luật',
  'phát triển văn hóa đọc',
];
const TASK_VERBS = [
  'Tuyên truyền, phổ biến Kết luận số 52-KL/TW về',
  'Rà soát, đánh giá kết quả thực hiện',
  'Xây dựng kế hoạch hằng năm về',
  'Tổ chức hội nghị chuyên đề về',
  'Kiểm tra, đôn đốc việc thực hiện',
  'Bố trí kinh phí cho',
  'Sơ kết, tổng kết',
  'Lồng ghép nội dung vào chương trình công tác về',
  'Báo cáo định kỳ kết quả',
  'Khảo sát nhu cầu',
];
const REPORT_TEXTS = [
  (r: Prng) => `Đã tổ chức ${r.int(1, 9)} hội nghị tuyên truyền với ${r.int(40, 600)} lượt người tham dự.`,
  (r: Prng) => `Đã ban hành văn bản hướng dẫn và gửi ${r.int(3, 30)} đơn vị trực thuộc.`,
  (r: Prng) => `Hoàn thành khảo sát ${r.int(10, 200)} hộ, đang tổng hợp số liệu.`,
  (r: Prng) => `Đã lồng ghép vào ${r.int(1, 6)} chương trình công tác của đơn vị.`,
  (r: Prng) => `Đang triển khai, đạt khoảng ${r.int(10, 95)}% khối lượng công việc.`,
  () => 'Đã báo cáo kết quả về cơ quan thường trực đúng hạn.',
];
const DIFFICULTIES = ['', '', '', 'Kinh phí còn hạn chế.', 'Thiếu cán bộ chuyên trách.', 'Số liệu chưa đầy đủ.'];
const COMMENT_TEXTS = [
  (r: Prng, unit: string) => `Đề nghị ${unit} gửi số liệu trước ngày ${r.int(1, 28)}/${r.int(1, 12)}/2021.`,
  () => 'Đơn vị đã nhận, sẽ phối hợp thực hiện.',
  () => 'Xin ý kiến chỉ đạo về nội dung kinh phí.',
  (r: Prng) => `Đã cập nhật danh sách ${r.int(5, 80)} cán bộ tham gia.`,
  () => 'Thống nhất với đề xuất của cơ quan chủ trì.',
  (_r: Prng, unit: string) => `${unit} báo cáo bổ sung kết quả tuần này.`,
  () => 'Đề nghị làm rõ tiến độ thực hiện trong quý.',
];

const ROMAN: [number, string][] = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
/** Sections of a plan are numbered I, II, III … */
const roman = (n: number) =>
  ROMAN.reduce((out, [v, s]) => {
    while (n >= v) {
      out += s;
      n -= v;
    }
    return out;
  }, '');
const pad = (n: number) => String(n).padStart(2, '0');
/** TypeORM's SQLite datetime format (UTC). */
const sqlTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 23);

// ---------------------------------------------------------------------------------------------
// Generation

interface Org {
  id: number;
  name: string;
  shortName: string;
  kind: string;
}
interface TaskRow {
  id: number;
  planId: number;
  parentId: number | null;
  code: string;
  position: number;
  title: string;
  deadlineKind: string;
  deadlineDate: string | null;
  assignments: AssignmentRow[];
  children: TaskRow[];
  progress: number;
  lastReportAt: number | null;
}
interface AssignmentRow {
  id: number;
  taskId: number;
  organizationId: number;
  role: 'LEAD' | 'COLLABORATOR';
  progress: number;
  lastReportAt: number | null;
  planId: number;
}
interface LogRow {
  planId: number;
  at: number;
  type: 'REPORT_SUBMITTED' | 'COMMENT_ADDED';
  actorId: number;
  organizationId: number | null;
  taskId: number;
  reportId: number | null;
  commentId: number | null;
  changes: string | null;
}

function generate(
  file: string,
  seed: number,
  scale: Scale,
): { stressPlanId: number; stressTaskCount: number; counts: Record<string, number> } {
  const r = prng(seed);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const nextId = (table: string) =>
    (db.prepare(`SELECT COALESCE(MAX(id), 0) + 1 AS n FROM "${table}"`).get() as { n: number }).n;
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

  const demoHash = one<{ passwordHash: string }>(
    `SELECT "passwordHash" FROM "user" WHERE email = 'ubndhuyen@chauthanh.demo'`,
  ).passwordHash;
  const orgId = (email: string) =>
    one<{ organizationId: number }>(`SELECT "organizationId" FROM "user" WHERE email = ?`, email).organizationId;
  const ubndtinh = orgId('ubndtinh@chauthanh.demo');
  const chauThanh = orgId('ubndhuyen@chauthanh.demo');
  const sampleOffices = db
    .prepare(`SELECT id, name, "shortName", kind FROM organization WHERE kind = 'OFFICE'`)
    .all() as Org[];
  const sampleCommunes = db
    .prepare(`SELECT id, name, "shortName", kind FROM organization WHERE kind = 'COMMUNE' ORDER BY id`)
    .all() as Org[];
  const provincePlan = one<{ id: number }>(`SELECT id FROM plan WHERE "parentPlanId" IS NULL ORDER BY id LIMIT 1`).id;
  const plan85 = one<{ id: number }>(
    `SELECT id FROM plan WHERE "parentPlanId" = ? ORDER BY id LIMIT 1`,
    provincePlan,
  ).id;

  // --- units and their accounts
  const orgs: (Org & { parentId: number | null; role: string; email: string })[] = [];
  let nextOrg = nextId('organization');
  const addOrg = (name: string, shortName: string, kind: string, parentId: number | null, role = 'MEMBER') => {
    const org = { id: nextOrg++, name, shortName, kind, parentId, role, email: `dv${nextOrg - 1}@soctrang.bench` };
    orgs.push(org);
    return org;
  };
  const departments = DEPARTMENTS.map(([name, short]) => addOrg(name, short, 'OFFICE', ubndtinh));
  addOrg('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'MTTQ tỉnh', 'FRONT', null, 'MONITOR');
  const usedPlaces = new Set(sampleCommunes.map((c) => c.shortName));
  const districts = DISTRICTS.map((d) => {
    const ubnd = addOrg(
      `Ủy ban nhân dân ${d.kind.toLowerCase()} ${d.name}`,
      `UBND ${d.name}`,
      'PEOPLES_COMMITTEE',
      ubndtinh,
      'LEADERSHIP',
    );
    const noivu = addOrg(`Phòng Nội vụ ${d.kind.toLowerCase()} ${d.name}`, `Nội vụ ${d.name}`, 'OFFICE', ubnd.id);
    const communes: Org[] = [];
    for (let i = 0; i < d.communes; i++) {
      if (d.wards) {
        communes.push(addOrg(`Phường ${i + 1}, thành phố Sóc Trăng`, `Phường ${i + 1} TP.ST`, 'COMMUNE', ubnd.id));
        continue;
      }
      let place: string;
      do place = `${r.pick(PLACE_A)} ${r.pick(PLACE_B)}`;
      while (usedPlaces.has(place) || place.split(' ')[0] === place.split(' ')[1]);
      usedPlaces.add(place);
      const town = i === 0 && d.kind === 'Huyện';
      communes.push(
        addOrg(town ? `Thị trấn ${place}` : `Xã ${place}`, town ? `TT ${place}` : place, 'COMMUNE', ubnd.id),
      );
    }
    return { ...d, ubnd, noivu, communes };
  });
  const insertOrg = db.prepare(
    `INSERT INTO organization (id, name, "shortName", kind, "parentId", "searchText") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertUser = db.prepare(
    `INSERT INTO "user" (name, email, "organizationId", role, "passwordHash", disabled) VALUES (?, ?, ?, ?, ?, 0)`,
  );
  db.transaction(() => {
    for (const o of orgs) {
      insertOrg.run(o.id, o.name, o.shortName, o.kind, o.parentId, foldVietnamese(`${o.name} ${o.shortName}`));
      insertUser.run(`${r.pick(FAMILY)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`, o.email, o.id, o.role, demoHash);
    }
  })();

  // --- plans and their task trees
  let nextPlan = nextId('plan');
  let nextTask = nextId('task');
  const plans: { id: number; number: string; title: string; issuer: number; parent: number | null; pool: Org[] }[] = [];
  const addPlan = (number: string, title: string, issuer: number, parent: number | null, pool: Org[]) => {
    const plan = { id: nextPlan++, number, title, issuer, parent, pool };
    plans.push(plan);
    return plan;
  };
  const tasks: TaskRow[] = [];
  const makeTask = (planId: number, parent: TaskRow | null, code: string, position: number): TaskRow => {
    const dated = r.chance(0.4);
    const task: TaskRow = {
      id: nextTask++,
      planId,
      parentId: parent?.id ?? null,
      code,
      position,
      title: `${r.pick(TASK_VERBS)} ${r.pick(TOPICS)}`,
      deadlineKind: dated ? 'DATE' : r.chance(0.7) ? 'ONGOING' : 'RECURRING',
      deadlineDate: dated ? `202${r.int(0, 2)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}` : null,
      assignments: [],
      children: [],
      progress: 0,
      lastReportAt: null,
    };
    parent?.children.push(task);
    tasks.push(task);
    return task;
  };
  /** A plan of about n tasks: sections (I, II …) of points (1, 2 …) of sub-points (a, b …). */
  const makeTree = (planId: number, n: number, sections: number, perSection: number) => {
    let made = 0;
    for (let s = 0; s < sections && made < n; s++) {
      const section = makeTask(planId, null, roman(s + 1), s);
      made++;
      for (let p = 0; p < perSection && made < n; p++) {
        const point = makeTask(planId, section, `${section.code}.${p + 1}`, p);
        made++;
        const subs = Math.min(
          n - made,
          Math.max(0, Math.round((n - sections * (perSection + 1)) / (sections * perSection))),
        );
        for (let q = 0; q < subs && made < n; q++, made++) makeTask(planId, point, `${point.code}.${q + 1}`, q);
      }
    }
  };

  const allOrgs = [...sampleOffices, ...sampleCommunes, ...orgs.filter((o) => o.kind !== 'FRONT')];
  const province = { id: provincePlan, pool: [...departments, ...districts.map((d) => d.ubnd)] };
  makeTree(province.id, scale.tasksPerPlan, 4, 4);
  const districtPlans = districts
    .slice(0, scale.districtPlans)
    .map((d, i) =>
      addPlan(
        `${r.int(40, 160)}/KH-UBND`,
        `Kế hoạch thực hiện Kết luận số 52-KL/TW trên địa bàn ${d.kind.toLowerCase()} ${d.name}`,
        d.ubnd.id,
        provincePlan,
        [d.ubnd, d.noivu, ...d.communes].slice(0, 12 + (i % 3)),
      ),
    );
  const communeOwners = [
    ...sampleCommunes.map((c) => ({
      commune: c,
      district: { id: plan85, ubnd: { id: chauThanh }, noivu: sampleOffices[0]! },
    })),
    ...districts.flatMap((d, i) =>
      d.communes.map((c) => ({
        commune: c,
        district: { id: districtPlans[i]?.id ?? provincePlan, ubnd: d.ubnd, noivu: d.noivu },
      })),
    ),
  ].slice(0, scale.communePlans);
  const communePlans = communeOwners.map(({ commune, district }) =>
    addPlan(
      `${r.int(10, 99)}/KH-UBND`,
      `Kế hoạch thực hiện công tác trí thức năm 2021 của ${commune.name}`,
      commune.id,
      district.id,
      [commune, district.noivu as Org, district.ubnd as Org],
    ),
  );
  const stress = addPlan(
    '999/KH-UBND',
    `Kế hoạch thử tải ${scale.stressTasks.toLocaleString('vi-VN')} nhiệm vụ của UBND tỉnh Sóc Trăng`,
    ubndtinh,
    provincePlan,
    allOrgs,
  );
  for (const p of [...districtPlans, ...communePlans]) makeTree(p.id, scale.tasksPerPlan, 4, 4);
  const stressStart = tasks.length;
  const sections = Math.max(2, Math.round(scale.stressTasks / 100));
  makeTree(stress.id, scale.stressTasks, sections, 9);
  const stressTaskCount = tasks.length - stressStart;

  // --- assignments: a lead for every task, collaborators until the total is reached
  const poolOf = new Map<number, Org[]>([[province.id, province.pool]]);
  for (const p of plans) poolOf.set(p.id, p.pool);
  let nextAssignment = nextId('assignment');
  const assignments: AssignmentRow[] = [];
  const assign = (task: TaskRow, org: Org, role: AssignmentRow['role']) => {
    const a = {
      id: nextAssignment++,
      taskId: task.id,
      organizationId: org.id,
      role,
      progress: 0,
      lastReportAt: null,
      planId: task.planId,
    };
    task.assignments.push(a);
    assignments.push(a);
  };
  for (const t of tasks) assign(t, r.pick(poolOf.get(t.planId)!), 'LEAD');
  for (let guard = 0; assignments.length < scale.assignments && guard < scale.assignments * 10; guard++) {
    const t = r.pick(tasks);
    const org = r.pick(poolOf.get(t.planId)!);
    if (!t.assignments.some((a) => a.organizationId === org.id)) assign(t, org, 'COLLABORATOR');
  }

  // --- progress reports: one per lead first (every task has a latest report), then at random
  const userOf = new Map<number, number>(
    (
      db.prepare(`SELECT id, "organizationId" FROM "user" WHERE "organizationId" IS NOT NULL`).all() as {
        id: number;
        organizationId: number;
      }[]
    ).map((u) => [u.organizationId, u.id]),
  );
  const orgName = new Map<number, string>(
    (db.prepare(`SELECT id, "shortName" FROM organization`).all() as { id: number; shortName: string }[]).map((o) => [
      o.id,
      o.shortName,
    ]),
  );
  const reportCount = new Map<AssignmentRow, number>();
  for (const a of assignments) if (a.role === 'LEAD') reportCount.set(a, 1);
  for (let i = reportCount.size; i < scale.reports; i++) {
    const a = r.pick(assignments);
    reportCount.set(a, (reportCount.get(a) ?? 0) + 1);
  }
  const start = Date.UTC(2020, 6, 1);
  const span = Date.UTC(2021, 11, 31) - start;
  const reports: { a: AssignmentRow; at: number; progress: number; summary: string; difficulties: string }[] = [];
  for (const [a, count] of reportCount) {
    const times = Array.from({ length: count }, () => start + Math.floor(r.next() * span)).sort((x, y) => x - y);
    let progress = 0;
    for (const at of times) {
      progress = Math.min(100, progress + r.int(5, Math.max(6, Math.ceil(200 / count))));
      reports.push({ a, at, progress, summary: r.pick(REPORT_TEXTS)(r), difficulties: r.pick(DIFFICULTIES) });
    }
    a.progress = progress;
    a.lastReportAt = times[times.length - 1]!;
  }
  reports.sort((x, y) => x.at - y.at);

  // --- progress roll-up, bottom-up (children were made after their parents)
  for (let i = tasks.length - 1; i >= 0; i--) {
    const t = tasks[i]!;
    const parts = [...t.assignments.map((a) => a.progress), ...t.children.map((c) => c.progress)];
    t.progress = parts.length ? Math.round(parts.reduce((s, p) => s + p, 0) / parts.length) : 0;
    const last = Math.max(...t.assignments.map((a) => a.lastReportAt ?? 0));
    t.lastReportAt = last > 0 ? last : null;
  }
  const statusOf = (p: number) => (p >= 100 ? 'DONE' : p > 0 ? 'IN_PROGRESS' : 'NOT_STARTED');

  // --- comments, some of them replies
  const comments: { task: TaskRow; org: number; at: number; body: string; replyTo: number | null }[] = [];
  const firstComment = new Map<number, number>();
  let nextComment = nextId('comment');
  const commentTimes = Array.from({ length: scale.comments }, () => start + Math.floor(r.next() * span)).sort(
    (x, y) => x - y,
  );
  for (const at of commentTimes) {
    const t = r.pick(tasks);
    const author = r.pick(t.assignments);
    const other = r.pick(t.assignments);
    const id = nextComment++;
    const replyTo = firstComment.has(t.id) && r.chance(0.2) ? firstComment.get(t.id)! : null;
    if (!firstComment.has(t.id)) firstComment.set(t.id, id);
    comments.push({
      task: t,
      org: author.organizationId,
      at,
      body: r.pick(COMMENT_TEXTS)(r, orgName.get(other.organizationId) ?? ''),
      replyTo,
    });
  }

  // --- write everything
  const insertPlan = db.prepare(
    `INSERT INTO plan (id, number, title, "issuingOrganizationId", "issuedOn", place, "parentPlanId", recipients, "isPublic", "lastActivitySeq") VALUES (?, ?, ?, ?, ?, 'Sóc Trăng', ?, '[]', 1, 0)`,
  );
  const insertTask = db.prepare(
    `INSERT INTO task (id, "planId", "parentId", code, position, title, description, "deadlineKind", "deadlineDate", recurrence, status, progress, "lastReportAt", version, "searchText") VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const insertAssignment = db.prepare(
    `INSERT INTO assignment (id, "taskId", "organizationId", role, progress, status, "lastReportAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReport = db.prepare(
    `INSERT INTO progress_report ("taskId", "organizationId", "authorId", progress, summary, results, difficulties, proposals, "createdAt") VALUES (?, ?, ?, ?, ?, '', ?, '', ?)`,
  );
  const insertComment = db.prepare(
    `INSERT INTO comment (id, "taskId", "authorId", "organizationId", body, "replyToId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO activity_event ("planId", seq, type, at, "actorId", "organizationId", "taskId", "reportId", "commentId", changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const p of plans)
      insertPlan.run(p.id, p.number, p.title, p.issuer, `2020-${pad(r.int(7, 12))}-${pad(r.int(1, 28))}`, p.parent);
  })();
  db.transaction(() => {
    for (const t of tasks) {
      insertTask.run(
        t.id,
        t.planId,
        t.parentId,
        t.code,
        t.position,
        t.title,
        t.deadlineKind,
        t.deadlineDate,
        t.deadlineKind === 'RECURRING' ? 'QUARTERLY' : null,
        statusOf(t.progress),
        t.progress,
        t.lastReportAt === null ? null : sqlTime(t.lastReportAt),
        foldVietnamese(`${t.code} ${t.title}`),
      );
    }
  })();
  db.transaction(() => {
    for (const a of assignments) {
      insertAssignment.run(
        a.id,
        a.taskId,
        a.organizationId,
        a.role,
        a.progress,
        statusOf(a.progress),
        a.lastReportAt === null ? null : sqlTime(a.lastReportAt),
      );
    }
  })();
  const log: LogRow[] = [];
  db.transaction(() => {
    const previous = new Map<AssignmentRow, number>();
    for (const rep of reports) {
      const author = userOf.get(rep.a.organizationId)!;
      const id = Number(
        insertReport.run(
          rep.a.taskId,
          rep.a.organizationId,
          author,
          rep.progress,
          rep.summary,
          rep.difficulties,
          sqlTime(rep.at),
        ).lastInsertRowid,
      );
      const from = previous.get(rep.a) ?? 0;
      previous.set(rep.a, rep.progress);
      log.push({
        planId: rep.a.planId,
        at: rep.at,
        type: 'REPORT_SUBMITTED',
        actorId: author,
        organizationId: rep.a.organizationId,
        taskId: rep.a.taskId,
        reportId: id,
        commentId: null,
        changes: JSON.stringify({ progress: { from, to: rep.progress } }),
      });
    }
  })();
  db.transaction(() => {
    let id = comments.length ? nextComment - comments.length : 0;
    for (const c of comments) {
      const author = userOf.get(c.org)!;
      insertComment.run(id, c.task.id, author, c.org, c.body, c.replyTo, sqlTime(c.at));
      log.push({
        planId: c.task.planId,
        at: c.at,
        type: 'COMMENT_ADDED',
        actorId: author,
        organizationId: c.org,
        taskId: c.task.id,
        reportId: null,
        commentId: id,
        changes: null,
      });
      id++;
    }
  })();
  // Activity log: per plan, in time order, numbered 1, 2, 3 … after what the plan had already.
  log.sort((x, y) => x.at - y.at);
  const seqOf = new Map<number, number>(
    (db.prepare(`SELECT id, "lastActivitySeq" AS seq FROM plan`).all() as { id: number; seq: number }[]).map((p) => [
      p.id,
      p.seq,
    ]),
  );
  db.transaction(() => {
    for (const e of log) {
      const seq = (seqOf.get(e.planId) ?? 0) + 1;
      seqOf.set(e.planId, seq);
      insertEvent.run(
        e.planId,
        seq,
        e.type,
        sqlTime(e.at),
        e.actorId,
        e.organizationId,
        e.taskId,
        e.reportId,
        e.commentId,
        e.changes,
      );
    }
    const setSeq = db.prepare(`UPDATE plan SET "lastActivitySeq" = ? WHERE id = ?`);
    for (const [id, seq] of seqOf) setSeq.run(seq, id);
  })();

  const counts: Record<string, number> = {};
  for (const table of [
    'organization',
    'user',
    'plan',
    'task',
    'assignment',
    'progress_report',
    'comment',
    'activity_event',
  ]) {
    counts[table] = one<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`).n;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { stressPlanId: stress.id, stressTaskCount, counts };
}
