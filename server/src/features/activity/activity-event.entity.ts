import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActivityType } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';

/**
 * The plan's activity log: one row per write, appended in the write's own transaction, numbered
 * per plan without gaps. It feeds live boards, catch-up after a reconnect, and task history.
 */
@Entity('activity_event')
@Index(['planId', 'seq'], { unique: true })
export class ActivityEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  planId!: number;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  type!: ActivityType;

  @CreateDateColumn({ type: TIMESTAMP })
  at!: Date;

  @Column({ type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  taskId!: number | null;

  @Column({ type: 'integer', nullable: true })
  reportId!: number | null;

  @Column({ type: 'integer', nullable: true })
  commentId!: number | null;

  @Column({ type: 'integer', nullable: true })
  obstacleId!: number | null;

  @Column({ type: 'integer', nullable: true })
  findingId!: number | null;

  /** What changed, e.g. old and new values of an updated task. */
  @Column({ type: 'simple-json', nullable: true })
  changes!: Record<string, { from: unknown; to: unknown }> | null;
}
