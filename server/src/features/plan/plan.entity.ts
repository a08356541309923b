import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RecurrencePeriod } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';
import { LegalDocument } from '../legal-document/legal-document.entity.js';
import { Organization } from '../organization/organization.entity.js';

/** A plan (Kế hoạch): the directive document whose tasks are tracked. */
@ObjectType({ description: 'A plan (Kế hoạch) whose tasks are tracked while it is carried out.' })
@Entity('plan')
export class Plan {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'As numbered by the issuer: "85/KH-UBND".' })
  @Index()
  @Column({ type: 'varchar', length: 120 })
  number!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  issuingOrganizationId!: number;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'issuingOrganizationId' })
  issuingOrganization?: Organization;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was signed: "Châu Thành".' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerName!: string | null;

  @Field(() => String, { nullable: true, description: 'Signing capacity: "TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  signerTitle!: string | null;

  /** The plan this one carries out (the cascade: province → district → commune). */
  @Column({ type: 'integer', nullable: true })
  parentPlanId!: number | null;

  @ManyToOne(() => Plan, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentPlanId' })
  parentPlan?: Plan | null;

  /** The document this plan carries out (Thực hiện …). */
  @Column({ type: 'integer', nullable: true })
  implementsDocumentId!: number | null;

  @ManyToOne(() => LegalDocument, { nullable: true })
  @JoinColumn({ name: 'implementsDocumentId' })
  implementsDocument?: LegalDocument | null;

  /** The documents the plan rests on (Căn cứ) and cites. */
  @ManyToMany(() => LegalDocument)
  @JoinTable({
    name: 'plan_cited_document',
    joinColumn: { name: 'planId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'documentId', referencedColumnName: 'id' },
  })
  citedDocuments?: LegalDocument[];

  /** The office that keeps the plan moving and consolidates its reports (III.1). */
  @Column({ type: 'integer', nullable: true })
  standingOfficeId!: number | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'standingOfficeId' })
  standingOffice?: Organization | null;

  /** The office that takes difficulties to the People's Committee (Phòng Nội vụ in plan 85). */
  @Column({ type: 'integer', nullable: true })
  difficultyOfficeId!: number | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'difficultyOfficeId' })
  difficultyOffice?: Organization | null;

  /** The Front and its member organisations, who supervise (III.3). */
  @ManyToMany(() => Organization)
  @JoinTable({
    name: 'plan_monitor',
    joinColumn: { name: 'planId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'organizationId', referencedColumnName: 'id' },
  })
  monitors?: Organization[];

  @Field(() => RecurrencePeriod, {
    description: 'How often assignees report and the standing office consolidates (định kỳ báo cáo).',
  })
  @Column({ type: 'varchar', length: 20, default: RecurrencePeriod.YEARLY })
  reportingPeriod!: RecurrencePeriod;

  @Field(() => [String], { description: 'Nơi nhận, one line per recipient as written.' })
  @Column({ type: 'simple-json' })
  recipients!: string[];

  @Field(() => Boolean, { description: 'Readable without signing in (the district portal).' })
  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;

  /** The plan's full text as published, when known. */
  @Column({ type: 'text', nullable: true })
  sourceText!: string | null;

  /** The last activity sequence number allocated for this plan (per-plan, gap-free). */
  @Field(() => Int, { description: 'Sequence number of the latest activity event of this plan.' })
  @Column({ type: 'integer', default: 0 })
  lastActivitySeq!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
