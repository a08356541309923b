import { ReminderKind } from '@tiendo/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization } from '../organization/organization.entity.js';
import { Plan } from '../plan/plan.entity.js';

/**
 * A reminder to a unit: its report is due soon or missing, a dated task is due or overdue, or a
 * coordinator urged it (đôn đốc). Kept as a record of its own (who was reminded of what, once per
 * occasion); each one also reaches the unit's members as a REMINDER notification.
 */
@ObjectType({ description: 'A reminder to a unit: report due soon, missing (chưa báo cáo), overdue, or đôn đốc.' })
@Entity('reminder')
@Index(['organizationId', 'id'])
@Index(['planId', 'id'])
export class Reminder {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  planId!: number;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Field(() => ReminderKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: ReminderKind;

  @Field(() => String, { nullable: true, description: 'The reporting cycle it is about: "2020", "2020-Q3".' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  cycleKey!: string | null;

  /** The dated task it is about, for DUE_SOON and OVERDUE task reminders. */
  @Column({ type: 'integer', nullable: true })
  taskId!: number | null;

  @Field(() => String)
  @Column({ type: 'text' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd: when the report or task is (was) due.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueOn!: string | null;

  /** The coordinator who sent it; null for the automatic ones. */
  @Column({ type: 'integer', nullable: true })
  senderId!: number | null;

  /** The reminders one sendReminders call made share the id of the first. */
  @Column({ type: 'integer', nullable: true })
  batchId!: number | null;

  /** Automatic reminders go once per unit and occasion: "MISSING:1:2020:7". */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Field(() => Date)
  @Column({ type: TIMESTAMP })
  createdAt!: Date;
}
