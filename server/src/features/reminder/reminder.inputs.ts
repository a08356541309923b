import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Reminder } from './reminder.entity.js';

@InputType({ description: 'Urge late units (đôn đốc): all of them, or the ones named.' })
export class SendRemindersInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Units to urge; omitted: every unit late in the cycle or on an overdue task.',
  })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'organizationIds must name at most 500 units' })
  organizationIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The cycle ("2020-Q3"); omitted: the current one.' })
  @IsOptional()
  @MaxLength(20, { message: 'cycleKey must be at most 20 characters' })
  cycleKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Added before the generated text.' })
  @IsOptional()
  @MaxLength(2000, { message: 'message must be at most 2000 characters' })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id sends once.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@ObjectType()
export class SendRemindersResult {
  @Field(() => [Reminder], { description: 'One per unit urged; empty when no unit was late.' })
  reminders!: Reminder[];
}
