import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserRole } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';
import { Organization } from '../organization/organization.entity.js';

@ObjectType({ description: 'A person who signs in, belonging to a unit.' })
@Entity('user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Stored lower-cased; unique. Exposed through UserResolver.email (hidden from anonymous readers). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization | null;

  @Field(() => UserRole)
  @Column({ type: 'varchar', length: 20 })
  role!: UserRole;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}

/** A signed-in session; the bearer token is stored only as its SHA-256 hash, so it can be revoked. */
@Entity('session')
export class Session {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ type: 'integer' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;

  @Column({ type: TIMESTAMP })
  expiresAt!: Date;

  @Column({ type: TIMESTAMP, nullable: true })
  revokedAt!: Date | null;
}
