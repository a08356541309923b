import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '../../db/column-types.js';

/**
 * Remembers which row a creating mutation made for a client's `clientMutationId`, so that a retry
 * returns the first result instead of creating a second row.
 */
@Entity('mutation_receipt')
@Index(['userId', 'clientMutationId'], { unique: true })
export class MutationReceipt {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 100 })
  clientMutationId!: string;

  /** The mutation's name, so an id reused for another kind of mutation is refused. */
  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  @Column({ type: 'integer' })
  resultId!: number;

  @CreateDateColumn({ type: TIMESTAMP })
  createdAt!: Date;
}
