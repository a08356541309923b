import { registerEnumType } from 'type-graphql';
import {
  ActivityType,
  AssignmentRole,
  AuditAction,
  FindingStatus,
  NotificationKind,
  ObstacleStatus,
  DeadlineKind,
  LegalDocumentType,
  OrganizationKind,
  RecurrencePeriod,
  ReminderKind,
  TaskStatus,
  UserRole,
} from '@tiendo/shared';

// The enums live in @tiendo/shared so the client uses the same values; GraphQL learns them here.
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What kind of unit this is.' });
registerEnumType(LegalDocumentType, { name: 'LegalDocumentType', description: 'Nghị quyết, Kết luận, Quyết định, …' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: 'DATE: due on a day; ONGOING: thường xuyên; RECURRING: hằng năm, định kỳ.',
});
registerEnumType(RecurrencePeriod, { name: 'RecurrencePeriod' });
registerEnumType(AssignmentRole, { name: 'AssignmentRole', description: 'LEAD: chủ trì; COLLABORATOR: phối hợp.' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'DUE_SOON, MISSING (chưa báo cáo), OVERDUE, URGE (đôn đốc).',
});
registerEnumType(ObstacleStatus, {
  name: 'ObstacleStatus',
  description: 'OPEN: at the difficulty office; FORWARDED: with the People’s Committee; RESOLVED: answered.',
});
registerEnumType(FindingStatus, { name: 'FindingStatus' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(AuditAction, { name: 'AuditAction' });
