import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LegalDocumentType } from '@tiendo/shared';

/** A document plans cite or carry out: 142/QĐ-TTg, 52-KL/TW, 56/KH-UBND … */
@ObjectType({ description: 'A document a plan cites or carries out (Quyết định, Kết luận, …).' })
@Entity('legal_document')
export class LegalDocument {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'As numbered by the issuer: "142/QĐ-TTg".' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120 })
  number!: string;

  @Field(() => LegalDocumentType)
  @Column({ type: 'varchar', length: 40 })
  type!: LegalDocumentType;

  @Field(() => String, { description: 'Who issued it: "Thủ tướng Chính phủ".' })
  @Column({ type: 'varchar', length: 300 })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  issuedOn!: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Index()
  @Column({ type: 'text' })
  searchText!: string;
}
