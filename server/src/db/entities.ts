import { ActivityEvent } from '../features/activity/activity-event.entity.js';
import { AuditEntry } from '../features/admin/audit-entry.entity.js';
import { Assignment } from '../features/assignment/assignment.entity.js';
import { Comment } from '../features/comment/comment.entity.js';
import { MutationReceipt } from '../features/idempotency/mutation-receipt.entity.js';
import {
  ConsolidatedReport,
  ConsolidatedReportVersion,
} from '../features/consolidated-report/consolidated-report.entity.js';
import { LegalDocument } from '../features/legal-document/legal-document.entity.js';
import { Notification } from '../features/notification/notification.entity.js';
import { Obstacle } from '../features/obstacle/obstacle.entity.js';
import { Organization, OrganizationGroup } from '../features/organization/organization.entity.js';
import { Plan } from '../features/plan/plan.entity.js';
import { ProgressReport } from '../features/progress-report/progress-report.entity.js';
import { Reminder } from '../features/reminder/reminder.entity.js';
import { SupervisionFinding } from '../features/supervision/finding.entity.js';
import { Task } from '../features/task/task.entity.js';
import { Session, User } from '../features/user/user.entity.js';

/** Every entity, listed explicitly (no globs: the same list works from src/ under vitest and dist/). */
export const entities = [
  Organization,
  OrganizationGroup,
  LegalDocument,
  Plan,
  Task,
  Assignment,
  ProgressReport,
  Comment,
  User,
  Session,
  MutationReceipt,
  ActivityEvent,
  Reminder,
  ConsolidatedReport,
  ConsolidatedReportVersion,
  Obstacle,
  SupervisionFinding,
  Notification,
  AuditEntry,
];
