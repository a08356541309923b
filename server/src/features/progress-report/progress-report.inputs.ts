import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';

@InputType({ description: 'A unit’s progress report on a task. Posted reports are never edited.' })
export class SubmitProgressReportInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID, { description: 'The reporting unit: yours, and assigned to the task.' })
  organizationId!: string;

  @Field(() => Int, { description: '0–100' })
  @IsInt({ message: 'progress must be a whole number' })
  @Min(0, { message: 'progress must be between 0 and 100' })
  @Max(100, { message: 'progress must be between 0 and 100' })
  progress!: number;

  @Field(() => String)
  @MaxLength(5000, { message: 'summary must be at most 5000 characters' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000, { message: 'results must be at most 20000 characters' })
  results?: string | null;

  @Field(() => String, { nullable: true, description: 'Khó khăn, vướng mắc.' })
  @IsOptional()
  @MaxLength(20000, { message: 'difficulties must be at most 20000 characters' })
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: 'Đề xuất, kiến nghị.' })
  @IsOptional()
  @MaxLength(20000, { message: 'proposals must be at most 20000 characters' })
  proposals?: string | null;

  @Field(() => String, { nullable: true, description: 'The reporting period, e.g. "Quý II/2020".' })
  @IsOptional()
  @MaxLength(100, { message: 'period must be at most 100 characters' })
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id posts one report.' })
  @IsOptional()
  clientMutationId?: string | null;
}
