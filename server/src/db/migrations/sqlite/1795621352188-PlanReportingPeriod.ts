import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand from the generated SQL: SQLite adds a column with a default in place, where the
// generated copy-and-rename of "plan" would cascade into its tasks when foreign keys are on.
export class PlanReportingPeriod1795621352188 implements MigrationInterface {
  name = 'PlanReportingPeriod1795621352188';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan" ADD COLUMN "reportingPeriod" varchar(20) NOT NULL DEFAULT ('YEARLY')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "reportingPeriod"`);
  }
}
