import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityType } from '@tiendo/shared';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import type { ActivityEvent } from './activity-event.entity.js';
import type { ViewerPresence } from './activity-bus.js';

@ObjectType({ description: 'Someone watching a plan’s board (đang xem).' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field(() => Date)
  since!: Date;
}

/**
 * One entry of a plan's activity: what changed, who did it, and the changed task, report or comment.
 * `seq` numbers a plan's logged events 1, 2, 3 … without gaps.
 */
@ObjectType({ description: 'One entry of a plan’s activity log, delivered live and replayed after a reconnect.' })
export class PlanEvent {
  @Field(() => Int, {
    description:
      'Per plan, strictly increasing without gaps. PRESENCE_CHANGED events are not logged: they repeat the latest seq.',
  })
  seq!: number;

  @Field(() => ActivityType)
  type!: ActivityType;

  @Field(() => Date)
  at!: Date;

  @Field(() => ID)
  planId!: number;

  @Field(() => String, { nullable: true, description: 'JSON of what changed: { field: { from, to } }.' })
  changes!: string | null;

  actorId!: number | null;
  organizationId!: number | null;
  taskId!: number | null;
  reportId!: number | null;
  commentId!: number | null;
  obstacleId!: number | null;
  findingId!: number | null;
  /** The parsed changes, for field resolvers. */
  changeMap!: Record<string, { from: unknown; to: unknown }> | null;
  presence!: ViewerPresence[] | null;
}

export function planEventFromLog(e: ActivityEvent): PlanEvent {
  return Object.assign(new PlanEvent(), {
    seq: e.seq,
    type: e.type,
    at: e.at,
    planId: e.planId,
    changes: e.changes ? JSON.stringify(e.changes) : null,
    actorId: e.actorId,
    organizationId: e.organizationId,
    taskId: e.taskId,
    reportId: e.reportId,
    commentId: e.commentId,
    obstacleId: e.obstacleId ?? null,
    findingId: e.findingId ?? null,
    changeMap: e.changes,
    presence: null,
  });
}

export function planEventFromPresence(planId: number, seq: number, viewers: ViewerPresence[], at: Date): PlanEvent {
  return Object.assign(new PlanEvent(), {
    seq,
    type: ActivityType.PRESENCE_CHANGED,
    at,
    planId,
    changes: null,
    actorId: null,
    organizationId: null,
    taskId: null,
    reportId: null,
    commentId: null,
    obstacleId: null,
    findingId: null,
    changeMap: null,
    presence: viewers,
  });
}
