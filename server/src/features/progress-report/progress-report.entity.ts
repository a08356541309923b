import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';

/** A progress report (báo cáo tiến độ). Never edited: a correction is a new report. */
@ObjectType({ description: 'A progress report by one unit on one task. Posted reports are never edited.' })
@Entity('progress_report')
@Index(['taskId', 'organizationId', 'id'])
export class ProgressReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Column({ type: 'integer' })
  authorId!: number;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @Field(() => Int)
  @Column({ type: 'integer' })
  progress!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  results!: string;

  @Field(() => String, { description: 'Khó khăn, vướng mắc.' })
  @Column({ type: 'text', default: '' })
  difficulties!: string;

  @Field(() => String, { description: 'Đề xuất, kiến nghị.' })
  @Column({ type: 'text', default: '' })
  proposals!: string;

  @Field(() => String, { nullable: true, description: 'The reporting period, e.g. "Quý II/2020".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  period!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
