import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditAction } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';

/** What an administrator (or coordinator, for plan visibility) changed: who, when, what, old and new values. */
@ObjectType({ description: 'One administrative change: who, when, what, old and new values.' })
@Entity('audit_entry')
@Index(['targetType', 'targetId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  at!: Date;

  @Column({ type: 'integer', nullable: true })
  actorId!: number | null;

  @Field(() => AuditAction)
  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  @Field(() => String, { description: 'User, Organization, OrganizationGroup or Plan.' })
  @Column({ type: 'varchar', length: 40 })
  targetType!: string;

  @Field(() => ID)
  @Column({ type: 'integer' })
  targetId!: number;

  /** { field: { from, to } }; passwords never appear, only that one was set. */
  @Column({ type: 'simple-json', nullable: true })
  changes!: Record<string, { from: unknown; to: unknown }> | null;
}
