import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

export const MAX_COMMENT_LENGTH = 10000;

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  @MaxLength(MAX_COMMENT_LENGTH, { message: `body must be at most ${MAX_COMMENT_LENGTH} characters` })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one answers (same task).' })
  @IsOptional()
  replyToId?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id posts one comment.' })
  @IsOptional()
  clientMutationId?: string | null;
}
