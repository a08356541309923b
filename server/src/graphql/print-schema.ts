// Writes the GraphQL schema to shared/schema.graphql, the source of the client's generated types.
// Usage: pnpm --filter @tiendo/server schema:print
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { AppDeps } from '../context.js';
import { InProcessActivityBus } from '../features/activity/activity-bus.js';
import { PresenceTracker } from '../features/activity/presence.js';
import { createSchema, createServices } from './schema.js';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../shared/schema.graphql');

/** The schema as SDL; services are only wired, never called, so they need no dependencies. */
export async function schemaSdl(): Promise<string> {
  const bus = new InProcessActivityBus();
  const schema = await createSchema(createServices({} as AppDeps, { bus, presence: new PresenceTracker(bus) }));
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(SCHEMA_FILE, await schemaSdl());
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
