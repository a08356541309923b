import type { MigrationInterface } from 'typeorm';
import { Initial1795582558327 as PostgresInitial } from './postgres/1795582558327-Initial.js';
import { Initial1795581057658 as SqliteInitial } from './sqlite/1795581057658-Initial.js';
import { PlanReportingPeriod1795621352188 as PostgresPlanReportingPeriod } from './postgres/1795621352188-PlanReportingPeriod.js';
import { PlanReportingPeriod1795621352188 as SqlitePlanReportingPeriod } from './sqlite/1795621352188-PlanReportingPeriod.js';
import { Reminders1795621583898 as PostgresReminders } from './postgres/1795621583898-Reminders.js';
import { Reminders1795621583898 as SqliteReminders } from './sqlite/1795621583898-Reminders.js';
import { ConsolidatedReports1795621913331 as PostgresConsolidatedReports } from './postgres/1795621913331-ConsolidatedReports.js';
import { ConsolidatedReports1795621913331 as SqliteConsolidatedReports } from './sqlite/1795621913331-ConsolidatedReports.js';
import { Oversight1795621216171 as PostgresOversight } from './postgres/1795621216171-Oversight.js';
import { Oversight1795621216171 as SqliteOversight } from './sqlite/1795621216171-Oversight.js';

type Migration = new () => MigrationInterface;

/**
 * Migrations per database, oldest first, kept in step: `pnpm --filter @tiendo/server
 * migration:generate Name` writes both. Listed explicitly so the same lists work from src/ and dist/.
 */
export const sqliteMigrations: Migration[] = [
  SqliteInitial,
  SqliteOversight,
  SqlitePlanReportingPeriod,
  SqliteReminders,
  SqliteConsolidatedReports,
];
export const postgresMigrations: Migration[] = [
  PostgresInitial,
  PostgresOversight,
  PostgresPlanReportingPeriod,
  PostgresReminders,
  PostgresConsolidatedReports,
];
