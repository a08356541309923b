import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaSdl } from './print-schema.js';

describe('shared/schema.graphql', () => {
  it('matches the schema the server builds (run `pnpm --filter @tiendo/server schema:print`)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await schemaSdl());
  });
});
