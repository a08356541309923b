import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FindingStatus } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';

/** A supervision finding (kiến nghị giám sát) a monitor files on a task; the lead unit must answer by a date. */
@ObjectType({ description: 'A supervision finding (kiến nghị) by the Front or a mass organisation on a task.' })
@Entity('supervision_finding')
@Index(['taskId', 'status'])
export class SupervisionFinding {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  planId!: number;

  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  /** The monitoring unit that filed it. */
  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization | null;

  @Column({ type: 'integer' })
  filedById!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  content!: string;

  @Field(() => String, { description: 'yyyy-MM-dd: the lead unit answers by this day.' })
  @Column({ type: 'varchar', length: 10 })
  dueDate!: string;

  @Field(() => FindingStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: FindingStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'integer', nullable: true })
  respondedById!: number | null;

  /** The unit that answered (the task's lead). */
  @Column({ type: 'integer', nullable: true })
  respondingOrganizationId!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: TIMESTAMP, nullable: true })
  respondedAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
