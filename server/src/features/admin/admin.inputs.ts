import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { OrganizationKind, UserRole } from '@tiendo/shared';
import { User } from '../user/user.entity.js';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  @Length(1, 300, { message: 'name must be 1–300 characters' })
  name!: string;

  @Field(() => String, { description: 'Shown on the board, e.g. "KT-HT".' })
  @Length(1, 60, { message: 'shortName must be 1–60 characters' })
  shortName!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id creates one unit.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes a unit; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'name must be 1–300 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: 'shortName must be 1–60 characters' })
  shortName?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string | null;
}

@InputType()
export class CreateOrganizationGroupInput {
  @Field(() => String)
  @Length(1, 300, { message: 'name must be 1–300 characters' })
  name!: string;

  @Field(() => String, { description: 'A stable code: capitals, digits and _.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: 'code must be capitals, digits and _ (up to 60)' })
  code!: string;

  @Field(() => [ID])
  @ArrayMaxSize(1000)
  memberIds!: string[];

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id creates one group.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType({ description: 'Renames a group or replaces its members.' })
export class UpdateOrganizationGroupInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'name must be 1–300 characters' })
  name?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  memberIds?: string[] | null;
}

@InputType({ description: 'Changes an account; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1–200 characters' })
  name?: string | null;

  @Field(() => UserRole, { nullable: true })
  @IsOptional()
  @IsEnum(UserRole)
  role?: UserRole | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organizationId?: string | null;
}

@ObjectType({ description: 'A reset password: the new one is shown once, to hand to its owner.' })
export class PasswordReset {
  @Field(() => User)
  user!: User;

  @Field(() => String, { description: 'The temporary password (generated when none was given).' })
  temporaryPassword!: string;
}
