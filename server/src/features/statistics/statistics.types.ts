import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One unit’s record on a plan.' })
export class UnitStatistics {
  organizationId!: number;

  @Field(() => Int, { description: 'Tasks it leads (chủ trì).' })
  led!: number;

  @Field(() => Int, { description: 'Tasks it helps with (phối hợp).' })
  helped!: number;

  @Field(() => Int, { description: 'Its parts finished (100%).' })
  done!: number;

  @Field(() => Int, { description: 'Finished by the deadline (tasks without a date count when finished).' })
  doneOnTime!: number;

  @Field(() => Int, { description: 'Dated tasks finished after the deadline or still unfinished past it.' })
  late!: number;

  @Field(() => Int, { description: 'Mean of its current progress on its tasks.' })
  averageProgress!: number;

  @Field(() => Int, { description: 'Progress reports it posted.' })
  reports!: number;

  @Field(() => Int, { description: 'Reports owed in closed cycles that it posted within the cycle.' })
  reportsOnTime!: number;

  @Field(() => Int, { description: 'Reports owed in closed cycles that never came (chưa báo cáo).' })
  reportsMissing!: number;
}

@ObjectType({ description: 'A group of tasks (II.1 … III.3) and how far it has come.' })
export class GroupStatistics {
  taskId!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'Assigned tasks in the group.' })
  tasks!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  notStarted!: number;

  @Field(() => Int)
  progress!: number;
}

@ObjectType({ description: 'The plan’s completion on a day.' })
export class TimelinePoint {
  @Field(() => String, { description: 'yyyy-MM-dd: month ends since the plan began, then today.' })
  date!: string;

  @Field(() => Int)
  progress!: number;

  @Field(() => Int, { description: 'Assigned tasks finished by that day.' })
  doneTasks!: number;
}

@ObjectType({ description: 'Reports owed and posted in one cycle.' })
export class CycleStatistics {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean)
  closed!: boolean;

  @Field(() => Int)
  expected!: number;

  @Field(() => Int)
  reported!: number;
}

@ObjectType({ description: 'Statistics of a plan, per unit and per task group, over time.' })
export class PlanStatistics {
  planId!: number;

  @Field(() => String, { description: 'Today in Asia/Ho_Chi_Minh.' })
  today!: string;

  @Field(() => Int)
  progress!: number;

  @Field(() => [UnitStatistics], { description: 'Units with the most tasks first.' })
  units!: UnitStatistics[];

  @Field(() => [GroupStatistics])
  groups!: GroupStatistics[];

  @Field(() => [TimelinePoint])
  timeline!: TimelinePoint[];

  @Field(() => [CycleStatistics])
  cycles!: CycleStatistics[];

  @Field(() => String, { description: 'GET with the bearer token: the tables as CSV (?table=units|groups|timeline).' })
  csvUrl!: string;

  @Field(() => String, { description: 'GET with the bearer token: every table as an XLSX workbook.' })
  xlsxUrl!: string;
}
