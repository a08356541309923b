import './enums.js';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from '../context.js';
import { ActivityResolver, TaskActivityResolver, ViewerResolver } from '../features/activity/activity.resolver.js';
import { ActivityService } from '../features/activity/activity.service.js';
import type { ActivityBus } from '../features/activity/activity-bus.js';
import type { Presence } from '../features/activity/presence.js';
import { AdminResolver } from '../features/admin/admin.resolver.js';
import { AdminService } from '../features/admin/admin.service.js';
import { PlanEventHistoryResolver } from '../features/activity/history.resolver.js';
import { AssignmentResolver } from '../features/assignment/assignment.resolver.js';
import { AssignmentService } from '../features/assignment/assignment.service.js';
import { CommentResolver } from '../features/comment/comment.resolver.js';
import { CommentService } from '../features/comment/comment.service.js';
import { LegalDocumentResolver } from '../features/legal-document/legal-document.resolver.js';
import { LegalDocumentService } from '../features/legal-document/legal-document.service.js';
import { NotificationResolver } from '../features/notification/notification.resolver.js';
import { NotificationService } from '../features/notification/notification.service.js';
import { ObstacleResolver } from '../features/obstacle/obstacle.resolver.js';
import { ObstacleService } from '../features/obstacle/obstacle.service.js';
import { OrganizationGroupResolver, OrganizationResolver } from '../features/organization/organization.resolver.js';
import { OrganizationService } from '../features/organization/organization.service.js';
import { PlanResolver } from '../features/plan/plan.resolver.js';
import { PlanImportResolver } from '../features/plan-import/plan-import.resolver.js';
import { PlanImportService } from '../features/plan-import/plan-import.service.js';
import { PlanService } from '../features/plan/plan.service.js';
import { ProgressReportResolver } from '../features/progress-report/progress-report.resolver.js';
import { ProgressReportService } from '../features/progress-report/progress-report.service.js';
import {
  ConsolidatedReportResolver,
  ConsolidatedReportVersionResolver,
} from '../features/consolidated-report/consolidated-report.resolver.js';
import { ConsolidatedReportService } from '../features/consolidated-report/consolidated-report.service.js';
import {
  GroupStatisticsResolver,
  StatisticsResolver,
  UnitStatisticsResolver,
} from '../features/statistics/statistics.resolver.js';
import { StatisticsService } from '../features/statistics/statistics.service.js';
import { ReminderResolver } from '../features/reminder/reminder.resolver.js';
import { ReminderService } from '../features/reminder/reminder.service.js';
import {
  CycleEntryResolver,
  DeadlineItemResolver,
  ReportingCycleResolver,
} from '../features/reporting-cycle/reporting-cycle.resolver.js';
import { ReportingCycleService } from '../features/reporting-cycle/reporting-cycle.service.js';
import { SearchResolver } from '../features/search/search.resolver.js';
import { SearchService } from '../features/search/search.service.js';
import { FindingResolver, TaskOversightResolver } from '../features/supervision/finding.resolver.js';
import { FindingService } from '../features/supervision/finding.service.js';
import { OversightService } from '../features/supervision/oversight.js';
import { TaskResolver } from '../features/task/task.resolver.js';
import { TaskService } from '../features/task/task.service.js';
import { UserResolver } from '../features/user/user.resolver.js';
import { UserService } from '../features/user/user.service.js';

/** What live features need beyond the database: the event bus and who is watching. */
export interface LiveDeps {
  bus: ActivityBus;
  presence: Presence;
}

/** One instance of each service per server. */
export function createServices(deps: AppDeps, live: LiveDeps) {
  const plans = new PlanService(deps);
  const users = new UserService(deps);
  const cycles = new ReportingCycleService(deps, plans);
  const tasks = new TaskService(deps, plans);
  const notifications = new NotificationService(deps, live.bus, plans);
  const obstacles = new ObstacleService(deps, notifications);
  const findings = new FindingService(deps, notifications);
  return {
    activity: new ActivityService(deps, plans, live.bus, live.presence),
    organizations: new OrganizationService(deps),
    documents: new LegalDocumentService(deps),
    plans,
    tasks,
    assignments: new AssignmentService(deps),
    reports: new ProgressReportService(deps, { notifications, obstacles }),
    comments: new CommentService(deps, notifications),
    users,
    search: new SearchService(deps, plans),
    cycles,
    reminders: new ReminderService(deps, plans, cycles, notifications),
    consolidatedReports: new ConsolidatedReportService(deps, plans, cycles),
    statistics: new StatisticsService(deps, cycles),
    notifications,
    obstacles,
    findings,
    oversight: new OversightService(deps, plans, tasks, findings),
    admin: new AdminService(deps, users),
    planImport: new PlanImportService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * Builds the schema with resolvers constructed by hand over the services: explicit wiring instead
 * of a DI container, since esbuild emits no decorator metadata for constructor injection.
 */
export function createSchema(services: Services): Promise<GraphQLSchema> {
  const resolvers = [
    new ActivityResolver(services.activity),
    new ViewerResolver(),
    new TaskActivityResolver(),
    new OrganizationResolver(services.organizations),
    new OrganizationGroupResolver(),
    new LegalDocumentResolver(services.documents),
    new PlanResolver(services.plans),
    new TaskResolver(services.tasks),
    new AssignmentResolver(services.assignments),
    new ProgressReportResolver(services.reports),
    new CommentResolver(services.comments),
    new UserResolver(services.users),
    new SearchResolver(services.search),
    new ReportingCycleResolver(services.cycles),
    new CycleEntryResolver(),
    new DeadlineItemResolver(),
    new ReminderResolver(services.reminders),
    new ConsolidatedReportResolver(services.consolidatedReports),
    new ConsolidatedReportVersionResolver(services.consolidatedReports),
    new StatisticsResolver(services.statistics),
    new UnitStatisticsResolver(),
    new GroupStatisticsResolver(),
    new PlanEventHistoryResolver(),
    new NotificationResolver(services.notifications),
    new ObstacleResolver(services.obstacles, services.plans),
    new FindingResolver(services.findings, services.oversight),
    new TaskOversightResolver(),
    new AdminResolver(services.admin),
    new PlanImportResolver(services.planImport),
  ];
  const byClass = new Map<unknown, unknown>(resolvers.map((r) => [r.constructor, r]));
  const container: ContainerType = {
    get(someClass) {
      const instance = byClass.get(someClass);
      if (!instance) throw new Error(`No resolver instance for ${String((someClass as { name?: string }).name)}`);
      return instance;
    },
  };
  return buildSchema({
    resolvers: resolvers.map((r) => r.constructor) as unknown as [Function, ...Function[]],
    container,
    validate: true,
    // type-graphql insists on a PubSub once a @Subscription exists. Ours take their events from the
    // ActivityBus through `subscribe`, so this one carries nothing.
    pubSub: createPubSub(),
  });
}
