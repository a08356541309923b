import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ObstacleStatus } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';

/**
 * A difficulty (khó khăn, vướng mắc) raised on a task. It goes to the plan's difficulty office
 * (Phòng Nội vụ), which consolidates it and forwards it to the People's Committee, which answers.
 */
@ObjectType({ description: 'A difficulty (khó khăn, vướng mắc) on a task, on its way to the People’s Committee.' })
@Entity('obstacle')
@Index(['taskId', 'status'])
export class Obstacle {
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

  /** The unit that raised it. */
  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization | null;

  /** The report whose difficulties opened it, when it came from one. */
  @Column({ type: 'integer', nullable: true })
  reportId!: number | null;

  @Column({ type: 'integer' })
  raisedById!: number;

  /** The difficulty office it was routed to when raised. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  routedToOrganizationId!: number | null;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => ObstacleStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: ObstacleStatus;

  @Column({ type: 'integer', nullable: true })
  forwardedById!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: TIMESTAMP, nullable: true })
  forwardedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The difficulty office’s consolidation note.' })
  @Column({ type: 'text', nullable: true })
  forwardNote!: string | null;

  @Column({ type: 'integer', nullable: true })
  resolvedById!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: TIMESTAMP, nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The People’s Committee’s answer.' })
  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  /** Optimistic concurrency for the state steps. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
