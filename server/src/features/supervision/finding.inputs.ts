import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType({ description: 'A monitor’s supervision finding (kiến nghị) on a task, to be answered by a date.' })
export class FileFindingInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  @MaxLength(20000, { message: 'content must be at most 20000 characters' })
  content!: string;

  @Field(() => String, { description: 'yyyy-MM-dd: the lead unit answers by this day (today or later).' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id files one finding.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType({ description: 'The lead unit’s answer to a finding.' })
export class RespondToFindingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @MaxLength(20000, { message: 'response must be at most 20000 characters' })
  response!: string;
}
