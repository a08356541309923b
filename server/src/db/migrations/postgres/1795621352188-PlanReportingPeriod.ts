import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanReportingPeriod1795621352188 implements MigrationInterface {
  name = 'PlanReportingPeriod1795621352188';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan" ADD "reportingPeriod" character varying(20) NOT NULL DEFAULT 'YEARLY'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "reportingPeriod"`);
  }
}
