// Statistics as files, signed in with the bearer token (public plans need none):
//   GET /plans/:id/statistics.csv?table=units|groups|timeline|cycles
//   GET /plans/:id/statistics.xlsx
import type express from 'express';
import { attachment, sendError, type RouteDeps } from '../consolidated-report/report-routes.js';
import type { StatisticsService } from './statistics.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function mountStatisticsRoutes(app: express.Express, deps: RouteDeps, statistics: StatisticsService) {
  app.get('/plans/:id/:file', async (req, res, next) => {
    const { id, file } = req.params;
    if (file !== 'statistics.csv' && file !== 'statistics.xlsx') return next();
    try {
      const actor = await deps.actorOf(req);
      if (file === 'statistics.csv') {
        const table = typeof req.query.table === 'string' ? req.query.table : 'units';
        const { planNumber, buffer } = await statistics.csv(actor, id, table);
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', attachment(`Thống kê ${planNumber.replace(/\//g, '-')} ${table}.csv`));
        res.send(buffer);
      } else {
        const { planNumber, buffer } = await statistics.xlsx(actor, id);
        res.setHeader('content-type', XLSX_TYPE);
        res.setHeader('content-disposition', attachment(`Thống kê ${planNumber.replace(/\//g, '-')}.xlsx`));
        res.send(buffer);
      }
    } catch (err) {
      if (sendError(res, err) === 500) deps.log.error({ err }, 'statistics export failed');
    }
  });
}
