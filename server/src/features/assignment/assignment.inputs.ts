import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { AssignmentRole } from '@tiendo/shared';

@InputType({ description: 'Assigns one unit, or every member of a group, to a task. Give organizationId or groupId.' })
export class AssignOrganizationInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assigns each member: each commune reports its own progress.' })
  @IsOptional()
  groupId?: string | null;

  @Field(() => AssignmentRole)
  @IsEnum(AssignmentRole)
  role!: AssignmentRole;
}

@InputType({ description: 'Removes a unit, or every member of a group, from a task. Their reports stay in history.' })
export class UnassignOrganizationInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  groupId?: string | null;
}
