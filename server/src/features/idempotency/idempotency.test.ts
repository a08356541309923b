import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../graphql/schema.js';
import { ADMIN, startTestServer, type TestServer } from '../../testing/test-server.js';

/**
 * THE RULE: every mutation that creates something takes an optional `clientMutationId: String`
 * (as an argument or a field of its input) and passes it to `onceForClientMutation` inside its
 * write transaction, so a client that retries after a lost answer gets the first result, not a
 * second row. A creating mutation is one whose name starts with one of these verbs. A mutation that
 * only sets state (update/assign/set/revoke: repeating it changes nothing more) is not creating.
 * If you add such a verb-named mutation that truly cannot create twice, add it to NOT_CREATING
 * below with the reason.
 */
const CREATING =
  /^(create|add|submit|post|upload|import|send|invite|copy|duplicate|clone|register|file|raise|request|attach|record|open|propose|report)/;
const NOT_CREATING: Record<string, string> = {};

function takesClientMutationId(field: GraphQLField<unknown, unknown>): boolean {
  const has = (arg: Pick<GraphQLArgument, 'name' | 'type'>) =>
    arg.name === 'clientMutationId' && !isNonNullType(arg.type) && getNamedType(arg.type).name === 'String';
  return field.args.some((arg) => {
    if (has(arg)) return true;
    const type = getNamedType(arg.type);
    return isInputObjectType(type) && Object.values(type.getFields()).some(has);
  });
}

let server: TestServer;
let schema: GraphQLSchema;
beforeAll(async () => {
  server = await startTestServer();
  schema = await createSchema(server.app.services);
});
afterAll(() => server.stop());

describe('idempotency', () => {
  it('every creating mutation in the schema takes an optional clientMutationId', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const creating = mutations.filter((m) => CREATING.test(m.name) && !(m.name in NOT_CREATING));
    expect(creating.map((m) => m.name)).toContain('submitProgressReport');
    const missing = creating.filter((m) => !takesClientMutationId(m)).map((m) => m.name);
    expect(
      missing,
      `These creating mutations lack clientMutationId (see THE RULE in ${import.meta.filename}): ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('a retried createUser returns the first account instead of failing or creating another', async () => {
    const admin = await server.login(ADMIN.email, ADMIN.password);
    const create = `mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }`;
    const input = {
      email: 'canbo.moi@chauthanh.demo',
      name: 'Cán bộ mới',
      password: 'mat-khau-dai-1',
      role: 'MEMBER',
      clientMutationId: 'create-user-1',
    };
    const first = await server.gql(create, { i: input }, admin);
    const retry = await server.gql(create, { i: input }, admin);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.createUser).toEqual(first.data!.createUser);
    const [{ n }] = await server.app.dataSource.query(
      `SELECT COUNT(*) AS n FROM "user" WHERE email = 'canbo.moi@chauthanh.demo'`,
    );
    expect(Number(n)).toBe(1);
    // Without the id the same call is a duplicate email.
    const again = await server.gql(create, { i: { ...input, clientMutationId: null } }, admin);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
