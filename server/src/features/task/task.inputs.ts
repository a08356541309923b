import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DeadlineKind, RecurrencePeriod, TaskStatus } from '@tiendo/shared';

const TASK_CODE = /^[A-Za-z0-9IVXivx]+(\.[A-Za-z0-9]+)*$/;

@InputType({ description: 'A new task of a plan. Deadline: DATE needs deadlineDate; RECURRING needs recurrence.' })
export class CreateTaskInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { nullable: true, description: 'The parent task; none for a top-level section.' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => String, { description: 'The code in the document’s numbering: "II.3.e".' })
  @Length(1, 40, { message: 'code must be 1–40 characters' })
  @Matches(TASK_CODE, { message: 'code must look like II.3.b' })
  code!: string;

  @Field(() => String)
  @Length(1, 2000, { message: 'title must be 1–2000 characters' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000, { message: 'description must be at most 20000 characters' })
  description?: string | null;

  @Field(() => DeadlineKind, { defaultValue: DeadlineKind.ONGOING })
  @IsEnum(DeadlineKind)
  deadlineKind!: DeadlineKind;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  @IsOptional()
  deadlineDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The deadline as written in the plan.' })
  @IsOptional()
  @MaxLength(500, { message: 'deadlineText must be at most 500 characters' })
  deadlineText?: string | null;

  @Field(() => RecurrencePeriod, { nullable: true })
  @IsOptional()
  @IsEnum(RecurrencePeriod)
  recurrence?: RecurrencePeriod | null;

  @Field(() => Int, { nullable: true, description: 'Order among siblings; after the last one by default.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id creates one task.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a task. `version` must be the version you read, or the update is a CONFLICT.' })
export class UpdateTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40, { message: 'code must be 1–40 characters' })
  @Matches(TASK_CODE, { message: 'code must look like II.3.b' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'title must be 1–2000 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000, { message: 'description must be at most 20000 characters' })
  description?: string | null;

  @Field(() => DeadlineKind, { nullable: true })
  @IsOptional()
  @IsEnum(DeadlineKind)
  deadlineKind?: DeadlineKind | null;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  @IsOptional()
  deadlineDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'deadlineText must be at most 500 characters' })
  deadlineText?: string | null;

  @Field(() => RecurrencePeriod, { nullable: true })
  @IsOptional()
  @IsEnum(RecurrencePeriod)
  recurrence?: RecurrencePeriod | null;

  @Field(() => TaskStatus, { nullable: true, description: 'Set by a coordinator; progress no longer moves it.' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number | null;
}
