// GraphQL shapes of a plan import: the draft the parser proposes (every item with the span of text
// it came from and a confidence) and the corrected draft a person commits.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssignmentRole, DeadlineKind, LegalDocumentType, OrganizationKind, RecurrencePeriod } from '@tiendo/shared';
import { Plan } from '../plan/plan.entity.js';

/** The longest text accepted: a plan runs to some tens of pages. */
export const MAX_PLAN_TEXT = 500_000;

@ObjectType({ description: 'A stretch of the imported text: UTF-16 offsets, end exclusive.' })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: 'A value read from the text, where it was read, and how sure the parser is (0–1).' })
export class DraftString {
  @Field(() => String)
  value!: string;

  @Field(() => TextSpan)
  span!: TextSpan;

  @Field(() => Float)
  confidence!: number;
}

@ObjectType({
  description:
    'A unit as the text names it: a known unit (organizationId), a known group (groupCode), or a unit proposed as new (newUnitName).',
})
export class DraftUnitRef {
  @Field(() => String, { description: 'As written in the text.' })
  text!: string;

  @Field(() => TextSpan)
  span!: TextSpan;

  @Field(() => Float)
  confidence!: number;

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  groupCode!: string | null;

  @Field(() => String, { nullable: true, description: 'A unit the system does not know yet, proposed for creation.' })
  newUnitName!: string | null;

  @Field(() => String, { description: 'The name of the unit or group it resolves to, or the proposed name.' })
  name!: string;

  @Field(() => Boolean, {
    description:
      'A mention the parser could not place (a set of units not on record, "các chi bộ, đảng bộ cơ sở"): proposed under newUnitName, for a person to decide.',
  })
  flagged!: boolean;
}

@ObjectType()
export class DraftAssignee extends DraftUnitRef {
  @Field(() => AssignmentRole)
  role!: AssignmentRole;
}

@ObjectType()
export class DraftDeadline {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd, for a DATE deadline.' })
  date!: string | null;

  @Field(() => RecurrencePeriod, { nullable: true })
  recurrence!: RecurrencePeriod | null;

  @Field(() => String, { nullable: true, description: 'The deadline as written ("Trong quý II năm 2020").' })
  text!: string | null;

  @Field(() => TextSpan, { nullable: true })
  span!: TextSpan | null;

  @Field(() => Float)
  confidence!: number;
}

@ObjectType({ description: 'A proposed task. The list is flat, in document order; parentCode gives the tree.' })
export class DraftTask {
  @Field(() => String, { description: 'In the document’s own numbering: "II.3.b".' })
  code!: string;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => Int, { description: '0 for a top-level section.' })
  depth!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => TextSpan)
  span!: TextSpan;

  @Field(() => Float)
  confidence!: number;

  @Field(() => [DraftAssignee])
  assignees!: DraftAssignee[];

  @Field(() => DraftDeadline)
  deadline!: DraftDeadline;
}

@ObjectType()
export class DraftDocument {
  @Field(() => String, { nullable: true, description: 'Null when cited by name only and not known yet.' })
  number!: string | null;

  @Field(() => LegalDocumentType)
  type!: LegalDocumentType;

  @Field(() => String, { nullable: true })
  issuer!: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => TextSpan)
  span!: TextSpan;

  @Field(() => Float)
  confidence!: number;

  @Field(() => ID, { nullable: true, description: 'The document already recorded under this number.' })
  existingId!: string | null;
}

@ObjectType()
export class ProposedUnit {
  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => TextSpan)
  span!: TextSpan;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Boolean, {
    description: 'Read from a mention the parser could not place: not created unless a person accepts it.',
  })
  flagged!: boolean;
}

@ObjectType({ description: 'What the parser reads in a plan’s text, for a person to check, correct and commit.' })
export class PlanDraft {
  @Field(() => LegalDocumentType, { description: 'The kind of document: PLAN (Kế hoạch), DECISION (Quyết định)…' })
  documentType!: LegalDocumentType;

  @Field(() => DraftString, { nullable: true, description: '"85/KH-UBND", even when written "85 /KH-UBND".' })
  number!: DraftString | null;

  @Field(() => DraftString, { nullable: true })
  place!: DraftString | null;

  @Field(() => DraftString, { nullable: true, description: 'yyyy-MM-dd' })
  issuedOn!: DraftString | null;

  @Field(() => DraftUnitRef, { nullable: true })
  issuer!: DraftUnitRef | null;

  @Field(() => DraftString, { nullable: true })
  title!: DraftString | null;

  @Field(() => DraftString, { nullable: true })
  signerName!: DraftString | null;

  @Field(() => DraftString, { nullable: true, description: 'Signing capacity: "TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH".' })
  signerTitle!: DraftString | null;

  @Field(() => [DraftString], { description: 'Nơi nhận.' })
  recipients!: DraftString[];

  @Field(() => [DraftDocument])
  documents!: DraftDocument[];

  @Field(() => DraftString, { nullable: true, description: 'The number of the document the plan carries out.' })
  implements!: DraftString | null;

  @Field(() => DraftString, { nullable: true, description: 'The number of the higher plan it carries out.' })
  parentPlan!: DraftString | null;

  @Field(() => ID, { nullable: true, description: 'That higher plan, when it is tracked here.' })
  parentPlanId!: string | null;

  @Field(() => [DraftTask])
  tasks!: DraftTask[];

  @Field(() => DraftUnitRef, { nullable: true, description: 'Section III: who consolidates and reports.' })
  standingOffice!: DraftUnitRef | null;

  @Field(() => [DraftUnitRef], { description: 'Section III: the Front and its member organisations.' })
  monitors!: DraftUnitRef[];

  @Field(() => DraftUnitRef, { nullable: true, description: 'Who takes difficulties to the People’s Committee.' })
  difficultyOffice!: DraftUnitRef | null;

  @Field(() => [ProposedUnit], { description: 'Units the text names that are not known: proposed, never dropped.' })
  newUnits!: ProposedUnit[];

  @Field(() => [String])
  warnings!: string[];
}

@ObjectType()
export class ImportPlanPayload {
  @Field(() => PlanDraft)
  draft!: PlanDraft;

  @Field(() => Plan, { nullable: true, description: 'The plan created, when committed.' })
  plan!: Plan | null;

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}

// ---- The corrected draft a person commits.

@InputType({ description: 'A unit: exactly one of organizationId, groupCode (expanded to its members), newUnitName.' })
export class UnitRefInput {
  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  groupCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Must be one of the draft’s newUnits accepted for creation.' })
  newUnitName?: string | null;
}

@InputType()
export class AssigneeInput extends UnitRefInput {
  @Field(() => AssignmentRole)
  role!: AssignmentRole;
}

@InputType()
export class DraftTaskInput {
  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true, description: 'An earlier task’s code; none for a top-level section.' })
  parentCode?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => DeadlineKind)
  deadlineKind!: DeadlineKind;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  deadlineDate?: string | null;

  @Field(() => String, { nullable: true })
  deadlineText?: string | null;

  @Field(() => RecurrencePeriod, { nullable: true })
  recurrence?: RecurrencePeriod | null;

  @Field(() => [AssigneeInput], { defaultValue: [] })
  assignees!: AssigneeInput[];
}

@InputType()
export class DraftDocumentInput {
  @Field(() => String)
  number!: string;

  @Field(() => LegalDocumentType)
  type!: LegalDocumentType;

  @Field(() => String, { nullable: true })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

@InputType()
export class NewUnitInput {
  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKind, { defaultValue: OrganizationKind.OTHER })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  shortName?: string | null;
}

@InputType({ description: 'The draft as the person corrected it: this is what a commit creates.' })
export class PlanDraftInput {
  @Field(() => String)
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => UnitRefInput)
  issuer!: UnitRefInput;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  signerName?: string | null;

  @Field(() => String, { nullable: true })
  signerTitle?: string | null;

  @Field(() => [String], { defaultValue: [] })
  recipients!: string[];

  @Field(() => [DraftDocumentInput], { defaultValue: [] })
  documents!: DraftDocumentInput[];

  @Field(() => String, { nullable: true, description: 'Number of the document the plan carries out.' })
  implementsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the higher plan, linked when it is tracked.' })
  parentPlanNumber?: string | null;

  @Field(() => [DraftTaskInput])
  tasks!: DraftTaskInput[];

  @Field(() => UnitRefInput, { nullable: true })
  standingOffice?: UnitRefInput | null;

  @Field(() => [UnitRefInput], { defaultValue: [] })
  monitors!: UnitRefInput[];

  @Field(() => UnitRefInput, { nullable: true })
  difficultyOffice?: UnitRefInput | null;

  @Field(() => [NewUnitInput], { defaultValue: [], description: 'Proposed units accepted for creation.' })
  newUnits!: NewUnitInput[];

  @Field(() => Boolean, { nullable: true, description: 'Default: public when the district portal is a recipient.' })
  isPublic?: boolean | null;
}
