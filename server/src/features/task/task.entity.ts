import { Field, ID, Int, ObjectType } from 'type-graphql';
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
import { DeadlineKind, RecurrencePeriod, TaskStatus } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';
import { Plan } from '../plan/plan.entity.js';

/** A task (nhiệm vụ) of a plan; tasks form a tree that follows the plan's numbering. */
@ObjectType({ description: 'A task (nhiệm vụ) of a plan, in the tree II → II.3 → II.3.b.' })
@Entity('task')
@Index(['planId', 'code'], { unique: true })
export class Task {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  planId!: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Index()
  @Column({ type: 'integer', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Task, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parentId' })
  parent?: Task | null;

  @Field(() => String, { description: 'The code from the document’s own numbering: "II.3.b".' })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** Order among siblings, as in the document. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => DeadlineKind)
  @Column({ type: 'varchar', length: 20 })
  deadlineKind!: DeadlineKind;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd, for DATE deadlines.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  deadlineDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The deadline as written: "Trong quý II năm 2020".' })
  @Column({ type: 'text', nullable: true })
  deadlineText!: string | null;

  @Field(() => RecurrencePeriod, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  recurrence!: RecurrencePeriod | null;

  @Field(() => TaskStatus)
  @Column({ type: 'varchar', length: 20, default: TaskStatus.NOT_STARTED })
  status!: TaskStatus;

  /** Set when a coordinator chose the status; progress no longer moves it. */
  @Column({ type: 'boolean', default: false })
  statusSetManually!: boolean;

  @Field(() => Int, { description: '0–100, rolled up from assignees and subtasks.' })
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Field(() => Date, { nullable: true, description: 'When the last progress report on it was posted.' })
  @Column({ type: TIMESTAMP, nullable: true })
  lastReportAt!: Date | null;

  /** Optimistic concurrency: checked with WHERE version = ? on every update. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Index()
  @Column({ type: 'text' })
  searchText!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: TIMESTAMP })
  updatedAt!: Date;
}
