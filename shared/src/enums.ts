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
  /** A plan's own settings changed (e.g. its reporting period). */
  PLAN_UPDATED = 'PLAN_UPDATED',
  /** A reminder (nhắc hạn, đôn đốc) went to one or more units. */
  REMINDER_SENT = 'REMINDER_SENT',
  /** A consolidated report (báo cáo tổng hợp) was issued. */
  CONSOLIDATED_REPORT_ISSUED = 'CONSOLIDATED_REPORT_ISSUED',
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

/** Error codes every GraphQL error carries in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}
