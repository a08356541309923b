// Downloads of consolidated reports as DOCX, signed in with the bearer token like GraphQL:
//   GET /reports/:id.docx          an issued version (anyone who reads the plan)
//   GET /reports/drafts/:id.docx   a draft (the plan's coordinators and leadership)
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { Actor } from '../../permissions/policy.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a GraphQL-style error as an HTTP status with a JSON body. */
export function sendError(res: express.Response, err: unknown) {
  const code = err instanceof GraphQLError ? String(err.extensions.code ?? '') : '';
  const status =
    { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 }[code] ?? 500;
  res
    .status(status)
    .json({ error: status === 500 ? 'Internal error' : (err as Error).message, code: code || 'INTERNAL' });
  return status;
}

/** "attachment; filename=…" with the Vietnamese name kept (RFC 6266). */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export interface RouteDeps {
  actorOf(req: express.Request): Promise<Actor | null>;
  log: { error(obj: object, msg: string): void };
}

export function mountReportRoutes(
  app: express.Express,
  deps: RouteDeps,
  reports: {
    versionDocx(actor: Actor | null, id: string): Promise<{ version: { documentNumber: string }; docx: Buffer }>;
    draftDocx(actor: Actor | null, id: string): Promise<{ report: { cycleKey: string }; docx: Buffer }>;
  },
) {
  app.get('/reports/drafts/:file', async (req, res) => {
    const id = /^(\d+)\.docx$/.exec(req.params.file)?.[1];
    if (!id) return void res.status(404).json({ error: 'Not found', code: 'NOT_FOUND' });
    try {
      const { report, docx } = await reports.draftDocx(await deps.actorOf(req), id);
      res.setHeader('content-type', DOCX_TYPE);
      res.setHeader('content-disposition', attachment(`Dự thảo báo cáo ${report.cycleKey}.docx`));
      res.send(docx);
    } catch (err) {
      if (sendError(res, err) === 500) deps.log.error({ err }, 'draft docx failed');
    }
  });
  app.get('/reports/:file', async (req, res) => {
    const id = /^(\d+)\.docx$/.exec(req.params.file)?.[1];
    if (!id) return void res.status(404).json({ error: 'Not found', code: 'NOT_FOUND' });
    try {
      const { version, docx } = await reports.versionDocx(await deps.actorOf(req), id);
      res.setHeader('content-type', DOCX_TYPE);
      res.setHeader('content-disposition', attachment(`Báo cáo ${version.documentNumber.replace('/', '-')}.docx`));
      res.send(docx);
    } catch (err) {
      if (sendError(res, err) === 500) deps.log.error({ err }, 'docx failed');
    }
  });
}
