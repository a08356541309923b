// The permission matrix: every mutation and subscription of the schema × every role, each cell
// executed against a real server. Allowed cells must succeed; denied cells must answer
// UNAUTHENTICATED (anonymous) or FORBIDDEN and leave the database exactly as it was.
// A mutation or subscription without a row here fails the suite: new ones must be added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBulkPlan } from '../testing/bulk-plan.js';
import { dbSnapshot } from '../testing/db-snapshot.js';
import { samplePlan, type SamplePlan } from '../testing/plan-fixtures.js';
import { demo } from '../testing/sample.js';
import { NOTIFICATION_ADDED, SubscriptionListener } from '../testing/subscription.js';
import { ADMIN, startTestServer, type TestServer } from '../testing/test-server.js';

/** The columns. On task II.2.b of plan 85: VH-TT leads, KT-HT and Đài TT help, Tư pháp has no part. */
const ROLES = [
  'ADMIN',
  'LEADERSHIP', // UBND huyện
  'COORDINATOR', // Phòng KT-HT, the plan's standing office
  'LEAD_MEMBER', // Phòng VH-TT, lead of II.2.b
  'COLLABORATOR_MEMBER', // Đài Truyền thanh, collaborator on II.2.b
  'UNRELATED_MEMBER', // Phòng Tư pháp, not on II.2.b
  'MONITOR', // MTTQ huyện
  'ANONYMOUS',
  'DIFFICULTY_OFFICE', // Phòng Nội vụ, a MEMBER: where the plan's difficulties go
] as const;
type Role = (typeof ROLES)[number];

const EMAIL: Record<Exclude<Role, 'ANONYMOUS'>, string> = {
  ADMIN: ADMIN.email,
  LEADERSHIP: demo('ubndhuyen'),
  COORDINATOR: demo('kthat'),
  LEAD_MEMBER: demo('vhtt'),
  COLLABORATOR_MEMBER: demo('dtth'),
  UNRELATED_MEMBER: demo('tuphap'),
  MONITOR: demo('mttq'),
  DIFFICULTY_OFFICE: demo('noivu'),
};
const UNIT: Record<Role, string | null> = {
  ADMIN: null,
  LEADERSHIP: 'UBND huyện',
  COORDINATOR: 'KT-HT',
  LEAD_MEMBER: 'VH-TT',
  COLLABORATOR_MEMBER: 'Đài TT',
  UNRELATED_MEMBER: 'Tư pháp',
  MONITOR: 'MTTQ huyện',
  ANONYMOUS: null,
  DIFFICULTY_OFFICE: 'Nội vụ',
};

const A = 'allow' as const;
const D = 'deny' as const;
type Cell = typeof A | typeof D;

interface Row {
  field: string;
  /** Which case of the field, when a field has several rows. */
  label?: string;
  kind: 'mutation' | 'subscription';
  /** One cell per role, in the order of ROLES. */
  cells: Cell[];
  /** Prepares a fresh target for one cell (as the administrator) and returns the variables. */
  setup?: (role: Role) => Promise<Record<string, unknown>>;
  query: string;
  /** The token the cell runs with, when it is not the role's shared one (logout revokes its own). */
  token?: (role: Role) => Promise<string | undefined>;
  /** Runs after the cell, e.g. to make the plan public again. */
  cleanup?: () => Promise<void>;
}

let server: TestServer;
let plan: SamplePlan;
let privatePlanId: string;
const tokens: Partial<Record<Role, string>> = {};
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

const gqlOk = async (query: string, variables: Record<string, unknown>, token: string | undefined) => {
  const res = await server.gql(query, variables, token);
  if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data!;
};
const asAdmin = (query: string, variables: Record<string, unknown> = {}) => gqlOk(query, variables, tokens.ADMIN);
const task = (code: string) => plan.tasks[code]!.id;
const unitOf = (role: Role) => plan.orgs[UNIT[role] ?? 'VH-TT'];

async function raiseObstacle(): Promise<string> {
  const data = await gqlOk(
    'mutation($i: RaiseObstacleInput!) { raiseObstacle(input: $i) { id } }',
    { i: { taskId: task('II.2.b'), description: `Khó khăn ${unique()}` } },
    tokens.LEAD_MEMBER,
  );
  return data.raiseObstacle.id;
}
async function forwardedObstacle(): Promise<string> {
  const id = await raiseObstacle();
  await gqlOk(
    'mutation($i: ForwardObstacleInput!) { forwardObstacle(input: $i) { id } }',
    { i: { id, note: 'Tổng hợp' } },
    tokens.DIFFICULTY_OFFICE,
  );
  return id;
}
async function newUser(): Promise<string> {
  const data = await asAdmin('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { email: `u-${unique()}@matrix.demo`, name: 'Người thử', password: 'long-password-1', role: 'MEMBER' },
  });
  return data.createUser.id;
}

/** The current cycle's consolidated report of plan 85 (drafted by the administrator on first use). */
async function consolidatedDraft(): Promise<{ id: string; version: number }> {
  const data = await asAdmin(
    'mutation($i: GenerateConsolidatedReportInput!) { generateConsolidatedReport(input: $i) { id version } }',
    { i: { planId: plan.id } },
  );
  return data.generateConsolidatedReport;
}

const ROWS: Row[] = [
  //                                   ADMIN LEAD. COORD LEADM COLLM UNREL MONIT ANON  DIFF
  {
    field: 'login',
    kind: 'mutation',
    cells: [A, A, A, A, A, A, A, A, A],
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    setup: async (role) => ({
      e: role === 'ANONYMOUS' ? demo('vhtt') : EMAIL[role],
      p: role === 'ADMIN' ? ADMIN.password : 'tiendo2020',
    }),
    token: async () => undefined,
  },
  {
    field: 'logout',
    kind: 'mutation',
    cells: [A, A, A, A, A, A, A, A, A], // anonymous: nothing to revoke, answers false
    query: 'mutation { logout }',
    token: async (role) =>
      role === 'ANONYMOUS' ? undefined : server.login(EMAIL[role], role === 'ADMIN' ? ADMIN.password : undefined),
  },
  {
    field: 'submitProgressReport',
    label: 'for the caller’s own unit on II.2.b (KT-HT helps with it)',
    kind: 'mutation',
    cells: [A, D, A, A, A, D, D, D, D],
    query: 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    setup: async (role) => ({
      i: { taskId: task('II.2.b'), organizationId: unitOf(role), progress: 10 + n++, summary: 'Báo cáo' },
    }),
  },
  {
    field: 'addComment',
    kind: 'mutation',
    cells: [A, A, A, A, A, D, A, D, A],
    query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    setup: async () => ({ i: { taskId: task('II.2.b'), body: `Ý kiến ${unique()}` } }),
  },
  {
    field: 'createTask',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
    setup: async () => ({
      i: {
        planId: plan.id,
        parentId: task('II.2'),
        code: `II.2.${100 + ++n}`,
        title: 'Nhiệm vụ mới',
        deadlineKind: 'ONGOING',
      },
    }),
  },
  {
    field: 'updateTask',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id } }',
    setup: async () => {
      const data = await asAdmin('query($id: ID!) { task(id: $id) { version } }', { id: task('II.3.c') });
      return { i: { id: task('II.3.c'), version: data.task.version, description: `Mô tả ${unique()}` } };
    },
  },
  {
    field: 'assignOrganization',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: AssignOrganizationInput!) { assignOrganization(input: $i) { id } }',
    setup: async () => {
      await asAdmin('mutation($i: UnassignOrganizationInput!) { unassignOrganization(input: $i) { id } }', {
        i: { taskId: task('II.3.c'), organizationId: plan.orgs['Y tế'] },
      });
      return { i: { taskId: task('II.3.c'), organizationId: plan.orgs['Y tế'], role: 'COLLABORATOR' } };
    },
  },
  {
    field: 'unassignOrganization',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: UnassignOrganizationInput!) { unassignOrganization(input: $i) { id } }',
    setup: async () => {
      await asAdmin('mutation($i: AssignOrganizationInput!) { assignOrganization(input: $i) { id } }', {
        i: { taskId: task('II.3.c'), organizationId: plan.orgs['Y tế'], role: 'COLLABORATOR' },
      });
      return { i: { taskId: task('II.3.c'), organizationId: plan.orgs['Y tế'] } };
    },
  },
  {
    field: 'createUser',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    setup: async () => ({
      i: { email: `c-${unique()}@matrix.demo`, name: 'Cán bộ', password: 'long-password-1', role: 'MEMBER' },
    }),
  },
  {
    field: 'raiseObstacle',
    kind: 'mutation',
    cells: [A, D, A, A, A, D, D, D, D],
    query: 'mutation($i: RaiseObstacleInput!) { raiseObstacle(input: $i) { id } }',
    setup: async () => ({ i: { taskId: task('II.2.b'), description: `Vướng mắc ${unique()}` } }),
  },
  {
    field: 'forwardObstacle',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, A],
    query: 'mutation($i: ForwardObstacleInput!) { forwardObstacle(input: $i) { id } }',
    setup: async () => ({ i: { id: await raiseObstacle(), note: 'Tổng hợp, đề xuất' } }),
  },
  {
    field: 'resolveObstacle',
    kind: 'mutation',
    cells: [A, A, D, D, D, D, D, D, D],
    query: 'mutation($i: ResolveObstacleInput!) { resolveObstacle(input: $i) { id } }',
    setup: async () => ({ i: { id: await forwardedObstacle(), resolution: 'Đồng ý' } }),
  },
  {
    field: 'fileFinding',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, A, D, D],
    query: 'mutation($i: FileFindingInput!) { fileFinding(input: $i) { id } }',
    setup: async () => ({ i: { taskId: task('II.2.b'), content: `Kiến nghị ${unique()}`, dueDate: '2099-12-31' } }),
  },
  {
    field: 'respondToFinding',
    kind: 'mutation',
    cells: [A, D, D, A, D, D, D, D, D],
    query: 'mutation($i: RespondToFindingInput!) { respondToFinding(input: $i) { id } }',
    setup: async () => {
      const data = await gqlOk(
        'mutation($i: FileFindingInput!) { fileFinding(input: $i) { id } }',
        { i: { taskId: task('II.2.b'), content: `Kiến nghị ${unique()}`, dueDate: '2099-12-31' } },
        tokens.MONITOR,
      );
      return { i: { id: data.fileFinding.id, response: 'Đã tiếp thu' } };
    },
  },
  {
    field: 'markNotificationsRead',
    kind: 'mutation',
    cells: [A, A, A, A, A, A, A, D, A], // one's own inbox only
    query: 'mutation { markNotificationsRead }',
  },
  {
    field: 'createOrganization',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
    setup: async () => ({ i: { name: `Đơn vị ${unique()}`, shortName: 'ĐV', kind: 'OTHER' } }),
  },
  {
    field: 'updateOrganization',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }',
    setup: async () => ({ i: { id: plan.orgs['Cổng TTĐT'], shortName: `Cổng ${unique()}` } }),
  },
  {
    field: 'createOrganizationGroup',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($i: CreateOrganizationGroupInput!) { createOrganizationGroup(input: $i) { id } }',
    setup: async () => ({
      i: {
        name: 'Nhóm',
        code: `G_${unique()
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '_')}`,
        memberIds: [],
      },
    }),
  },
  {
    field: 'updateOrganizationGroup',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($i: UpdateOrganizationGroupInput!) { updateOrganizationGroup(input: $i) { id } }',
    setup: async () => ({ i: { id: plan.groups.RELATED_BODIES, name: `Các cơ quan liên quan ${unique()}` } }),
  },
  {
    field: 'updateUser',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }',
    setup: async () => ({ i: { id: await newUser(), name: `Tên mới ${unique()}` } }),
  },
  {
    field: 'setUserDisabled',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }',
    setup: async () => ({ id: await newUser() }),
  },
  {
    field: 'resetUserPassword',
    kind: 'mutation',
    cells: [A, D, D, D, D, D, D, D, D],
    query: 'mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }',
    setup: async () => ({ id: await newUser() }),
  },
  {
    field: 'setPlanPublic',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($id: ID!) { setPlanPublic(planId: $id, isPublic: false) { id } }',
    setup: async () => ({ id: plan.id }),
    cleanup: async () => {
      await asAdmin('mutation($id: ID!) { setPlanPublic(planId: $id, isPublic: true) { id } }', { id: plan.id });
    },
  },
  // Reporting cycles, reminders and the consolidated report: the plan's coordinators (and admins).
  {
    field: 'setPlanReportingPeriod',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($id: ID!) { setPlanReportingPeriod(planId: $id, period: YEARLY) { id } }',
    setup: async () => ({ id: plan.id }),
  },
  {
    field: 'sendReminders',
    label: 'đôn đốc one unit of plan 85',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: SendRemindersInput!) { sendReminders(input: $i) { reminders { id } } }',
    setup: async () => ({ i: { planId: plan.id, organizationIds: [plan.orgs['VH-TT']] } }),
  },
  {
    field: 'generateConsolidatedReport',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: GenerateConsolidatedReportInput!) { generateConsolidatedReport(input: $i) { id } }',
    setup: async () => ({ i: { planId: plan.id } }),
  },
  {
    field: 'updateConsolidatedReport',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: UpdateConsolidatedReportInput!) { updateConsolidatedReport(input: $i) { id } }',
    setup: async () => {
      const r = await consolidatedDraft();
      return { i: { id: r.id, version: r.version, signerName: `Người ký ${unique()}` } };
    },
  },
  {
    field: 'regenerateConsolidatedReport',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($id: ID!, $v: Int!) { regenerateConsolidatedReport(id: $id, version: $v) { id } }',
    setup: async () => {
      const r = await consolidatedDraft();
      return { id: r.id, v: r.version };
    },
  },
  {
    field: 'issueConsolidatedReport',
    kind: 'mutation',
    cells: [A, D, A, D, D, D, D, D, D],
    query: 'mutation($i: IssueConsolidatedReportInput!) { issueConsolidatedReport(input: $i) { id } }',
    setup: async () => {
      const r = await consolidatedDraft();
      return { i: { id: r.id, version: r.version } };
    },
  },
  {
    field: 'planActivity',
    label: 'public plan 85: anyone watches (the district portal)',
    kind: 'subscription',
    cells: [A, A, A, A, A, A, A, A, A],
    query: `subscription($id: ID!) { planActivity(planId: $id, after: 0) { seq } }`,
    setup: async () => ({ id: plan.id }),
  },
  {
    field: 'planActivity',
    label: 'a private plan of KT-HT: only those it involves, leadership, monitors and admins',
    kind: 'subscription',
    cells: [A, A, A, D, D, D, A, D, D],
    query: `subscription($id: ID!) { planActivity(planId: $id) { seq } }`,
    setup: async () => ({ id: privatePlanId }),
  },
  {
    field: 'notificationAdded',
    label: 'one’s own inbox, proven by a mention of the caller',
    kind: 'subscription',
    cells: [A, A, A, A, A, A, A, D, A],
    query: NOTIFICATION_ADDED,
  },
];

beforeAll(async () => {
  server = await startTestServer();
  plan = await samplePlan(server);
  for (const role of ROLES) {
    if (role !== 'ANONYMOUS')
      tokens[role] = await server.login(EMAIL[role], role === 'ADMIN' ? ADMIN.password : undefined);
  }
  privatePlanId = String(
    await insertBulkPlan(server.app.dataSource, 3, 'PRIVATE-MATRIX', {
      isPublic: false,
      organizationIds: [Number(plan.orgs['KT-HT'])],
    }),
  );
});
afterAll(async () => {
  await server?.stop();
});

describe('the matrix covers the schema', () => {
  it('has a row for every mutation and subscription, a cell for every role, and no row for a field that does not exist', async () => {
    const res = await server.gql(`{ __schema {
      mutationType { fields { name } } subscriptionType { fields { name } } } }`);
    const inSchema = [
      ...res.data!.__schema.mutationType.fields.map((f: { name: string }) => `mutation ${f.name}`),
      ...res.data!.__schema.subscriptionType.fields.map((f: { name: string }) => `subscription ${f.name}`),
    ].sort();
    const inMatrix = [...new Set(ROWS.map((r) => `${r.kind} ${r.field}`))].sort();
    expect(inMatrix).toEqual(inSchema);
    for (const row of ROWS) expect(row.cells, row.field).toHaveLength(ROLES.length);
  });
});

async function runMutationCell(row: Row, role: Role) {
  const variables = (await row.setup?.(role)) ?? {};
  const token = row.token ? await row.token(role) : tokens[role];
  const before = await dbSnapshot(server.app.dataSource);
  const res = await server.gql(row.query, variables, token);
  try {
    if (row.cells[ROLES.indexOf(role)] === A) {
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data?.[row.field]).not.toBeNull();
      expect(res.data?.[row.field]).not.toBeUndefined();
    } else {
      expect(res.errors?.[0]?.extensions?.code).toBe(role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(res.data?.[row.field] ?? null).toBeNull();
      expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    }
  } finally {
    await row.cleanup?.();
  }
}

async function runSubscriptionCell(row: Row, role: Role) {
  const variables = (await row.setup?.(role)) ?? {};
  const before = await dbSnapshot(server.app.dataSource);
  const inbox = row.field === 'notificationAdded' && role !== 'ANONYMOUS';
  if (inbox) {
    const mark = (await gqlOk('{ notifications(limit: 1) { id } }', {}, tokens[role])).notifications[0]?.id;
    variables.after = mark ?? '0';
  }
  const listener = new SubscriptionListener(server.app.url, row.query, { token: tokens[role] ?? null, variables });
  try {
    if (inbox) {
      // Something for the caller's inbox: a mention by e-mail, written by someone else.
      const author = role === 'COORDINATOR' ? tokens.LEAD_MEMBER : tokens.COORDINATOR;
      await gqlOk(
        'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
        { i: { taskId: task('II.2.b'), body: `Nhờ @${EMAIL[role as Exclude<Role, 'ANONYMOUS'>]} xem` } },
        author,
      );
    }
    await listener.until(
      (l) => l.results.length > 0 || l.errors.length > 0 || l.closeCode !== null,
      `${row.field} as ${role}`,
    );
    if (row.cells[ROLES.indexOf(role)] === A) {
      expect(listener.errors).toEqual([]);
      expect(listener.results.length).toBeGreaterThan(0);
    } else {
      // Anonymous viewers of a private plan have their socket closed with 4401; others get an error.
      const code = listener.errors[0]?.extensions?.code ?? (listener.closeCode === 4401 ? 'UNAUTHENTICATED' : null);
      expect(code).toBe(role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(listener.results).toEqual([]);
      expect(await dbSnapshot(server.app.dataSource)).toBe(before);
    }
  } finally {
    await listener.dispose();
  }
}

describe.each(ROWS.map((row) => [`${row.kind} ${row.field}${row.label ? ` (${row.label})` : ''}`, row] as const))(
  '%s',
  (_name, row) => {
    it.each(ROLES.map((role, i) => [role, row.cells[i]!] as const))('%s → %s', async (role) => {
      if (row.kind === 'mutation') await runMutationCell(row, role);
      else await runSubscriptionCell(row, role);
    });
  },
);
