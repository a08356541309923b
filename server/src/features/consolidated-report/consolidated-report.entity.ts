import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TIMESTAMP } from '../../db/column-types.js';
import { Plan } from '../plan/plan.entity.js';
import { SectionKey, type ReportDocument } from './report-document.js';

registerEnumType(SectionKey, {
  name: 'ReportSectionKey',
  description: 'The parts of a consolidated report, in order.',
});

@ObjectType({ description: 'One part of the report’s body; its text is lines, "- " starts a bullet.' })
export class ReportSection {
  @Field(() => SectionKey)
  key!: SectionKey;

  @Field(() => String)
  heading!: string;

  @Field(() => String)
  body!: string;
}

/**
 * The consolidated report (báo cáo tổng hợp) of a plan for one reporting cycle, while the
 * coordinator edits it. Generated from the cycle's reports; issuing it freezes a numbered version.
 */
@ObjectType({ description: 'A consolidated report (báo cáo tổng hợp) of a plan for one cycle, being edited.' })
@Entity('consolidated_report')
@Index(['planId', 'cycleKey'], { unique: true })
export class ConsolidatedReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  planId!: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Field(() => String, { description: 'The reporting cycle: "2020", "2020-Q3".' })
  @Column({ type: 'varchar', length: 20 })
  cycleKey!: string;

  @Field(() => String, { description: '"Năm 2020", "Quý III/2020".' })
  @Column({ type: 'varchar', length: 60 })
  cycleLabel!: string;

  @Field(() => String, { description: 'The line under "BÁO CÁO": what it reports on.' })
  @Column({ type: 'text' })
  subtitle!: string;

  @Field(() => [ReportSection])
  @Column({ type: 'simple-json' })
  sections!: ReportSection[];

  @Field(() => [String], { description: 'Nơi nhận, one line each.' })
  @Column({ type: 'simple-json' })
  recipients!: string[];

  @Field(() => String, {
    description: 'The signing capacity, lines separated by newlines: "KT. TRƯỞNG PHÒNG\\nPHÓ TRƯỞNG PHÒNG".',
  })
  @Column({ type: 'varchar', length: 200 })
  signerTitle!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200, default: '' })
  signerName!: string;

  /** Optimistic concurrency: each edit must name the version it was made on. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'integer' })
  createdById!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: TIMESTAMP })
  updatedAt!: Date;
}

/** An issued version of a consolidated report: numbered and never changed. */
@ObjectType({ description: 'An issued, numbered version of a consolidated report. Never changed.' })
@Entity('consolidated_report_version')
@Index(['reportId', 'versionNumber'], { unique: true })
export class ConsolidatedReportVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ConsolidatedReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reportId' })
  report?: ConsolidatedReport;

  @Index()
  @Column({ type: 'integer' })
  planId!: number;

  @Field(() => Int, { description: '1 for the first issue of this report, 2 for the next, …' })
  @Column({ type: 'integer' })
  versionNumber!: number;

  @Field(() => String, { description: 'The document number: "01/BC-KTHT".' })
  @Column({ type: 'varchar', length: 80 })
  documentNumber!: string;

  @Field(() => String, { description: 'yyyy-MM-dd, in Vietnam.' })
  @Column({ type: 'varchar', length: 10 })
  issuedOn!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 20 })
  cycleKey!: string;

  /** Everything the document shows, frozen at issue. */
  @Column({ type: 'simple-json' })
  content!: ReportDocument;

  @Column({ type: 'integer' })
  issuedById!: number;

  @Field(() => Date)
  @Column({ type: TIMESTAMP })
  issuedAt!: Date;
}
