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
  /** Ephemeral: who is watching changed. Not logged, not replayed, carries the latest logged seq. */
  PRESENCE_CHANGED = 'PRESENCE_CHANGED',
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
