import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsEmail, IsEnum, IsOptional, Length, MaxLength } from 'class-validator';
import { UserRole } from '@tiendo/shared';
import { User } from './user.entity.js';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email is not a valid address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1–200 characters' })
  name!: string;

  @Field(() => String)
  @Length(8, 200, { message: 'password must be 8–200 characters' })
  password!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => UserRole)
  @IsEnum(UserRole)
  role!: UserRole;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same id creates one account.' })
  @IsOptional()
  clientMutationId?: string | null;
}

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
export class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
