// Generated from shared/schema.graphql by client/codegen.ts: do not edit.
import type { ActivityType } from '../enums.js';
import type { AssignmentRole } from '../enums.js';
import type { AuditAction } from '../enums.js';
import type { DeadlineKind } from '../enums.js';
import type { FindingStatus } from '../enums.js';
import type { LegalDocumentType } from '../enums.js';
import type { NotificationKind } from '../enums.js';
import type { ObstacleStatus } from '../enums.js';
import type { OrganizationKind } from '../enums.js';
import type { RecurrencePeriod } from '../enums.js';
import type { ReminderKind } from '../enums.js';
import type { TaskStatus } from '../enums.js';
import type { UserRole } from '../enums.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export { ActivityType };

export type AddCommentInput = {
  body: Scalars['String']['input'];
  /** Makes retries safe: the same id posts one comment. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The comment this one answers (same task). */
  replyToId?: InputMaybe<Scalars['ID']['input']>;
  taskId: Scalars['ID']['input'];
};

/** Assigns one unit, or every member of a group, to a task. Give organizationId or groupId. */
export type AssignOrganizationInput = {
  /** Assigns each member: each commune reports its own progress. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: AssignmentRole;
  taskId: Scalars['ID']['input'];
};

export type AssigneeInput = {
  groupCode?: InputMaybe<Scalars['String']['input']>;
  /** Must be one of the draft’s newUnits accepted for creation. */
  newUnitName?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: AssignmentRole;
};

/** A unit’s part in a task: chủ trì, phối hợp or giám sát. */
export type Assignment = {
  __typename?: 'Assignment';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastReportAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organization: Organization;
  /** This unit’s own progress, from its latest report. */
  progress: Scalars['Int']['output'];
  role: AssignmentRole;
  status: TaskStatus;
  task: Task;
  /** The group it was assigned through. */
  viaGroup?: Maybe<OrganizationGroup>;
};

export { AssignmentRole };

export { AuditAction };

/** One administrative change: who, when, what, old and new values. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  /** Who did it. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** JSON of what changed: { field: { from, to } }. */
  changes?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  targetId: Scalars['ID']['output'];
  /** User, Organization, OrganizationGroup or Plan. */
  targetType: Scalars['String']['output'];
};

/** A signed-in session: send the token as `Authorization: Bearer <token>`. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** A comment on a task; replies form threads. */
export type Comment = {
  __typename?: 'Comment';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The author’s unit when they wrote it. */
  organization?: Maybe<Organization>;
  replies: Array<Comment>;
  replyTo?: Maybe<Comment>;
  task: Task;
};

/** A consolidated report (báo cáo tổng hợp) of a plan for one cycle, being edited. */
export type ConsolidatedReport = {
  __typename?: 'ConsolidatedReport';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The reporting cycle: "2020", "2020-Q3". */
  cycleKey: Scalars['String']['output'];
  /** "Năm 2020", "Quý III/2020". */
  cycleLabel: Scalars['String']['output'];
  /** GET it with the bearer token: the draft as DOCX. */
  docxUrl: Scalars['String']['output'];
  /** The draft laid out as the document, for preview. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  plan: Plan;
  /** Nơi nhận, one line each. */
  recipients: Array<Scalars['String']['output']>;
  sections: Array<ReportSection>;
  signerName: Scalars['String']['output'];
  /** The signing capacity, lines separated by newlines: "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG". */
  signerTitle: Scalars['String']['output'];
  /** The line under "BÁO CÁO": what it reports on. */
  subtitle: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** Issued versions, newest first. */
  versions: Array<ConsolidatedReportVersion>;
};

/** An issued, numbered version of a consolidated report. Never changed. */
export type ConsolidatedReportVersion = {
  __typename?: 'ConsolidatedReportVersion';
  cycleKey: Scalars['String']['output'];
  /** The document number: "01/BC-KTHT". */
  documentNumber: Scalars['String']['output'];
  /** GET it with the bearer token: the issued document as DOCX. */
  docxUrl: Scalars['String']['output'];
  /** The issued document as HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  issuedBy: User;
  /** yyyy-MM-dd, in Vietnam. */
  issuedOn: Scalars['String']['output'];
  plan: Plan;
  reportId: Scalars['ID']['output'];
  sections: Array<ReportSection>;
  subtitle: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** 1 for the first issue of this report, 2 for the next, … */
  versionNumber: Scalars['Int']['output'];
};

export type CreateOrganizationGroupInput = {
  /** Makes retries safe: the same id creates one group. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** A stable code: capitals, digits and _. */
  code: Scalars['String']['input'];
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type CreateOrganizationInput = {
  /** Makes retries safe: the same id creates one unit. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Shown on the board, e.g. "KT-HT". */
  shortName: Scalars['String']['input'];
};

/** A new task of a plan. Deadline: DATE needs deadlineDate; RECURRING needs recurrence. */
export type CreateTaskInput = {
  /** Makes retries safe: the same id creates one task. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The code in the document’s numbering: "II.3.e". */
  code: Scalars['String']['input'];
  /** yyyy-MM-dd */
  deadlineDate?: InputMaybe<Scalars['String']['input']>;
  deadlineKind?: DeadlineKind;
  /** The deadline as written in the plan. */
  deadlineText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The parent task; none for a top-level section. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  /** Order among siblings; after the last one by default. */
  position?: InputMaybe<Scalars['Int']['input']>;
  recurrence?: InputMaybe<RecurrencePeriod>;
  title: Scalars['String']['input'];
};

export type CreateUserInput = {
  /** Makes retries safe: the same id creates one account. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  role: UserRole;
};

/** One assignee’s report owed on one task in a reporting cycle. */
export type CycleEntry = {
  __typename?: 'CycleEntry';
  /** The latest report posted within the cycle. */
  latestReport?: Maybe<ProgressReport>;
  organization: Organization;
  /** The unit’s progress at the end of the cycle (today, while it is open). */
  progress: Scalars['Int']['output'];
  /** Reports posted within the cycle. */
  reportCount: Scalars['Int']['output'];
  /** False: chưa báo cáo. */
  reported: Scalars['Boolean']['output'];
  role: AssignmentRole;
  task: Task;
};

/** Reports owed and posted in one cycle. */
export type CycleStatistics = {
  __typename?: 'CycleStatistics';
  closed: Scalars['Boolean']['output'];
  expected: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  reported: Scalars['Int']['output'];
};

/** CLOSED: its last day passed; OPEN: today is in it. */
export enum CycleStatus {
  Closed = 'CLOSED',
  Open = 'OPEN'
}

/** A dated task that is overdue or due soon. */
export type DeadlineItem = {
  __typename?: 'DeadlineItem';
  /** Days left until the deadline; negative when overdue. */
  daysLeft: Scalars['Int']['output'];
  /** yyyy-MM-dd */
  deadline: Scalars['String']['output'];
  /** Assignees not yet done. */
  pendingOrganizations: Array<Organization>;
  task: Task;
};

export { DeadlineKind };

export type DraftAssignee = {
  __typename?: 'DraftAssignee';
  confidence: Scalars['Float']['output'];
  /** A mention the parser could not place (a set of units not on record, "các chi bộ, đảng bộ cơ sở"): proposed under newUnitName, for a person to decide. */
  flagged: Scalars['Boolean']['output'];
  groupCode?: Maybe<Scalars['String']['output']>;
  /** The name of the unit or group it resolves to, or the proposed name. */
  name: Scalars['String']['output'];
  /** A unit the system does not know yet, proposed for creation. */
  newUnitName?: Maybe<Scalars['String']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  role: AssignmentRole;
  span: TextSpan;
  /** As written in the text. */
  text: Scalars['String']['output'];
};

export type DraftDeadline = {
  __typename?: 'DraftDeadline';
  confidence: Scalars['Float']['output'];
  /** yyyy-MM-dd, for a DATE deadline. */
  date?: Maybe<Scalars['String']['output']>;
  kind: DeadlineKind;
  recurrence?: Maybe<RecurrencePeriod>;
  span?: Maybe<TextSpan>;
  /** The deadline as written ("Trong quý II năm 2020"). */
  text?: Maybe<Scalars['String']['output']>;
};

export type DraftDocument = {
  __typename?: 'DraftDocument';
  confidence: Scalars['Float']['output'];
  /** The document already recorded under this number. */
  existingId?: Maybe<Scalars['ID']['output']>;
  /** yyyy-MM-dd */
  issuedOn?: Maybe<Scalars['String']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  /** Null when cited by name only and not known yet. */
  number?: Maybe<Scalars['String']['output']>;
  span: TextSpan;
  title?: Maybe<Scalars['String']['output']>;
  type: LegalDocumentType;
};

export type DraftDocumentInput = {
  /** yyyy-MM-dd */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  type: LegalDocumentType;
};

/** A value read from the text, where it was read, and how sure the parser is (0–1). */
export type DraftString = {
  __typename?: 'DraftString';
  confidence: Scalars['Float']['output'];
  span: TextSpan;
  value: Scalars['String']['output'];
};

/** A proposed task. The list is flat, in document order; parentCode gives the tree. */
export type DraftTask = {
  __typename?: 'DraftTask';
  assignees: Array<DraftAssignee>;
  body: Scalars['String']['output'];
  /** In the document’s own numbering: "II.3.b". */
  code: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  deadline: DraftDeadline;
  /** 0 for a top-level section. */
  depth: Scalars['Int']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
  span: TextSpan;
  title: Scalars['String']['output'];
};

export type DraftTaskInput = {
  assignees?: Array<AssigneeInput>;
  body?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  /** yyyy-MM-dd */
  deadlineDate?: InputMaybe<Scalars['String']['input']>;
  deadlineKind: DeadlineKind;
  deadlineText?: InputMaybe<Scalars['String']['input']>;
  /** An earlier task’s code; none for a top-level section. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  recurrence?: InputMaybe<RecurrencePeriod>;
  title: Scalars['String']['input'];
};

/** A unit as the text names it: a known unit (organizationId), a known group (groupCode), or a unit proposed as new (newUnitName). */
export type DraftUnitRef = {
  __typename?: 'DraftUnitRef';
  confidence: Scalars['Float']['output'];
  /** A mention the parser could not place (a set of units not on record, "các chi bộ, đảng bộ cơ sở"): proposed under newUnitName, for a person to decide. */
  flagged: Scalars['Boolean']['output'];
  groupCode?: Maybe<Scalars['String']['output']>;
  /** The name of the unit or group it resolves to, or the proposed name. */
  name: Scalars['String']['output'];
  /** A unit the system does not know yet, proposed for creation. */
  newUnitName?: Maybe<Scalars['String']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  span: TextSpan;
  /** As written in the text. */
  text: Scalars['String']['output'];
};

/** One field a change touched: its old and new values, as JSON. */
export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  /** JSON; "null" when the field had no value (e.g. on creation). */
  from: Scalars['String']['output'];
  /** JSON. */
  to: Scalars['String']['output'];
};

/** A monitor’s supervision finding (kiến nghị) on a task, to be answered by a date. */
export type FileFindingInput = {
  /** Makes retries safe: the same id files one finding. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  content: Scalars['String']['input'];
  /** yyyy-MM-dd: the lead unit answers by this day (today or later). */
  dueDate: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};

export { FindingStatus };

/** The difficulty office consolidates an obstacle and forwards it to the People’s Committee. */
export type ForwardObstacleInput = {
  id: Scalars['ID']['input'];
  /** The consolidation note (tổng hợp, đề xuất). */
  note: Scalars['String']['input'];
  /** The version you saw; a stale one is a CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type GenerateConsolidatedReportInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The cycle ("2020", "2020-Q3"); omitted: the current one. */
  cycleKey?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
};

/** A group of tasks (II.1 … III.3) and how far it has come. */
export type GroupStatistics = {
  __typename?: 'GroupStatistics';
  code: Scalars['String']['output'];
  done: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
  progress: Scalars['Int']['output'];
  task: Task;
  /** Assigned tasks in the group. */
  tasks: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ImportPlanPayload = {
  __typename?: 'ImportPlanPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  draft: PlanDraft;
  /** The plan created, when committed. */
  plan?: Maybe<Plan>;
};

export type IssueConsolidatedReportInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The version being issued; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A document a plan cites or carries out (Quyết định, Kết luận, …). */
export type LegalDocument = {
  __typename?: 'LegalDocument';
  id: Scalars['ID']['output'];
  /** yyyy-MM-dd */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** Who issued it: "Thủ tướng Chính phủ". */
  issuer: Scalars['String']['output'];
  /** As numbered by the issuer: "142/QĐ-TTg". */
  number: Scalars['String']['output'];
  title: Scalars['String']['output'];
  type: LegalDocumentType;
};

export { LegalDocumentType };

export type Mutation = {
  __typename?: 'Mutation';
  /** Comments on a task, or replies to a comment. */
  addComment: Comment;
  /** Assigns a unit or a group’s members to a task; returns the task. */
  assignOrganization: Task;
  /** Creates a unit (administrators). */
  createOrganization: Organization;
  /** Creates a group of units (administrators). */
  createOrganizationGroup: OrganizationGroup;
  /** Adds a task to a plan (the plan’s coordinators and admins). */
  createTask: Task;
  /** Creates an account (administrators only). */
  createUser: User;
  /** A monitor (MTTQ, mass organisations) files a finding on a task; its lead unit must answer by dueDate. */
  fileFinding: SupervisionFinding;
  /** The difficulty office forwards an OPEN obstacle to the People’s Committee. */
  forwardObstacle: Obstacle;
  /** Writes the draft of a cycle’s consolidated report from its reports; returns the existing one if any. */
  generateConsolidatedReport: ConsolidatedReport;
  /** Reads the text of a plan into a draft task graph. commit: false only returns the draft (any signed-in user); commit: true (coordinators, administrators) creates the plan, its documents, tasks and assignments in one transaction — from `draft`, the draft as corrected, or else from the text as read. */
  importPlan: ImportPlanPayload;
  /** Issues the report as it stands: a new numbered, unchangeable version. */
  issueConsolidatedReport: ConsolidatedReportVersion;
  /** Signs in; send the token as `Authorization: Bearer <token>`. */
  login: AuthPayload;
  /** Revokes the token this request was made with. */
  logout: Scalars['Boolean']['output'];
  /** Marks your notifications read (all of them without ids); returns how many. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Raises a difficulty on a task; it is routed to the plan’s difficulty office (Phòng Nội vụ). */
  raiseObstacle: Obstacle;
  /** Rewrites the draft’s body from the reports as they stand now. */
  regenerateConsolidatedReport: ConsolidatedReport;
  /** Sets a new password (generated when none is given) and signs the account out (administrators). */
  resetUserPassword: PasswordReset;
  /** The People’s Committee answers a FORWARDED obstacle. */
  resolveObstacle: Obstacle;
  /** The task’s lead unit answers a finding. */
  respondToFinding: SupervisionFinding;
  /** Signs a user out everywhere: revokes all their sessions (yours when userId is omitted; anyone’s for administrators). Returns how many. */
  revokeSessions: Scalars['Int']['output'];
  /** Urges (đôn đốc) every unit late in the cycle or on an overdue task, or the units named. Coordinators. */
  sendReminders: SendRemindersResult;
  /** Makes a plan public (the district portal) or private (its coordinators). */
  setPlanPublic: Plan;
  /** Sets how often the plan’s assignees report (coordinators). */
  setPlanReportingPeriod: Plan;
  /** Disables an account (signing it out) or enables it again (administrators). */
  setUserDisabled: User;
  /** Posts a progress report for your unit; the task’s and its parents’ progress roll up. */
  submitProgressReport: ProgressReport;
  /** Removes a unit or a group’s members from a task; returns the task. */
  unassignOrganization: Task;
  /** Edits the draft before it is issued (optimistic: a stale version is a CONFLICT). */
  updateConsolidatedReport: ConsolidatedReport;
  /** Changes a unit (administrators). */
  updateOrganization: Organization;
  /** Renames a group or replaces its members (administrators). */
  updateOrganizationGroup: OrganizationGroup;
  /** Edits a task; a stale `version` is a CONFLICT and changes nothing. */
  updateTask: Task;
  /** Changes an account’s name, role or unit (administrators). */
  updateUser: User;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAssignOrganizationArgs = {
  input: AssignOrganizationInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateOrganizationGroupArgs = {
  input: CreateOrganizationGroupInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationFileFindingArgs = {
  input: FileFindingInput;
};


export type MutationForwardObstacleArgs = {
  input: ForwardObstacleInput;
};


export type MutationGenerateConsolidatedReportArgs = {
  input: GenerateConsolidatedReportInput;
};


export type MutationImportPlanArgs = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  commit: Scalars['Boolean']['input'];
  draft?: InputMaybe<PlanDraftInput>;
  text: Scalars['String']['input'];
};


export type MutationIssueConsolidatedReportArgs = {
  input: IssueConsolidatedReportInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRaiseObstacleArgs = {
  input: RaiseObstacleInput;
};


export type MutationRegenerateConsolidatedReportArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveObstacleArgs = {
  input: ResolveObstacleInput;
};


export type MutationRespondToFindingArgs = {
  input: RespondToFindingInput;
};


export type MutationRevokeSessionsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSendRemindersArgs = {
  input: SendRemindersInput;
};


export type MutationSetPlanPublicArgs = {
  isPublic: Scalars['Boolean']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationSetPlanReportingPeriodArgs = {
  period: RecurrencePeriod;
  planId: Scalars['ID']['input'];
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSubmitProgressReportArgs = {
  input: SubmitProgressReportInput;
};


export type MutationUnassignOrganizationArgs = {
  input: UnassignOrganizationInput;
};


export type MutationUpdateConsolidatedReportArgs = {
  input: UpdateConsolidatedReportInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdateOrganizationGroupArgs = {
  input: UpdateOrganizationGroupInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export type NewUnitInput = {
  kind?: OrganizationKind;
  name: Scalars['String']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** An entry of your inbox. */
export type Notification = {
  __typename?: 'Notification';
  /** Who caused it. */
  actor?: Maybe<User>;
  comment?: Maybe<Comment>;
  createdAt: Scalars['DateTimeISO']['output'];
  finding?: Maybe<SupervisionFinding>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  obstacle?: Maybe<Obstacle>;
  /** The unit it concerns (e.g. the one mentioned). */
  organization?: Maybe<Organization>;
  plan?: Maybe<Plan>;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A one-line summary, in Vietnamese. */
  summary: Scalars['String']['output'];
  task?: Maybe<Task>;
};

export { NotificationKind };

/** A difficulty (khó khăn, vướng mắc) on a task, on its way to the People’s Committee. */
export type Obstacle = {
  __typename?: 'Obstacle';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** The difficulty office’s consolidation note. */
  forwardNote?: Maybe<Scalars['String']['output']>;
  forwardedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  forwardedBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** The unit that raised it. */
  organization?: Maybe<Organization>;
  raisedBy: User;
  /** The report it came from, if any. */
  report?: Maybe<ProgressReport>;
  /** The People’s Committee’s answer. */
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  resolvedBy?: Maybe<User>;
  /** The difficulty office it went to. */
  routedTo?: Maybe<Organization>;
  status: ObstacleStatus;
  task: Task;
  version: Scalars['Int']['output'];
};

export { ObstacleStatus };

/** A unit: office (phòng), commune (xã), the Front (MTTQ), a committee… */
export type Organization = {
  __typename?: 'Organization';
  /** Every task this unit is assigned to. */
  assignments: Array<Assignment>;
  createdAt: Scalars['DateTimeISO']['output'];
  groups: Array<OrganizationGroup>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  /** The short name used on the board, e.g. "KT-HT". */
  shortName: Scalars['String']['output'];
};

/** A group of units named in plans, e.g. "các xã, thị trấn". */
export type OrganizationGroup = {
  __typename?: 'OrganizationGroup';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  members: Array<Organization>;
  name: Scalars['String']['output'];
};

export { OrganizationKind };

/** The oversight view of a plan (giám sát): what needs chasing. */
export type Oversight = {
  __typename?: 'Oversight';
  /** Every unanswered finding. */
  openFindings: Array<SupervisionFinding>;
  /** Difficulties not yet answered. */
  openObstacles: Array<Obstacle>;
  /** Unanswered findings past their due day. */
  overdueFindings: Array<SupervisionFinding>;
  /** Dated tasks past their deadline and not done. */
  overdueTasks: Array<Task>;
  staleDays: Scalars['Int']['output'];
  /** Leaf tasks being worked on with no report in the last staleDays days. */
  staleTasks: Array<Task>;
  /** Tasks with at least one finding, in document order. */
  tasksWithFindings: Array<Task>;
};

/** A reset password: the new one is shown once, to hand to its owner. */
export type PasswordReset = {
  __typename?: 'PasswordReset';
  /** The temporary password (generated when none was given). */
  temporaryPassword: Scalars['String']['output'];
  user: User;
};

/** A plan (Kế hoạch) whose tasks are tracked while it is carried out. */
export type Plan = {
  __typename?: 'Plan';
  /** The documents the plan rests on (căn cứ) and cites. */
  citedDocuments: Array<LegalDocument>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The office that takes difficulties. */
  difficultyOffice?: Maybe<Organization>;
  id: Scalars['ID']['output'];
  /** The document this plan carries out. */
  implementsDocument?: Maybe<LegalDocument>;
  /** Readable without signing in (the district portal). */
  isPublic: Scalars['Boolean']['output'];
  /** yyyy-MM-dd */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** The body that issued the plan (UBND huyện). */
  issuingOrganization: Organization;
  /** Sequence number of the latest activity event of this plan. */
  lastActivitySeq: Scalars['Int']['output'];
  /** The Front and the organisations that supervise. */
  monitors: Array<Organization>;
  /** As numbered by the issuer: "85/KH-UBND". */
  number: Scalars['String']['output'];
  /** The plan this one carries out (the cascade). */
  parentPlan?: Maybe<Plan>;
  /** Where it was signed: "Châu Thành". */
  place?: Maybe<Scalars['String']['output']>;
  /** Progress of the whole plan: the mean of its top-level tasks. */
  progress: Scalars['Int']['output'];
  /** Nơi nhận, one line per recipient as written. */
  recipients: Array<Scalars['String']['output']>;
  /** How often assignees report and the standing office consolidates (định kỳ báo cáo). */
  reportingPeriod: RecurrencePeriod;
  signerName?: Maybe<Scalars['String']['output']>;
  /** Signing capacity: "TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH". */
  signerTitle?: Maybe<Scalars['String']['output']>;
  /** The standing office (III.1). */
  standingOffice?: Maybe<Organization>;
  /** All tasks of the plan in document order; with roots: true only the top of the tree (II, III). */
  tasks: Array<Task>;
  title: Scalars['String']['output'];
};


/** A plan (Kế hoạch) whose tasks are tracked while it is carried out. */
export type PlanTasksArgs = {
  roots?: Scalars['Boolean']['input'];
};

/** What is late and what is coming, as of today in Vietnam. */
export type PlanDeadlines = {
  __typename?: 'PlanDeadlines';
  /** The cycle today falls in. */
  currentCycle: ReportingCycle;
  /** Dated tasks due within `withinDays` days. */
  dueSoon: Array<DeadlineItem>;
  /** Dated tasks past their deadline and not done (quá hạn). */
  overdue: Array<DeadlineItem>;
  /** The cycle before it, once closed. */
  previousCycle?: Maybe<ReportingCycle>;
  /** Today in Asia/Ho_Chi_Minh, yyyy-MM-dd. */
  today: Scalars['String']['output'];
  withinDays: Scalars['Int']['output'];
};

/** What the parser reads in a plan’s text, for a person to check, correct and commit. */
export type PlanDraft = {
  __typename?: 'PlanDraft';
  /** Who takes difficulties to the People’s Committee. */
  difficultyOffice?: Maybe<DraftUnitRef>;
  /** The kind of document: PLAN (Kế hoạch), DECISION (Quyết định)… */
  documentType: LegalDocumentType;
  documents: Array<DraftDocument>;
  /** The number of the document the plan carries out. */
  implements?: Maybe<DraftString>;
  /** yyyy-MM-dd */
  issuedOn?: Maybe<DraftString>;
  issuer?: Maybe<DraftUnitRef>;
  /** Section III: the Front and its member organisations. */
  monitors: Array<DraftUnitRef>;
  /** Units the text names that are not known: proposed, never dropped. */
  newUnits: Array<ProposedUnit>;
  /** "85/KH-UBND", even when written "85 /KH-UBND". */
  number?: Maybe<DraftString>;
  /** The number of the higher plan it carries out. */
  parentPlan?: Maybe<DraftString>;
  /** That higher plan, when it is tracked here. */
  parentPlanId?: Maybe<Scalars['ID']['output']>;
  place?: Maybe<DraftString>;
  /** Nơi nhận. */
  recipients: Array<DraftString>;
  signerName?: Maybe<DraftString>;
  /** Signing capacity: "TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH". */
  signerTitle?: Maybe<DraftString>;
  /** Section III: who consolidates and reports. */
  standingOffice?: Maybe<DraftUnitRef>;
  tasks: Array<DraftTask>;
  title?: Maybe<DraftString>;
  warnings: Array<Scalars['String']['output']>;
};

/** The draft as the person corrected it: this is what a commit creates. */
export type PlanDraftInput = {
  difficultyOffice?: InputMaybe<UnitRefInput>;
  documents?: Array<DraftDocumentInput>;
  /** Number of the document the plan carries out. */
  implementsNumber?: InputMaybe<Scalars['String']['input']>;
  /** Default: public when the district portal is a recipient. */
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  /** yyyy-MM-dd */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  issuer: UnitRefInput;
  monitors?: Array<UnitRefInput>;
  /** Proposed units accepted for creation. */
  newUnits?: Array<NewUnitInput>;
  number: Scalars['String']['input'];
  /** Number of the higher plan, linked when it is tracked. */
  parentPlanNumber?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recipients?: Array<Scalars['String']['input']>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  standingOffice?: InputMaybe<UnitRefInput>;
  tasks: Array<DraftTaskInput>;
  title: Scalars['String']['input'];
};

/** One entry of a plan’s activity log, delivered live and replayed after a reconnect. */
export type PlanEvent = {
  __typename?: 'PlanEvent';
  /** Who did it. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** JSON of what changed: { field: { from, to } }. */
  changes?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Comment>;
  /** What changed, field by field, with old and new values. */
  fieldChanges: Array<FieldChange>;
  /** The finding, on FINDING_* events. */
  finding?: Maybe<SupervisionFinding>;
  /** The obstacle, on OBSTACLE_* events. */
  obstacle?: Maybe<Obstacle>;
  /** The unit it concerns or acted for. */
  organization?: Maybe<Organization>;
  planId: Scalars['ID']['output'];
  report?: Maybe<ProgressReport>;
  /** Per plan, strictly increasing without gaps. PRESENCE_CHANGED events are not logged: they repeat the latest seq. */
  seq: Scalars['Int']['output'];
  task?: Maybe<Task>;
  type: ActivityType;
  /** Who is watching, on PRESENCE_CHANGED events. */
  viewers?: Maybe<Array<Viewer>>;
};

/** Statistics of a plan, per unit and per task group, over time. */
export type PlanStatistics = {
  __typename?: 'PlanStatistics';
  /** GET with the bearer token: the tables as CSV (?table=units|groups|timeline). */
  csvUrl: Scalars['String']['output'];
  cycles: Array<CycleStatistics>;
  groups: Array<GroupStatistics>;
  progress: Scalars['Int']['output'];
  timeline: Array<TimelinePoint>;
  /** Today in Asia/Ho_Chi_Minh. */
  today: Scalars['String']['output'];
  /** Units with the most tasks first. */
  units: Array<UnitStatistics>;
  /** GET with the bearer token: every table as an XLSX workbook. */
  xlsxUrl: Scalars['String']['output'];
};

/** A progress report by one unit on one task. Posted reports are never edited. */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  author: User;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Khó khăn, vướng mắc. */
  difficulties: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The reporting unit. */
  organization: Organization;
  /** The reporting period, e.g. "Quý II/2020". */
  period?: Maybe<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  /** Đề xuất, kiến nghị. */
  proposals: Scalars['String']['output'];
  results: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  task: Task;
};

export type ProposedUnit = {
  __typename?: 'ProposedUnit';
  confidence: Scalars['Float']['output'];
  /** Read from a mention the parser could not place: not created unless a person accepts it. */
  flagged: Scalars['Boolean']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  span: TextSpan;
};

export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first (administrators). */
  auditLog: Array<AuditEntry>;
  consolidatedReport: ConsolidatedReport;
  /** The plan’s consolidated reports being written (coordinators, leadership). */
  consolidatedReports: Array<ConsolidatedReport>;
  issuedReport: ConsolidatedReportVersion;
  /** Issued consolidated reports of the plan, newest first. */
  issuedReports: Array<ConsolidatedReportVersion>;
  /** Documents that plans cite or carry out. */
  legalDocuments: Array<LegalDocument>;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** Reminders to your unit, across plans, newest first. */
  myReminders: Array<Reminder>;
  /** Your inbox, newest first. */
  notifications: Array<Notification>;
  /** A plan’s difficulties, optionally in some states (signed-in readers). */
  obstacles: Array<Obstacle>;
  /** Groups of units named in plans. */
  organizationGroups: Array<OrganizationGroup>;
  /** Every unit, optionally of some kinds only. */
  organizations: Array<Organization>;
  /** What needs chasing on a plan: findings, overdue tasks, tasks without recent reports (monitors, leadership, coordinators). */
  oversight: Oversight;
  plan: Plan;
  /** Overdue tasks, tasks due within N days, and the current cycle. */
  planDeadlines: PlanDeadlines;
  /** Per unit and per task group, and the plan’s completion over time. */
  planStatistics: PlanStatistics;
  /** Plans you may read, newest first. */
  plans: Array<Plan>;
  /** A plan’s reminders, newest first: every unit’s for its coordinators, leadership and monitors, else your unit’s. */
  reminders: Array<Reminder>;
  /** One reporting cycle by key ("2020-Q3"); today’s when no key. */
  reportingCycle: ReportingCycle;
  /** The plan’s reporting cycles from its issue date to today’s, newest first, with who reported. */
  reportingCycles: Array<ReportingCycle>;
  /** Finds tasks, units and documents; ignores diacritics, case and dashes ("noi vu" finds "Phòng Nội vụ"). */
  search: SearchResults;
  task: Task;
  /** How many of your notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Every account (administrators). */
  users: Array<User>;
  /** Who is watching the plan’s board now (đang xem). */
  viewers: Array<Viewer>;
};


export type QueryAuditLogArgs = {
  limit?: Scalars['Int']['input'];
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConsolidatedReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsolidatedReportsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryIssuedReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIssuedReportsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  limit?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryObstaclesArgs = {
  planId: Scalars['ID']['input'];
  statuses?: InputMaybe<Array<ObstacleStatus>>;
};


export type QueryOrganizationsArgs = {
  kinds?: InputMaybe<Array<OrganizationKind>>;
};


export type QueryOversightArgs = {
  planId: Scalars['ID']['input'];
  staleDays?: Scalars['Int']['input'];
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanDeadlinesArgs = {
  planId: Scalars['ID']['input'];
  withinDays?: Scalars['Int']['input'];
};


export type QueryPlanStatisticsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryRemindersArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryReportingCycleArgs = {
  key?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryReportingCyclesArgs = {
  planId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryViewersArgs = {
  planId: Scalars['ID']['input'];
};

/** Raises a difficulty (khó khăn, vướng mắc) on a task; it goes to the difficulty office. */
export type RaiseObstacleInput = {
  /** Makes retries safe: the same id raises one obstacle. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** The unit raising it; yours by default. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  taskId: Scalars['ID']['input'];
};

export { RecurrencePeriod };

/** A reminder to a unit: report due soon, missing (chưa báo cáo), overdue, or đôn đốc. */
export type Reminder = {
  __typename?: 'Reminder';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The reporting cycle it is about: "2020", "2020-Q3". */
  cycleKey?: Maybe<Scalars['String']['output']>;
  /** yyyy-MM-dd: when the report or task is (was) due. */
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ReminderKind;
  message: Scalars['String']['output'];
  organization: Organization;
  plan: Plan;
  /** The coordinator who sent it; null when automatic. */
  sender?: Maybe<User>;
  task?: Maybe<Task>;
};

export { ReminderKind };

/** One part of the report’s body; its text is lines, "- " starts a bullet. */
export type ReportSection = {
  __typename?: 'ReportSection';
  body: Scalars['String']['output'];
  heading: Scalars['String']['output'];
  key: ReportSectionKey;
};

export type ReportSectionInput = {
  body: Scalars['String']['input'];
  key: ReportSectionKey;
};

/** The parts of a consolidated report, in order. */
export enum ReportSectionKey {
  Difficulties = 'DIFFICULTIES',
  Front = 'FRONT',
  General = 'GENERAL',
  Late = 'LATE',
  NextSteps = 'NEXT_STEPS',
  Results = 'RESULTS'
}

/** A reporting cycle (kỳ báo cáo) of a plan: Quý III/2020, Năm 2020, … */
export type ReportingCycle = {
  __typename?: 'ReportingCycle';
  /** Days until dueOn; negative once the cycle closed. */
  daysUntilDue: Scalars['Int']['output'];
  /** yyyy-MM-dd: reports are due by the end of this day (Vietnam time). */
  dueOn: Scalars['String']['output'];
  /** yyyy-MM-dd */
  end: Scalars['String']['output'];
  /** Every report owed in the cycle, in task order. */
  entries: Array<CycleEntry>;
  expectedCount: Scalars['Int']['output'];
  /** "2020", "2020-H2", "2020-Q3" or "2020-07". */
  key: Scalars['String']['output'];
  /** "Quý III/2020". */
  label: Scalars['String']['output'];
  /** Reports still owed (chưa báo cáo). */
  missingCount: Scalars['Int']['output'];
  /** Units that still owe at least one report (chưa báo cáo). */
  missingOrganizations: Array<Organization>;
  period: RecurrencePeriod;
  reportedCount: Scalars['Int']['output'];
  /** yyyy-MM-dd */
  start: Scalars['String']['output'];
  status: CycleStatus;
};

/** The People’s Committee answers a forwarded obstacle. */
export type ResolveObstacleInput = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
  /** The version you saw; a stale one is a CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The lead unit’s answer to a finding. */
export type RespondToFindingInput = {
  id: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};

/** What a search found, by kind, best matches first. */
export type SearchResults = {
  __typename?: 'SearchResults';
  documents: Array<LegalDocument>;
  organizations: Array<Organization>;
  tasks: Array<Task>;
};

/** Urge late units (đôn đốc): all of them, or the ones named. */
export type SendRemindersInput = {
  /** Makes retries safe: the same id sends once. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The cycle ("2020-Q3"); omitted: the current one. */
  cycleKey?: InputMaybe<Scalars['String']['input']>;
  /** Added before the generated text. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Units to urge; omitted: every unit late in the cycle or on an overdue task. */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  planId: Scalars['ID']['input'];
};

export type SendRemindersResult = {
  __typename?: 'SendRemindersResult';
  /** One per unit urged; empty when no unit was late. */
  reminders: Array<Reminder>;
};

/** A unit’s progress report on a task. Posted reports are never edited. */
export type SubmitProgressReportInput = {
  /** Makes retries safe: the same id posts one report. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Khó khăn, vướng mắc. */
  difficulties?: InputMaybe<Scalars['String']['input']>;
  /** The reporting unit: yours, and assigned to the task. */
  organizationId: Scalars['ID']['input'];
  /** The reporting period, e.g. "Quý II/2020". */
  period?: InputMaybe<Scalars['String']['input']>;
  /** 0–100 */
  progress: Scalars['Int']['input'];
  /** Đề xuất, kiến nghị. */
  proposals?: InputMaybe<Scalars['String']['input']>;
  results?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  taskId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Your new notifications, live (signed-in users only). With `after` (the highest id you have) it first replays the ones you missed. */
  notificationAdded: Notification;
  /** A plan’s activity, live. With `after: N` it first replays the logged events N+1… then goes on live, with no gap or duplicate. */
  planActivity: PlanEvent;
};


export type SubscriptionNotificationAddedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPlanActivityArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  planId: Scalars['ID']['input'];
};

/** A supervision finding (kiến nghị) by the Front or a mass organisation on a task. */
export type SupervisionFinding = {
  __typename?: 'SupervisionFinding';
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** yyyy-MM-dd: the lead unit answers by this day. */
  dueDate: Scalars['String']['output'];
  filedBy: User;
  id: Scalars['ID']['output'];
  /** The monitoring unit that filed it. */
  organization?: Maybe<Organization>;
  /** Unanswered past its due day (Vietnam time). */
  overdue: Scalars['Boolean']['output'];
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  respondedBy?: Maybe<User>;
  /** The unit that answered. */
  respondingOrganization?: Maybe<Organization>;
  response?: Maybe<Scalars['String']['output']>;
  status: FindingStatus;
  task: Task;
};

/** A task (nhiệm vụ) of a plan, in the tree II → II.3 → II.3.b. */
export type Task = {
  __typename?: 'Task';
  /** The task’s history: every logged change to it, oldest first. */
  activity: Array<PlanEvent>;
  /** Who leads, helps and monitors, with each unit’s progress. */
  assignments: Array<Assignment>;
  children: Array<Task>;
  /** The code from the document’s own numbering: "II.3.b". */
  code: Scalars['String']['output'];
  /** Comments, oldest first; replies carry replyTo. */
  comments: Array<Comment>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** yyyy-MM-dd, for DATE deadlines. */
  deadlineDate?: Maybe<Scalars['String']['output']>;
  deadlineKind: DeadlineKind;
  /** The deadline as written: "Trong quý II năm 2020". */
  deadlineText?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Supervision findings on the task (signed-in readers). */
  findings: Array<SupervisionFinding>;
  id: Scalars['ID']['output'];
  /** When the last progress report on it was posted. */
  lastReportAt?: Maybe<Scalars['DateTimeISO']['output']>;
  latestReport?: Maybe<ProgressReport>;
  /** Difficulties raised on the task, oldest first (signed-in readers). */
  obstacles: Array<Obstacle>;
  /** How many of its difficulties are not yet answered. */
  openObstacleCount: Scalars['Int']['output'];
  /** A dated task past its deadline (Vietnam time) and not done. */
  overdue: Scalars['Boolean']['output'];
  parent?: Maybe<Task>;
  plan: Plan;
  position: Scalars['Int']['output'];
  /** 0–100, rolled up from assignees and subtasks. */
  progress: Scalars['Int']['output'];
  recurrence?: Maybe<RecurrencePeriod>;
  /** Progress reports, newest first. */
  reports: Array<ProgressReport>;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export { TaskStatus };

/** A stretch of the imported text: UTF-16 offsets, end exclusive. */
export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** The plan’s completion on a day. */
export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  /** yyyy-MM-dd: month ends since the plan began, then today. */
  date: Scalars['String']['output'];
  /** Assigned tasks finished by that day. */
  doneTasks: Scalars['Int']['output'];
  progress: Scalars['Int']['output'];
};

/** Removes a unit, or every member of a group, from a task. Their reports stay in history. */
export type UnassignOrganizationInput = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  taskId: Scalars['ID']['input'];
};

/** A unit: exactly one of organizationId, groupCode (expanded to its members), newUnitName. */
export type UnitRefInput = {
  groupCode?: InputMaybe<Scalars['String']['input']>;
  /** Must be one of the draft’s newUnits accepted for creation. */
  newUnitName?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** One unit’s record on a plan. */
export type UnitStatistics = {
  __typename?: 'UnitStatistics';
  /** Mean of its current progress on its tasks. */
  averageProgress: Scalars['Int']['output'];
  /** Its parts finished (100%). */
  done: Scalars['Int']['output'];
  /** Finished by the deadline (tasks without a date count when finished). */
  doneOnTime: Scalars['Int']['output'];
  /** Tasks it helps with (phối hợp). */
  helped: Scalars['Int']['output'];
  /** Dated tasks finished after the deadline or still unfinished past it. */
  late: Scalars['Int']['output'];
  /** Tasks it leads (chủ trì). */
  led: Scalars['Int']['output'];
  organization: Organization;
  /** Progress reports it posted. */
  reports: Scalars['Int']['output'];
  /** Reports owed in closed cycles that never came (chưa báo cáo). */
  reportsMissing: Scalars['Int']['output'];
  /** Reports owed in closed cycles that it posted within the cycle. */
  reportsOnTime: Scalars['Int']['output'];
};

/** The coordinator’s edits; fields left out keep their text. */
export type UpdateConsolidatedReportInput = {
  id: Scalars['ID']['input'];
  recipients?: InputMaybe<Array<Scalars['String']['input']>>;
  sections?: InputMaybe<Array<ReportSectionInput>>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  signerTitle?: InputMaybe<Scalars['String']['input']>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  /** The version the edit was made on; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Renames a group or replaces its members. */
export type UpdateOrganizationGroupInput = {
  id: Scalars['ID']['input'];
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes a unit; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a task. `version` must be the version you read, or the update is a CONFLICT. */
export type UpdateTaskInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  /** yyyy-MM-dd */
  deadlineDate?: InputMaybe<Scalars['String']['input']>;
  deadlineKind?: InputMaybe<DeadlineKind>;
  deadlineText?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  recurrence?: InputMaybe<RecurrencePeriod>;
  /** Set by a coordinator; progress no longer moves it. */
  status?: InputMaybe<TaskStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Changes an account; omitted fields stay as they are. */
export type UpdateUserInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<UserRole>;
};

/** A person who signs in, belonging to a unit. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  disabled: Scalars['Boolean']['output'];
  /** Shown to signed-in users only. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  role: UserRole;
};

export { UserRole };

/** Someone watching a plan’s board (đang xem). */
export type Viewer = {
  __typename?: 'Viewer';
  organization?: Maybe<Organization>;
  since: Scalars['DateTimeISO']['output'];
  user: User;
};
