import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbSnapshot } from '../../testing/db-snapshot.js';
import { demo } from '../../testing/sample.js';
import { ADMIN, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id email role organization { shortName } } }`;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('sign-in', () => {
  it('gives a token that identifies the user, their unit and role', async () => {
    const token = await server.login(demo('noivu'));
    const me = await server.gql('{ me { name email role organization { name } } }', {}, token);
    expect(me.data!.me).toMatchObject({ email: demo('noivu'), role: 'MEMBER', organization: { name: 'Phòng Nội vụ' } });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    for (const [email, password] of [
      [demo('noivu'), 'wrong-password'],
      ['nobody@chauthanh.demo', 'tiendo2020'],
    ]) {
      const res = await server.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: email,
        p: password,
      });
      expect(res.errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('treats an unknown or revoked token as anonymous', async () => {
    expect((await server.gql('{ me { id } }', {}, 'forged-token')).data!.me).toBeNull();
    const token = await server.login(demo('tuphap'));
    expect((await server.gql('mutation { logout }', {}, token)).data!.logout).toBe(true);
    expect((await server.gql('{ me { id } }', {}, token)).data!.me).toBeNull();
  });

  it('hides e-mail addresses from anonymous readers', async () => {
    const res = await server.gql('{ me { id } }');
    expect(res.data!.me).toBeNull();
  });
});

describe('createUser', () => {
  it('lets the administrator from the environment create accounts', async () => {
    const admin = await server.login(ADMIN.email, ADMIN.password);
    const orgs = await server.gql('{ organizations(kinds: [COMMUNE]) { id shortName } }');
    const anNinh = orgs.data!.organizations.find((o: any) => o.shortName === 'An Ninh').id;
    const res = await server.gql(
      CREATE,
      {
        i: {
          email: 'Can.Bo@AnNinh.demo',
          name: 'Nguyễn Văn A',
          password: 'mat-khau-dai',
          organizationId: anNinh,
          role: 'MEMBER',
        },
      },
      admin,
    );
    expect(res.data!.createUser).toMatchObject({
      email: 'can.bo@anninh.demo',
      role: 'MEMBER',
      organization: { shortName: 'An Ninh' },
    });
    expect(await server.login('can.bo@anninh.demo', 'mat-khau-dai')).toBeTruthy();
  });

  type Refusal = [string, () => Promise<string | undefined>, Record<string, string>, string, string | null];
  it.each<Refusal>([
    ['a member', async () => server.login(demo('vhtt')), {}, 'FORBIDDEN', null],
    ['anonymous', async () => undefined, {}, 'UNAUTHENTICATED', null],
    [
      'a bad email',
      async () => server.login(ADMIN.email, ADMIN.password),
      { email: 'not-an-email' },
      'BAD_USER_INPUT',
      'email',
    ],
    [
      'a short password',
      async () => server.login(ADMIN.email, ADMIN.password),
      { password: 'short' },
      'BAD_USER_INPUT',
      'password',
    ],
    [
      'an email in use',
      async () => server.login(ADMIN.email, ADMIN.password),
      { email: demo('vhtt') },
      'BAD_USER_INPUT',
      'email',
    ],
    [
      'an unknown role',
      async () => server.login(ADMIN.email, ADMIN.password),
      { role: 'KING' },
      'BAD_USER_INPUT',
      'role',
    ],
  ] as const)('refuses %s and changes nothing', async (_n, token, extra, code, field) => {
    const t = await token();
    const before = await dbSnapshot(server.app.dataSource);
    const res = await server.gql(
      CREATE,
      { i: { email: 'x@y.demo', name: 'X', password: 'long-enough-1', role: 'MEMBER', ...extra } },
      t,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await dbSnapshot(server.app.dataSource)).toBe(before);
  });
});
