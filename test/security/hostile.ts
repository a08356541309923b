// Hostile GraphQL traffic, generated from a seed with fast-check: random and mutated documents,
// wrong types, huge and odd Unicode, deep nesting, alias and directive floods, injection strings in
// every text field, forged tokens, malformed bodies. Used by test/security/fuzz.test.ts (fixed
// seed, CI) and bench/fuzz.ts (longer runs).
import fc from 'fast-check';

/** Ids of real rows, so that hostile values reach the services and the database. */
export interface Targets {
  planId: string;
  taskId: string;
  organizationId: string;
  commentId: string;
  taskVersion: number;
}

export type Auth = { kind: 'none' } | { kind: 'forged'; header: string } | { kind: 'revoked' } | { kind: 'member' };

export interface HostileOp {
  category: string;
  transport: 'http' | 'ws';
  auth: Auth;
  /** A GraphQL request, or a raw body when `raw` is set. */
  query?: string;
  variables?: unknown;
  operationName?: unknown;
  raw?: string;
}

export const INJECTIONS = [
  `'; DROP TABLE "user"; --`,
  `" OR 1=1 --`,
  `1' OR '1'='1`,
  `'); DELETE FROM progress_report; --`,
  `1; UPDATE "user" SET role='ADMIN'`,
  `\\'; SELECT pg_sleep(5); --`,
  `{"$gt": ""}`,
  `<script>alert(document.cookie)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `javascript:alert(1)`,
  '${process.exit(1)}',
  '{{7*7}}',
  '#{7*7}',
  `../../../../etc/passwd`,
  `..\\..\\windows\\win.ini`,
  'line\r\nSet-Cookie: pwned=1',
  '%s%s%s%n%x',
  '__proto__',
  'constructor',
  '\u0000\u0000nul',
  '\u202Eevil\u202C',
  '\uD800 lone surrogate',
  '\uDFFF\uD800 reversed surrogates',
  'a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C',
  '\uFEFF\u200B\u200C\u200D zero-width',
  'Báo cáo tiến độ — Ủy ban nhân dân xã Phú Tâm',
  '🏳️‍🌈👩‍👩‍👧‍👦🇻🇳',
  'SELECT * FROM session',
  '$(rm -rf /)',
  '`id`',
];

const NAMES = [
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'plans',
  'plan',
  'task',
  'tasks',
  'me',
  'search',
  'text',
  'organizations',
  'login',
  'logout',
  'submitProgressReport',
  'addComment',
  'createTask',
  'updateTask',
  'assignOrganization',
  'unassignOrganization',
  'createUser',
  'revokeSessions',
  'setUserDisabled',
  'input',
  'id',
  'title',
  'code',
  'reports',
  'parent',
  'children',
  'assignments',
  'organization',
  'progress',
  'summary',
  'token',
  '__schema',
  '__type',
  '__typename',
  'planActivity',
  'viewers',
  'email',
  'password',
  'role',
  'Task',
  'Plan',
  'true',
  'false',
  'null',
  'ADMIN',
  'skip',
  'include',
  'if',
  'deprecated',
];
const PUNCT = ['{', '}', '(', ')', ':', '$', '!', '[', ']', '...', '@', '=', '|', '&', ',', '"', '"""', '#', '\n', ' '];

/** Valid operations, for mutation and for wrong-typed variables. */
const CORPUS: { query: string; variables: (t: Targets) => Record<string, unknown> }[] = [
  { query: '{ plans { id number title tasks { id code title progress } } }', variables: () => ({}) },
  {
    query: 'query($id: ID!) { plan(id: $id) { id title tasks { id parent { id } } } }',
    variables: (t) => ({ id: t.planId }),
  },
  {
    query: 'query($id: ID!) { task(id: $id) { id title reports { id summary author { name } } } }',
    variables: (t) => ({ id: t.taskId }),
  },
  {
    query: 'query($t: String!) { search(text: $t) { tasks { id title } organizations { name } } }',
    variables: () => ({ t: 'noi vu' }),
  },
  { query: '{ me { id email role organization { name } } }', variables: () => ({}) },
  {
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: () => ({ e: 'vhtt@chauthanh.demo', p: 'sai-mat-khau' }),
  },
  {
    query: 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id summary } }',
    variables: (t) => ({ i: { taskId: t.taskId, organizationId: t.organizationId, progress: 50, summary: 'Báo cáo' } }),
  },
  {
    query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id body } }',
    variables: (t) => ({ i: { taskId: t.taskId, body: 'Ý kiến' } }),
  },
  {
    query: 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id title } }',
    variables: (t) => ({ i: { planId: t.planId, code: 'X.1', title: 'Nhiệm vụ mới' } }),
  },
  {
    query: 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id title version } }',
    variables: (t) => ({ i: { id: t.taskId, version: t.taskVersion, title: 'Sửa' } }),
  },
  {
    query: 'mutation($i: AssignOrganizationInput!) { assignOrganization(input: $i) { id } }',
    variables: (t) => ({ i: { taskId: t.taskId, organizationId: t.organizationId, role: 'LEAD' } }),
  },
  {
    query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    variables: () => ({ i: { email: 'x@y.vn', name: 'X', password: 'mat-khau-dai', role: 'ADMIN' } }),
  },
  { query: 'mutation($u: ID) { revokeSessions(userId: $u) }', variables: () => ({ u: '1' }) },
  { query: 'mutation($u: ID!) { setUserDisabled(id: $u, disabled: true) { id } }', variables: () => ({ u: '1' }) },
  { query: 'mutation { logout }', variables: () => ({}) },
  { query: 'query($id: ID!) { viewers(planId: $id) { user { name } } }', variables: (t) => ({ id: t.planId }) },
];

/** Mutations whose every text field gets an injection string (ids stay valid, to reach the database). */
const TEXT_TEMPLATES: { query: string; input: (t: Targets, s: string[]) => Record<string, unknown> }[] = [
  {
    query:
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id summary results difficulties proposals period } }',
    input: (t, s) => ({
      taskId: t.taskId,
      organizationId: t.organizationId,
      progress: 30,
      summary: s[0],
      results: s[1],
      difficulties: s[2],
      proposals: s[3],
      period: s[4],
      clientMutationId: s[5],
    }),
  },
  {
    query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id body } }',
    input: (t, s) => ({ taskId: t.taskId, body: s[0], clientMutationId: s[1] }),
  },
  {
    query: 'mutation($i: CreateTaskInput!) { createTask(input: $i) { id title } }',
    input: (t, s) => ({
      planId: t.planId,
      code: s[0],
      title: s[1],
      description: s[2],
      deadlineText: s[3],
      deadlineDate: s[4],
      clientMutationId: s[5],
    }),
  },
  {
    query: 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id title } }',
    input: (t, s) => ({
      id: t.taskId,
      version: t.taskVersion,
      title: s[0],
      description: s[1],
      code: s[2],
      deadlineText: s[3],
    }),
  },
  {
    query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    input: (_t, s) => ({ email: s[0], name: s[1], password: s[2], role: 'ADMIN', organizationId: s[3] }),
  },
  { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', input: () => ({}) },
  { query: 'query($t: String!) { search(text: $t) { tasks { id } } }', input: () => ({}) },
];

const tokenArb = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom(...PUNCT),
  fc.integer().map(String),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);

/** Text no one would send: injections, odd Unicode, control characters, huge strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n', '\u0000') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 150_000 }), fc.constantFrom('Ạ', 'a', '🇻🇳', '\u0301', "'", '\uD800'))
      .map(([n, c]) => c.repeat(Math.floor(n / c.length))),
  },
);

/** Values of the wrong type for any variable. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(2 ** 53 + 1, -1, 0, 1e308, -0, '1e309', 'NaN', 'Infinity', '0x10', '１２'),
  hostileString,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'id', 'taskId', 'summary', 'x'),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);

const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...CORPUS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.oneof(tokenArb, fc.constant(''))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([entry, edits]) => {
    let q = entry.query;
    for (const [at, len, insert] of edits) {
      const i = at % (q.length + 1);
      q = q.slice(0, i) + insert + q.slice(i + len);
    }
    return { query: q, variables: entry.variables };
  });

function nested(depth: number, field: string, leaf: string): string {
  return `${`${field} { `.repeat(depth)}${leaf}${' }'.repeat(depth)}`;
}

function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}`
    : `${'{"i":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

function forgedHeader(real: string | null): fc.Arbitrary<string> {
  const ascii = (s: string) => s.replace(/[^\x21-\x7e]/g, (c) => String.fromCharCode(33 + (c.charCodeAt(0) % 94)));
  return fc.oneof(
    fc.string({ minLength: 43, maxLength: 43 }).map((s) => `Bearer ${ascii(s)}`),
    fc.constant('Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIiwicm9sZSI6IkFETUlOIn0.'),
    fc.integer({ min: 200, max: 20_000 }).map((n) => `Bearer ${'A'.repeat(n)}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Basic YWRtaW46YWRtaW4=',
      'bearer null',
      'Bearer undefined',
      "Bearer ' OR 1=1 --",
    ),
    real
      ? fc
          .nat({ max: real.length - 1 })
          .map((i) => `Bearer ${real.slice(0, i)}${real[i] === 'A' ? 'B' : 'A'}${real.slice(i + 1)}`)
      : fc.constant('Bearer x'),
  );
}

/** `count` hostile operations from `seed`; `realToken` lets forged tokens be near-misses of a real one. */
export function hostileOperations(
  seed: number,
  count: number,
  targets: Targets,
  realToken: string | null,
): HostileOp[] {
  const unauthorised: fc.Arbitrary<Auth> = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Auth>({ kind: 'none' }) },
    { weight: 3, arbitrary: forgedHeader(realToken).map<Auth>((header) => ({ kind: 'forged', header })) },
    { weight: 1, arbitrary: fc.constant<Auth>({ kind: 'revoked' }) },
  );
  const op = (category: string, body: fc.Arbitrary<Omit<HostileOp, 'category' | 'transport' | 'auth'>>) =>
    fc
      .tuple(body, unauthorised, fc.integer({ min: 0, max: 19 }))
      .map(([b, auth, r]): HostileOp => ({ category, transport: r === 0 ? 'ws' : 'http', auth, ...b }));

  const arbitrary = fc.oneof(
    op(
      'random-document',
      fc.array(tokenArb, { maxLength: 80 }).map((t) => ({ query: t.join(' ') })),
    ),
    op(
      'mutated-document',
      mutatedDocument.map((m) => ({ query: m.query, variables: m.variables(targets) })),
    ),
    op(
      'wrong-types',
      fc
        .tuple(fc.constantFrom(...CORPUS), fc.array(wrongValue, { minLength: 1, maxLength: 4 }))
        .map(([entry, values]) => {
          const variables = entry.variables(targets);
          const keys = Object.keys(variables);
          values.forEach((v, i) => {
            const key = keys[i % Math.max(1, keys.length)] ?? 'x';
            const current = variables[key];
            if (current && typeof current === 'object' && !Array.isArray(current)) {
              const inner = { ...(current as Record<string, unknown>) };
              const innerKeys = Object.keys(inner);
              inner[innerKeys[i % innerKeys.length]!] = v;
              variables[key] = inner;
            } else variables[key] = v;
          });
          return { query: entry.query, variables };
        }),
    ),
    op(
      'hostile-text',
      fc
        .tuple(fc.constantFrom(...TEXT_TEMPLATES), fc.array(hostileString, { minLength: 6, maxLength: 6 }))
        .map(([tpl, s]) => {
          if (tpl.query.includes('login')) return { query: tpl.query, variables: { e: s[0], p: s[1] } };
          if (tpl.query.includes('search')) return { query: tpl.query, variables: { t: s[0] } };
          return { query: tpl.query, variables: { i: tpl.input(targets, s) } };
        }),
    ),
    op(
      'deep-nesting',
      fc.tuple(fc.integer({ min: 8, max: 3_000 }), fc.constantFrom('parent', 'children', 'tasks')).map(([n, f]) => ({
        query: `{ plans { tasks { ${nested(n, f, 'id')} } } }`,
      })),
    ),
    op(
      'deep-variables',
      fc
        .tuple(fc.integer({ min: 50, max: 5_000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
        .map(([n, k]) => ({
          // Serialised here: the sender's own JSON.stringify would overflow its stack on such depth.
          raw: `{"query":"query($id: ID!) { task(id: $id) { id } }","variables":{"id":${deepJson(n, k)}}}`,
        })),
    ),
    op(
      'fragment-cycle',
      fc.integer({ min: 2, max: 50 }).map((n) => ({
        query:
          '{ plans { tasks { ...F0 } } } ' +
          Array.from({ length: n }, (_, i) => `fragment F${i} on Task { id parent { ...F${(i + 1) % n} } }`).join(' '),
      })),
    ),
    op(
      'alias-flood',
      fc
        .tuple(fc.integer({ min: 21, max: 3_000 }), fc.constantFrom('me { id }', 'plans { id }', '__typename'))
        .map(([n, f]) => ({
          query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ')} }`,
        })),
    ),
    op(
      'directive-flood',
      fc.integer({ min: 51, max: 2_000 }).map((n) => ({ query: `{ me ${'@include(if: true) '.repeat(n)}{ id } }` })),
    ),
    op(
      'introspection',
      fc
        .constantFrom(
          '{ __schema { types { name fields { name } } } }',
          '{ __type(name: "User") { fields { name } } }',
          '{ __schema { queryType { fields { name args { name type { ofType { ofType { ofType { name } } } } } } } } }',
        )
        .map((query) => ({ query })),
    ),
    op(
      'odd-request',
      fc.oneof(
        fc.constant({ raw: '[{"query":"{ me { id } }"},{"query":"{ plans { id } }"}]' }),
        fc.constant({ raw: '{"query": ' }),
        fc.constant({ raw: `{"query":"{ me { id } }","variables":{"x":"${'a'.repeat(3_000_000)}"}}` }),
        fc.constant({ raw: 'null' }),
        fc.constant({ raw: '"{ me { id } }"' }),
        fc.constant({ raw: '{"query": 42}' }),
        fc.constant({ raw: '{"query": "{ me { id } }", "variables": "not an object"}' }),
        fc.constant({
          raw: '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
        }),
        fc.constant({ query: '{ me { id } }', operationName: { evil: true } }),
        fc.constant({ query: 'query A { me { id } } query B { plans { id } }' }),
        fc.constant({ query: 'query A { me { id } } query B { plans { id } }', operationName: 'C' }),
        fc.jsonValue({ maxDepth: 3 }).map((v) => ({ raw: JSON.stringify(v) })),
        fc.string({ unit: 'binary', maxLength: 200 }).map((raw) => ({ raw })),
      ),
    ),
  );
  return fc.sample(arbitrary, { seed, numRuns: count });
}

/** Hostile texts sent by a signed-in member to mutations they may call: stored verbatim or refused. */
export function memberTextOperations(seed: number, count: number, targets: Targets): HostileOp[] {
  const arbitrary = fc.array(hostileString, { minLength: 6, maxLength: 6 }).chain((s) =>
    fc.constantFrom(0, 1).map((which): HostileOp => {
      const tpl = TEXT_TEMPLATES[which]!;
      return {
        category: 'member-hostile-text',
        transport: 'http',
        auth: { kind: 'member' },
        query: tpl.query,
        variables: { i: tpl.input(targets, s) },
      };
    }),
  );
  // Unique ids: a reused one rightly returns the first result, whose text differs.
  return fc.sample(arbitrary, { seed: seed + 1, numRuns: count }).map((op, n) => {
    const input = (op.variables as { i: Record<string, unknown> }).i;
    return { ...op, variables: { i: { ...input, clientMutationId: `member-${seed}-${n}` } } };
  });
}
