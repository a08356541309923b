import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentRole, TaskStatus } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization, OrganizationGroup } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';

/** One unit's part in a task: lead (chủ trì), collaborator (phối hợp) or monitor. */
@ObjectType({ description: 'A unit’s part in a task: chủ trì, phối hợp or giám sát.' })
@Entity('assignment')
@Index(['taskId', 'organizationId'], { unique: true })
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  taskId!: number;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @Index()
  @Column({ type: 'integer' })
  organizationId!: number;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;

  @Field(() => AssignmentRole)
  @Column({ type: 'varchar', length: 20 })
  role!: AssignmentRole;

  /** Set when the unit was assigned as a member of a group ("các xã, thị trấn"). */
  @Column({ type: 'integer', nullable: true })
  viaGroupId!: number | null;

  @ManyToOne(() => OrganizationGroup, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'viaGroupId' })
  viaGroup?: OrganizationGroup | null;

  @Field(() => Int, { description: 'This unit’s own progress, from its latest report.' })
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Field(() => TaskStatus)
  @Column({ type: 'varchar', length: 20, default: TaskStatus.NOT_STARTED })
  status!: TaskStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: TIMESTAMP, nullable: true })
  lastReportAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
