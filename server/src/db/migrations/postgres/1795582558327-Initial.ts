import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795582558327 implements MigrationInterface {
  name = 'Initial1795582558327';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activity_event" ("id" SERIAL NOT NULL, "planId" integer NOT NULL, "seq" integer NOT NULL, "type" character varying(40) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actorId" integer, "organizationId" integer, "taskId" integer, "reportId" integer, "commentId" integer, "changes" text, CONSTRAINT "PK_c2c1e9fdda754a6bf7f664d7e04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b7e7cbdb2f98226507066c0de4" ON "activity_event"  ("taskId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f362bd5534cd53e48927c54c47" ON "activity_event"  ("planId", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" SERIAL NOT NULL, "name" character varying(300) NOT NULL, "shortName" character varying(60) NOT NULL, "kind" character varying(40) NOT NULL, "parentId" integer, "searchText" character varying(400) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0c19be438ab06d765b4a3e5147" ON "organization"  ("searchText") `);
    await queryRunner.query(
      `CREATE TABLE "organization_group" ("id" SERIAL NOT NULL, "name" character varying(300) NOT NULL, "code" character varying(60) NOT NULL, CONSTRAINT "PK_999bf5dafba09258280309fc0e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1f0fc32c289b375c2ce24547b5" ON "organization_group"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "legal_document" ("id" SERIAL NOT NULL, "number" character varying(120) NOT NULL, "type" character varying(40) NOT NULL, "issuer" character varying(300) NOT NULL, "issuedOn" character varying(10), "title" text NOT NULL, "searchText" text NOT NULL, CONSTRAINT "PK_950166ad59d051a80cad8337c76" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a6fcd43d8d63bd7d7d4a416853" ON "legal_document"  ("number") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c96a26e2d6f552a9a071118de" ON "legal_document"  ("searchText") `);
    await queryRunner.query(
      `CREATE TABLE "plan" ("id" SERIAL NOT NULL, "number" character varying(120) NOT NULL, "title" text NOT NULL, "issuingOrganizationId" integer NOT NULL, "issuedOn" character varying(10), "place" character varying(120), "signerName" character varying(200), "signerTitle" character varying(200), "parentPlanId" integer, "implementsDocumentId" integer, "standingOfficeId" integer, "difficultyOfficeId" integer, "recipients" text NOT NULL, "isPublic" boolean NOT NULL DEFAULT false, "sourceText" text, "lastActivitySeq" integer NOT NULL DEFAULT '0', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3defa8e0af148f67f4ee4673b9" ON "plan"  ("number") `);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" SERIAL NOT NULL, "planId" integer NOT NULL, "parentId" integer, "code" character varying(40) NOT NULL, "position" integer NOT NULL DEFAULT '0', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "deadlineKind" character varying(20) NOT NULL, "deadlineDate" character varying(10), "deadlineText" text, "recurrence" character varying(20), "status" character varying(20) NOT NULL DEFAULT 'NOT_STARTED', "statusSetManually" boolean NOT NULL DEFAULT false, "progress" integer NOT NULL DEFAULT '0', "lastReportAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "searchText" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_401a40b63406dcfe20092a6269" ON "task"  ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c9920b5fb32c3d8453f64b705" ON "task"  ("parentId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad86338ab222d9082fc1f1cc59" ON "task"  ("searchText") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_295e6da98e11d757025a9ec65c" ON "task"  ("planId", "code") `);
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" SERIAL NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "role" character varying(20) NOT NULL, "viaGroupId" integer, "progress" integer NOT NULL DEFAULT '0', "status" character varying(20) NOT NULL DEFAULT 'NOT_STARTED', "lastReportAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f2bad8520aaa293a732d9379d9" ON "assignment"  ("taskId") `);
    await queryRunner.query(`CREATE INDEX "IDX_24052fb4c85bf196181328033b" ON "assignment"  ("organizationId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7f325aa6ed1e8da174c92e7172" ON "assignment"  ("taskId", "organizationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "organizationId" integer, "role" character varying(20) NOT NULL, "passwordHash" character varying(200) NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" SERIAL NOT NULL, "tokenHash" character varying(64) NOT NULL, "userId" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff3b5bfd0767bd32942e5ccaad" ON "session"  ("tokenHash") `);
    await queryRunner.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session"  ("userId") `);
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" SERIAL NOT NULL, "taskId" integer NOT NULL, "authorId" integer NOT NULL, "organizationId" integer, "body" text NOT NULL, "replyToId" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "editedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9fc19c95c33ef4d97d09b72ee9" ON "comment"  ("taskId") `);
    await queryRunner.query(
      `CREATE TABLE "mutation_receipt" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "clientMutationId" character varying(100) NOT NULL, "operation" character varying(60) NOT NULL, "resultId" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1d3d6a8263c77874a03a84a20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_28e0055e2ab5cd341bca3fef3b" ON "mutation_receipt"  ("userId", "clientMutationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" SERIAL NOT NULL, "taskId" integer NOT NULL, "organizationId" integer NOT NULL, "authorId" integer NOT NULL, "progress" integer NOT NULL, "summary" text NOT NULL, "results" text NOT NULL DEFAULT '', "difficulties" text NOT NULL DEFAULT '', "proposals" text NOT NULL DEFAULT '', "period" character varying(100), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_47c6b8d917105d72febcddb334" ON "progress_report"  ("taskId") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_87911f6dd188b552e1ac4d8004" ON "progress_report"  ("taskId", "organizationId", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_group_member" ("groupId" integer NOT NULL, "organizationId" integer NOT NULL, CONSTRAINT "PK_98db3d70332616a72a5bf2d8a83" PRIMARY KEY ("groupId", "organizationId"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f2d34c5cb5b71ece910685b4ce" ON "organization_group_member"  ("groupId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7cf952889c56c17ae59f8fcb51" ON "organization_group_member"  ("organizationId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_cited_document" ("planId" integer NOT NULL, "documentId" integer NOT NULL, CONSTRAINT "PK_ac5f917d68b521868964766d2c2" PRIMARY KEY ("planId", "documentId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ff28200545efde9f5464ce02e5" ON "plan_cited_document"  ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad8056cb4f2de2a4e851d8f521" ON "plan_cited_document"  ("documentId") `);
    await queryRunner.query(
      `CREATE TABLE "plan_monitor" ("planId" integer NOT NULL, "organizationId" integer NOT NULL, CONSTRAINT "PK_f4a1e547312078a3c23a9af14ef" PRIMARY KEY ("planId", "organizationId"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37d5a928c0c79428eaf46b4f78" ON "plan_monitor"  ("planId") `);
    await queryRunner.query(`CREATE INDEX "IDX_4e0c6f0026cb73398d117f192f" ON "plan_monitor"  ("organizationId") `);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_da6c3ae56a0c3fc3ce81b0e90a6" FOREIGN KEY ("parentId") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan" ADD CONSTRAINT "FK_bc26751bf021e490a49621b6546" FOREIGN KEY ("issuingOrganizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan" ADD CONSTRAINT "FK_19067c8ad25c7e06038131ad29b" FOREIGN KEY ("parentPlanId") REFERENCES "plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan" ADD CONSTRAINT "FK_58d3c5496d65f8bba36b87ab392" FOREIGN KEY ("implementsDocumentId") REFERENCES "legal_document"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan" ADD CONSTRAINT "FK_ba8cf9ca968af1050faf0655a31" FOREIGN KEY ("standingOfficeId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan" ADD CONSTRAINT "FK_591dd599b3ef24396e5bba76f48" FOREIGN KEY ("difficultyOfficeId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_401a40b63406dcfe20092a6269b" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_8c9920b5fb32c3d8453f64b705c" FOREIGN KEY ("parentId") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_f2bad8520aaa293a732d9379d93" FOREIGN KEY ("taskId") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_24052fb4c85bf196181328033b1" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_d5f9c762df6b98e212450b58998" FOREIGN KEY ("viaGroupId") REFERENCES "organization_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user" ADD CONSTRAINT "FK_dfda472c0af7812401e592b6a61" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_9fc19c95c33ef4d97d09b72ee95" FOREIGN KEY ("taskId") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_276779da446413a0d79598d4fbd" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_a3422826753d4e6b079dea98342" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_cfc14dc2cafa339954de748ebf3" FOREIGN KEY ("replyToId") REFERENCES "comment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_47c6b8d917105d72febcddb3340" FOREIGN KEY ("taskId") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_29ff4d3d9a238067382c8ebfd22" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_86ff157cebb403fcf5571ec4cb8" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_group_member" ADD CONSTRAINT "FK_f2d34c5cb5b71ece910685b4ce3" FOREIGN KEY ("groupId") REFERENCES "organization_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_group_member" ADD CONSTRAINT "FK_7cf952889c56c17ae59f8fcb51f" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_cited_document" ADD CONSTRAINT "FK_ff28200545efde9f5464ce02e59" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_cited_document" ADD CONSTRAINT "FK_ad8056cb4f2de2a4e851d8f521d" FOREIGN KEY ("documentId") REFERENCES "legal_document"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_monitor" ADD CONSTRAINT "FK_37d5a928c0c79428eaf46b4f78d" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_monitor" ADD CONSTRAINT "FK_4e0c6f0026cb73398d117f192f4" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_monitor" DROP CONSTRAINT "FK_4e0c6f0026cb73398d117f192f4"`);
    await queryRunner.query(`ALTER TABLE "plan_monitor" DROP CONSTRAINT "FK_37d5a928c0c79428eaf46b4f78d"`);
    await queryRunner.query(`ALTER TABLE "plan_cited_document" DROP CONSTRAINT "FK_ad8056cb4f2de2a4e851d8f521d"`);
    await queryRunner.query(`ALTER TABLE "plan_cited_document" DROP CONSTRAINT "FK_ff28200545efde9f5464ce02e59"`);
    await queryRunner.query(`ALTER TABLE "organization_group_member" DROP CONSTRAINT "FK_7cf952889c56c17ae59f8fcb51f"`);
    await queryRunner.query(`ALTER TABLE "organization_group_member" DROP CONSTRAINT "FK_f2d34c5cb5b71ece910685b4ce3"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_86ff157cebb403fcf5571ec4cb8"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_29ff4d3d9a238067382c8ebfd22"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_47c6b8d917105d72febcddb3340"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_cfc14dc2cafa339954de748ebf3"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_a3422826753d4e6b079dea98342"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_276779da446413a0d79598d4fbd"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_9fc19c95c33ef4d97d09b72ee95"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_dfda472c0af7812401e592b6a61"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_d5f9c762df6b98e212450b58998"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_24052fb4c85bf196181328033b1"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_f2bad8520aaa293a732d9379d93"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_8c9920b5fb32c3d8453f64b705c"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_401a40b63406dcfe20092a6269b"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_591dd599b3ef24396e5bba76f48"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_ba8cf9ca968af1050faf0655a31"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_58d3c5496d65f8bba36b87ab392"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_19067c8ad25c7e06038131ad29b"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_bc26751bf021e490a49621b6546"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_da6c3ae56a0c3fc3ce81b0e90a6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e0c6f0026cb73398d117f192f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37d5a928c0c79428eaf46b4f78"`);
    await queryRunner.query(`DROP TABLE "plan_monitor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad8056cb4f2de2a4e851d8f521"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff28200545efde9f5464ce02e5"`);
    await queryRunner.query(`DROP TABLE "plan_cited_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7cf952889c56c17ae59f8fcb51"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2d34c5cb5b71ece910685b4ce"`);
    await queryRunner.query(`DROP TABLE "organization_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87911f6dd188b552e1ac4d8004"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47c6b8d917105d72febcddb334"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28e0055e2ab5cd341bca3fef3b"`);
    await queryRunner.query(`DROP TABLE "mutation_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9fc19c95c33ef4d97d09b72ee9"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d2f174ef04fb312fdebd0ddc5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff3b5bfd0767bd32942e5ccaad"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f325aa6ed1e8da174c92e7172"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_24052fb4c85bf196181328033b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2bad8520aaa293a732d9379d9"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_295e6da98e11d757025a9ec65c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad86338ab222d9082fc1f1cc59"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c9920b5fb32c3d8453f64b705"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_401a40b63406dcfe20092a6269"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3defa8e0af148f67f4ee4673b9"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c96a26e2d6f552a9a071118de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6fcd43d8d63bd7d7d4a416853"`);
    await queryRunner.query(`DROP TABLE "legal_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f0fc32c289b375c2ce24547b5"`);
    await queryRunner.query(`DROP TABLE "organization_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c19be438ab06d765b4a3e5147"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f362bd5534cd53e48927c54c47"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7e7cbdb2f98226507066c0de4"`);
    await queryRunner.query(`DROP TABLE "activity_event"`);
  }
}
