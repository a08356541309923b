// Domain enums shared by the server (GraphQL enums) and the client (labels, filters).
// Values are the public GraphQL contract: never rename one without a migration.

export enum OrganizationKind {
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  OFFICE = 'OFFICE',
  COMMUNE = 'COMMUNE',
  FRONT = 'FRONT',
  MASS_ORGANIZATION = 'MASS_ORGANIZATION',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  COUNCIL = 'COUNCIL',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
  OTHER = 'OTHER',
}

export enum LegalDocumentType {
  RESOLUTION = 'RESOLUTION', // Nghị quyết
  CONCLUSION = 'CONCLUSION', // Kết luận
  DECISION = 'DECISION', // Quyết định
  PLAN = 'PLAN', // Kế hoạch
  ACTION_PROGRAMME = 'ACTION_PROGRAMME', // Chương trình hành động
  DIRECTIVE = 'DIRECTIVE', // Chỉ thị
  CIRCULAR = 'CIRCULAR', // Thông tư
  DECREE = 'DECREE', // Nghị định
  OTHER = 'OTHER',
}

export enum TaskStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}

export enum DeadlineKind {
  DATE = 'DATE',
  ONGOING = 'ONGOING',
  RECURRING = 'RECURRING',
}

export enum RecurrencePeriod {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
}

export enum AssignmentRole {
  LEAD = 'LEAD',
  COLLABORATOR = 'COLLABORATOR',
  MONITOR = 'MONITOR',
}

export enum UserRole {
  ADMIN = 'ADMIN',
  LEADERSHIP = 'LEADERSHIP',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  MONITOR = 'MONITOR',
}

export enum ActivityType {
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  TASK_CREATED = 'TASK_CREATED',
  TASK_UPDATED = 'TASK_UPDATED',
  ASSIGNMENT_CHANGED = 'ASSIGNMENT_CHANGED',
  /** The plan itself changed (made public, its reporting period, …). */
  PLAN_UPDATED = 'PLAN_UPDATED',
  /** A reminder (nhắc hạn, đôn đốc) went to one or more units. */
  REMINDER_SENT = 'REMINDER_SENT',
  /** A consolidated report (báo cáo tổng hợp) was issued. */
  CONSOLIDATED_REPORT_ISSUED = 'CONSOLIDATED_REPORT_ISSUED',
  /** A difficulty (khó khăn, vướng mắc) was raised and routed to the plan's difficulty office. */
  OBSTACLE_RAISED = 'OBSTACLE_RAISED',
  /** The difficulty office consolidated it and sent it on to the People's Committee. */
  OBSTACLE_FORWARDED = 'OBSTACLE_FORWARDED',
  /** The People's Committee answered it. */
  OBSTACLE_RESOLVED = 'OBSTACLE_RESOLVED',
  /** A monitor filed a supervision finding (kiến nghị giám sát). */
  FINDING_FILED = 'FINDING_FILED',
  /** The lead unit answered a finding. */
  FINDING_ANSWERED = 'FINDING_ANSWERED',
  /** Ephemeral: who is watching changed. Not logged, not replayed, carries the latest logged seq. */
  PRESENCE_CHANGED = 'PRESENCE_CHANGED',
}

/** Why a unit got a reminder. */
export enum ReminderKind {
  /** A cycle's report or a dated task is due within a few days. */
  DUE_SOON = 'DUE_SOON',
  /** A closed cycle passed without the unit's report (chưa báo cáo). */
  MISSING = 'MISSING',
  /** A dated task passed its deadline unfinished. */
  OVERDUE = 'OVERDUE',
  /** A coordinator urged the unit (đôn đốc). */
  URGE = 'URGE',
}

/** OPEN (at the difficulty office) → FORWARDED (to the People's Committee) → RESOLVED. */
export enum ObstacleStatus {
  OPEN = 'OPEN',
  FORWARDED = 'FORWARDED',
  RESOLVED = 'RESOLVED',
}

export enum FindingStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

export enum NotificationKind {
  /** Your unit or you were mentioned in a comment. */
  MENTION = 'MENTION',
  /** A monitor filed a finding on a task your unit leads. */
  FINDING_FILED = 'FINDING_FILED',
  /** The lead unit answered a finding your unit filed. */
  FINDING_ANSWERED = 'FINDING_ANSWERED',
  /** An obstacle was routed to your unit (difficulty office) or forwarded to you (People's Committee). */
  OBSTACLE_ROUTED = 'OBSTACLE_ROUTED',
  /** An obstacle your unit raised or handled was answered. */
  OBSTACLE_RESOLVED = 'OBSTACLE_RESOLVED',
  /** Someone reported progress on a task your unit leads. */
  REPORT_ON_LED_TASK = 'REPORT_ON_LED_TASK',
  /** A reminder to your unit: a report due soon or missing, an overdue task, or đôn đốc. */
  REMINDER = 'REMINDER',
}

/** What an administrator did, as kept in the audit trail. */
export enum AuditAction {
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DISABLED = 'USER_DISABLED',
  USER_ENABLED = 'USER_ENABLED',
  USER_PASSWORD_RESET = 'USER_PASSWORD_RESET',
  ORGANIZATION_CREATED = 'ORGANIZATION_CREATED',
  ORGANIZATION_UPDATED = 'ORGANIZATION_UPDATED',
  GROUP_CREATED = 'GROUP_CREATED',
  GROUP_UPDATED = 'GROUP_UPDATED',
  PLAN_VISIBILITY_CHANGED = 'PLAN_VISIBILITY_CHANGED',
}

/** Error codes every GraphQL error carries in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Too many requests or failed sign-ins; `extensions.retryAfter` says how many seconds to wait. */
  RATE_LIMITED = 'RATE_LIMITED',
}
