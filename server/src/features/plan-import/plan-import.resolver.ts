import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ImportPlanPayload, PlanDraftInput } from './plan-import.types.js';
import type { PlanImportService } from './plan-import.service.js';

@Resolver()
export class PlanImportResolver {
  constructor(private readonly imports: PlanImportService) {}

  @Mutation(() => ImportPlanPayload, {
    description:
      'Reads the text of a plan into a draft task graph. commit: false only returns the draft (any signed-in user); ' +
      'commit: true (coordinators, administrators) creates the plan, its documents, tasks and assignments in one ' +
      'transaction — from `draft`, the draft as corrected, or else from the text as read.',
  })
  importPlan(
    @Arg('text', () => String) text: string,
    @Arg('commit', () => Boolean) commit: boolean,
    @Arg('draft', () => PlanDraftInput, { nullable: true }) draft: PlanDraftInput | null,
    @Arg('clientMutationId', () => String, { nullable: true }) clientMutationId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.imports.importPlan(ctx.actor, { text, commit, draft, clientMutationId });
  }
}
