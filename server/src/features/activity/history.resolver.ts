import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Obstacle } from '../obstacle/obstacle.entity.js';
import { SupervisionFinding } from '../supervision/finding.entity.js';
import { PlanEvent } from './plan-event.js';

/** One changed field of a history entry, its values as JSON. */
@ObjectType({ description: 'One field a change touched: its old and new values, as JSON.' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { description: 'JSON; "null" when the field had no value (e.g. on creation).' })
  from!: string;

  @Field(() => String, { description: 'JSON.' })
  to!: string;
}

/** What task history needs beyond the event itself: the obstacle or finding and each field's old/new value. */
@Resolver(() => PlanEvent)
export class PlanEventHistoryResolver {
  @FieldResolver(() => [FieldChange], { description: 'What changed, field by field, with old and new values.' })
  fieldChanges(@Root() e: PlanEvent): FieldChange[] {
    return Object.entries(e.changeMap ?? {}).map(([field, { from, to }]) =>
      Object.assign(new FieldChange(), { field, from: JSON.stringify(from ?? null), to: JSON.stringify(to ?? null) }),
    );
  }

  @FieldResolver(() => Obstacle, { nullable: true, description: 'The obstacle, on OBSTACLE_* events.' })
  obstacle(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.obstacleId === null ? null : ctx.loaders.obstacle.load(e.obstacleId);
  }

  @FieldResolver(() => SupervisionFinding, { nullable: true, description: 'The finding, on FINDING_* events.' })
  finding(@Root() e: PlanEvent, @Ctx() ctx: RequestContext) {
    return e.findingId === null ? null : ctx.loaders.finding.load(e.findingId);
  }
}
