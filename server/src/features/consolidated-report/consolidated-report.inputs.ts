import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SectionKey } from './report-document.js';

@InputType()
export class GenerateConsolidatedReportInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => String, { nullable: true, description: 'The cycle ("2020", "2020-Q3"); omitted: the current one.' })
  @IsOptional()
  @MaxLength(20, { message: 'cycleKey must be at most 20 characters' })
  cycleKey?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType()
export class ReportSectionInput {
  @Field(() => SectionKey)
  key!: SectionKey;

  @Field(() => String)
  @MaxLength(100_000, { message: 'a section must be at most 100000 characters' })
  body!: string;
}

@InputType({ description: 'The coordinator’s edits; fields left out keep their text.' })
export class UpdateConsolidatedReportInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit was made on; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'subtitle must be at most 1000 characters' })
  subtitle?: string | null;

  @Field(() => [ReportSectionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6, { message: 'a report has 6 sections' })
  sections?: ReportSectionInput[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(40, { message: 'at most 40 recipients' })
  recipients?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'signerTitle must be at most 200 characters' })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'signerName must be at most 200 characters' })
  signerName?: string | null;
}

@InputType()
export class IssueConsolidatedReportInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version being issued; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  clientMutationId?: string | null;
}
