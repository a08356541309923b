import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';

/** Something one user should see in their inbox: a mention, a finding, an obstacle, a report. */
@ObjectType({ description: 'An entry of your inbox.' })
@Entity('notification')
@Index(['userId', 'readAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  userId!: number;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: NotificationKind;

  @Column({ type: 'integer', nullable: true })
  planId!: number | null;

  @Column({ type: 'integer', nullable: true })
  taskId!: number | null;

  /** Who caused it. */
  @Column({ type: 'integer', nullable: true })
  actorId!: number | null;

  /** The unit it concerns: the mentioned unit, the reporting unit… */
  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @Column({ type: 'integer', nullable: true })
  commentId!: number | null;

  @Column({ type: 'integer', nullable: true })
  reportId!: number | null;

  @Column({ type: 'integer', nullable: true })
  obstacleId!: number | null;

  @Column({ type: 'integer', nullable: true })
  findingId!: number | null;

  @Field(() => String, { description: 'A one-line summary, in Vietnamese.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: TIMESTAMP, nullable: true })
  readAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
