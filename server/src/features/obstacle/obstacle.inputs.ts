import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType({ description: 'Raises a difficulty (khó khăn, vướng mắc) on a task; it goes to the difficulty office.' })
export class RaiseObstacleInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String)
  @MaxLength(20000, { message: 'description must be at most 20000 characters' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The unit raising it; yours by default.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id raises one obstacle.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType({ description: 'The difficulty office consolidates an obstacle and forwards it to the People’s Committee.' })
export class ForwardObstacleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The consolidation note (tổng hợp, đề xuất).' })
  @MaxLength(20000, { message: 'note must be at most 20000 characters' })
  note!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is a CONFLICT.' })
  @IsOptional()
  version?: number | null;
}

@InputType({ description: 'The People’s Committee answers a forwarded obstacle.' })
export class ResolveObstacleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @MaxLength(20000, { message: 'resolution must be at most 20000 characters' })
  resolution!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is a CONFLICT.' })
  @IsOptional()
  version?: number | null;
}
