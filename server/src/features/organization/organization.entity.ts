import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationKind } from '@tiendo/shared';
import { TIMESTAMP } from '../../db/column-types.js';

/** A unit (đơn vị): an office, a commune, the Front, a mass organisation, a committee. */
@ObjectType({ description: 'A unit: office (phòng), commune (xã), the Front (MTTQ), a committee…' })
@Entity('organization')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Field(() => String, { description: 'The short name used on the board, e.g. "KT-HT".' })
  @Column({ type: 'varchar', length: 60 })
  shortName!: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: OrganizationKind;

  @Column({ type: 'integer', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent?: Organization | null;

  /** Name and short name folded for diacritics-insensitive search. */
  @Index()
  @Column({ type: 'varchar', length: 400 })
  searchText!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}

/** A named set of units a plan assigns work to at once ("các xã, thị trấn"). */
@ObjectType({ description: 'A group of units named in plans, e.g. "các xã, thị trấn".' })
@Entity('organization_group')
export class OrganizationGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** A stable code for the group ("COMMUNES"), used by seeds and imports. */
  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @ManyToMany(() => Organization)
  @JoinTable({
    name: 'organization_group_member',
    joinColumn: { name: 'groupId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'organizationId', referencedColumnName: 'id' },
  })
  members?: Organization[];
}
