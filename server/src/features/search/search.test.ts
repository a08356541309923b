import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
const SEARCH = `query($t: String!) { search(text: $t) { tasks { code } organizations { name } documents { number } } }`;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('search', () => {
  it('ignores diacritics: "noi vu" finds Phòng Nội vụ', async () => {
    const res = await server.gql(SEARCH, { t: 'noi vu' });
    expect(res.data!.search.organizations.map((o: any) => o.name)).toEqual(['Phòng Nội vụ']);
  });

  it('ignores the kind of dash: "Văn hóa – Thông tin" finds Phòng Văn hóa - Thông tin', async () => {
    const res = await server.gql(SEARCH, { t: 'Văn hóa – Thông tin' });
    expect(res.data!.search.organizations.map((o: any) => o.name)).toContain('Phòng Văn hóa - Thông tin');
  });

  it('finds tasks by words of their title, and documents by number', async () => {
    const tasks = await server.gql(SEARCH, { t: 'tai nang tre' });
    expect(tasks.data!.search.tasks.map((t: any) => t.code)).toEqual(['II.3.c']);
    const docs = await server.gql(SEARCH, { t: '142/QĐ-TTg' });
    // Plan 56/KH-UBND mentions 142/QĐ-TTg in its title, so it is found too.
    expect(docs.data!.search.documents.map((d: any) => d.number)).toEqual(['142/QĐ-TTg', '56/KH-UBND']);
    const ngoaiNgu = await server.gql(SEARCH, { t: 'NGOAI NGU' });
    expect(ngoaiNgu.data!.search.documents.map((d: any) => d.number)).toEqual(['1659/QĐ-TTg']);
  });

  it('treats LIKE wildcards literally and refuses overlong text', async () => {
    const res = await server.gql(SEARCH, { t: '%' });
    expect(res.data!.search).toEqual({ tasks: [], organizations: [], documents: [] });
    const long = await server.gql(SEARCH, { t: 'a'.repeat(201) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});
