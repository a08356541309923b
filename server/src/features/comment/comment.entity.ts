import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import { User } from '../user/user.entity.js';

/** A comment on a task, by which offices coordinate; replies form threads. */
@ObjectType({ description: 'A comment on a task; replies form threads.' })
@Entity('comment')
export class Comment {
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
  authorId!: number;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'authorId' })
  author?: User;

  /** The author's unit when they wrote it (users can move between units). */
  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization | null;

  @Field(() => String)
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'integer', nullable: true })
  replyToId!: number | null;

  @ManyToOne(() => Comment, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replyToId' })
  replyTo?: Comment | null;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: TIMESTAMP, nullable: true })
  editedAt!: Date | null;
}
