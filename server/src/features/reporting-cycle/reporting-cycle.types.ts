import { AssignmentRole, RecurrencePeriod } from '@tiendo/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProgressReport } from '../progress-report/progress-report.entity.js';
import { CycleStatus } from './cycle-view.js';

registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'CLOSED: its last day passed; OPEN: today is in it.',
});

@ObjectType({ description: 'One assignee’s report owed on one task in a reporting cycle.' })
export class CycleEntry {
  taskId!: number;
  organizationId!: number;

  @Field(() => AssignmentRole)
  role!: AssignmentRole;

  @Field(() => Boolean, { description: 'False: chưa báo cáo.' })
  reported!: boolean;

  @Field(() => Int, { description: 'Reports posted within the cycle.' })
  reportCount!: number;

  @Field(() => ProgressReport, { nullable: true, description: 'The latest report posted within the cycle.' })
  latestReport!: ProgressReport | null;

  @Field(() => Int, { description: 'The unit’s progress at the end of the cycle (today, while it is open).' })
  progress!: number;
}

@ObjectType({ description: 'A reporting cycle (kỳ báo cáo) of a plan: Quý III/2020, Năm 2020, …' })
export class ReportingCycle {
  planId!: number;

  @Field(() => String, { description: '"2020", "2020-H2", "2020-Q3" or "2020-07".' })
  key!: string;

  @Field(() => String, { description: '"Quý III/2020".' })
  label!: string;

  @Field(() => RecurrencePeriod)
  period!: RecurrencePeriod;

  @Field(() => String, { description: 'yyyy-MM-dd' })
  start!: string;

  @Field(() => String, { description: 'yyyy-MM-dd' })
  end!: string;

  @Field(() => String, { description: 'yyyy-MM-dd: reports are due by the end of this day (Vietnam time).' })
  dueOn!: string;

  @Field(() => CycleStatus)
  status!: CycleStatus;

  @Field(() => Int, { description: 'Days until dueOn; negative once the cycle closed.' })
  daysUntilDue!: number;

  @Field(() => Int)
  expectedCount!: number;

  @Field(() => Int)
  reportedCount!: number;

  @Field(() => Int, { description: 'Reports still owed (chưa báo cáo).' })
  missingCount!: number;

  @Field(() => [CycleEntry], { description: 'Every report owed in the cycle, in task order.' })
  entries!: CycleEntry[];
}

@ObjectType({ description: 'A dated task that is overdue or due soon.' })
export class DeadlineItem {
  taskId!: number;
  pendingOrganizationIds!: number[];

  @Field(() => String, { description: 'yyyy-MM-dd' })
  deadline!: string;

  @Field(() => Int, { description: 'Days left until the deadline; negative when overdue.' })
  daysLeft!: number;
}

@ObjectType({ description: 'What is late and what is coming, as of today in Vietnam.' })
export class PlanDeadlines {
  planId!: number;

  @Field(() => String, { description: 'Today in Asia/Ho_Chi_Minh, yyyy-MM-dd.' })
  today!: string;

  @Field(() => Int)
  withinDays!: number;

  @Field(() => [DeadlineItem], { description: 'Dated tasks past their deadline and not done (quá hạn).' })
  overdue!: DeadlineItem[];

  @Field(() => [DeadlineItem], { description: 'Dated tasks due within `withinDays` days.' })
  dueSoon!: DeadlineItem[];

  @Field(() => ReportingCycle, { description: 'The cycle today falls in.' })
  currentCycle!: ReportingCycle;

  @Field(() => ReportingCycle, { nullable: true, description: 'The cycle before it, once closed.' })
  previousCycle!: ReportingCycle | null;
}
