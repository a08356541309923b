// `pnpm tiendo import FILE [--json] [--commit] [--as EMAIL]`: reads a plan (text, .docx or .pdf) into a draft task
// graph against the units on record (DATABASE_URL, migrated and seeded like the server), prints it,
// and with --commit creates the plan as the given user (default: the first administrator).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { documentText, NoTextLayerError, reviewItems, UnsupportedDocumentError, UserRole } from '@tiendo/shared';
import { exclusively } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import type { AppDeps } from '../context.js';
import { createDataSource } from '../db/data-source.js';
import { SqlStatementCounter } from '../db/sql-counter.js';
import { WriteQueue } from '../db/write-queue.js';
import { Writer } from '../db/writer.js';
import { RateLimits } from '../features/security/rate-limits.js';
import { PlanImportService } from '../features/plan-import/plan-import.service.js';
import { User } from '../features/user/user.entity.js';
import { UserService } from '../features/user/user.service.js';
import { actorOf } from '../permissions/policy.js';
import { loadSampleData } from '../seed/sample-data.js';
import type { CliCommand } from './index.js';
import { formatDraft } from './format-draft.js';

const USAGE = 'Usage: pnpm tiendo import FILE(.md|.txt|.docx|.pdf) [--json] [--commit] [--as EMAIL]';

export const command: CliCommand = {
  summary: 'import FILE [--json] [--commit] [--as EMAIL]  read a plan (text, .docx, .pdf) into its task graph',
  async run(args) {
    let file: string | null = null;
    let json = false;
    let commit = false;
    let as: string | null = null;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--json') json = true;
      else if (a === '--commit') commit = true;
      else if (a === '--as') as = args[++i] ?? null;
      else if (a.startsWith('-') || file !== null) {
        process.stderr.write(`Unknown argument: ${a}\n${USAGE}\n`);
        return 64; // EX_USAGE
      } else file = a;
    }
    if (!file || (args.includes('--as') && !as)) {
      process.stderr.write(`${USAGE}\n`);
      return 64;
    }
    let bytes: Uint8Array;
    try {
      // pnpm runs scripts from the workspace root; a relative FILE is relative to where the user typed it.
      bytes = new Uint8Array(fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)));
    } catch (error) {
      process.stderr.write(`Cannot read ${file}: ${(error as Error).message}\n`);
      return 66; // EX_NOINPUT
    }
    // .docx and .pdf (with a text layer) are read into text; anything else is UTF-8 text.
    let text: string;
    try {
      text = (await documentText(bytes, file)).text;
    } catch (error) {
      if (error instanceof NoTextLayerError || error instanceof UnsupportedDocumentError) {
        process.stderr.write(`${error.message}\n`);
        return 65; // EX_DATAERR
      }
      throw error;
    }
    let config;
    try {
      config = loadConfig(process.env);
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        return 78;
      }
      throw error;
    }

    // Logs go to stderr so that --json output stays parseable.
    const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
    const sql = new SqlStatementCounter();
    const dataSource = createDataSource(config.database, sql, log);
    await dataSource.initialize();
    const limits = new RateLimits(config);
    try {
      // No subscriber can watch a plan that does not exist yet: nothing to publish live.
      const writer = new Writer(new WriteQueue(dataSource), { publish: () => undefined });
      // The command makes no requests, but services share the server's dependencies.
      const deps: AppDeps = { config, dataSource, writer, log, sql, clock: () => new Date(), limits };
      await exclusively(dataSource, async () => {
        await dataSource.runMigrations({ transaction: 'each' });
        if (config.seed === 'sample') await loadSampleData(deps);
        if (config.admin) await new UserService(deps).ensureAdmin(config.admin.email, config.admin.password);
      });
      const imports = new PlanImportService(deps);
      if (!commit) {
        const { draft } = await imports.parse(text);
        const review = reviewItems(draft);
        process.stdout.write(json ? `${JSON.stringify({ draft, review }, null, 2)}\n` : `${formatDraft(draft)}\n`);
        return 0;
      }
      const users = dataSource.getRepository(User);
      const user = as
        ? await users.findOneBy({ email: as.toLowerCase() })
        : await users.findOne({ where: { role: UserRole.ADMIN, disabled: false }, order: { id: 'ASC' } });
      if (!user) {
        process.stderr.write(
          as ? `No user ${as}\n` : 'No administrator: pass --as EMAIL (or set TIENDO_ADMIN_EMAIL)\n',
        );
        return 67; // EX_NOUSER
      }
      const { draft, plan } = await imports.importPlan(actorOf(user), { text, commit: true });
      if (json)
        process.stdout.write(
          `${JSON.stringify({ draft, plan: { id: String(plan!.id), number: plan!.number } }, null, 2)}\n`,
        );
      else process.stdout.write(`${formatDraft(draft)}\n\nĐã tạo kế hoạch ${plan!.number} (#${plan!.id}).\n`);
      return 0;
    } catch (error) {
      if (error instanceof GraphQLError) {
        const field = error.extensions.field ? ` (${String(error.extensions.field)})` : '';
        process.stderr.write(`${String(error.extensions.code)}: ${error.message}${field}\n`);
        return 65; // EX_DATAERR
      }
      throw error;
    } finally {
      await limits.close();
      await dataSource.destroy();
    }
  },
};
