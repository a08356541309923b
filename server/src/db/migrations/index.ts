import type { MigrationInterface } from 'typeorm';
import { Initial1795581057658 } from './1795581057658-Initial.js';

/** SQLite migrations, oldest first. Listed explicitly so the same list works from src/ and dist/. */
export const sqliteMigrations: (new () => MigrationInterface)[] = [Initial1795581057658];
