// Generated from shared/schema.graphql by client/codegen.ts: do not edit.
import type { ActivityType } from '../enums.js';
import type { AssignmentRole } from '../enums.js';
import type { DeadlineKind } from '../enums.js';
import type { LegalDocumentType } from '../enums.js';
import type { OrganizationKind } from '../enums.js';
import type { RecurrencePeriod } from '../enums.js';
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

export { DeadlineKind };

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
  /** Adds a task to a plan (the plan’s coordinators and admins). */
  createTask: Task;
  /** Creates an account (administrators only). */
  createUser: User;
  /** Signs in; send the token as `Authorization: Bearer <token>`. */
  login: AuthPayload;
  /** Revokes the token this request was made with. */
  logout: Scalars['Boolean']['output'];
  /** Signs a user out everywhere: revokes all their sessions (yours when userId is omitted; anyone’s for administrators). Returns how many. */
  revokeSessions: Scalars['Int']['output'];
  /** Disables or re-enables an account (administrators); disabling signs it out. */
  setUserDisabled: User;
  /** Posts a progress report for your unit; the task’s and its parents’ progress roll up. */
  submitProgressReport: ProgressReport;
  /** Removes a unit or a group’s members from a task; returns the task. */
  unassignOrganization: Task;
  /** Edits a task; a stale `version` is a CONFLICT and changes nothing. */
  updateTask: Task;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAssignOrganizationArgs = {
  input: AssignOrganizationInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRevokeSessionsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSubmitProgressReportArgs = {
  input: SubmitProgressReportInput;
};


export type MutationUnassignOrganizationArgs = {
  input: UnassignOrganizationInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};

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

/** One entry of a plan’s activity log, delivered live and replayed after a reconnect. */
export type PlanEvent = {
  __typename?: 'PlanEvent';
  /** Who did it. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** JSON of what changed: { field: { from, to } }. */
  changes?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Comment>;
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

export type Query = {
  __typename?: 'Query';
  /** Documents that plans cite or carry out. */
  legalDocuments: Array<LegalDocument>;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** Groups of units named in plans. */
  organizationGroups: Array<OrganizationGroup>;
  /** Every unit, optionally of some kinds only. */
  organizations: Array<Organization>;
  plan: Plan;
  /** Plans you may read, newest first. */
  plans: Array<Plan>;
  /** Finds tasks, units and documents; ignores diacritics, case and dashes ("noi vu" finds "Phòng Nội vụ"). */
  search: SearchResults;
  task: Task;
  /** Who is watching the plan’s board now (đang xem). */
  viewers: Array<Viewer>;
};


export type QueryOrganizationsArgs = {
  kinds?: InputMaybe<Array<OrganizationKind>>;
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
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

export { RecurrencePeriod };

/** What a search found, by kind, best matches first. */
export type SearchResults = {
  __typename?: 'SearchResults';
  documents: Array<LegalDocument>;
  organizations: Array<Organization>;
  tasks: Array<Task>;
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
  /** A plan’s activity, live. With `after: N` it first replays the logged events N+1… then goes on live, with no gap or duplicate. */
  planActivity: PlanEvent;
};


export type SubscriptionPlanActivityArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  planId: Scalars['ID']['input'];
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
  id: Scalars['ID']['output'];
  /** When the last progress report on it was posted. */
  lastReportAt?: Maybe<Scalars['DateTimeISO']['output']>;
  latestReport?: Maybe<ProgressReport>;
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

/** Removes a unit, or every member of a group, from a task. Their reports stay in history. */
export type UnassignOrganizationInput = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  taskId: Scalars['ID']['input'];
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
