import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { LegalDocument } from '../legal-document/legal-document.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Task } from '../task/task.entity.js';
import type { SearchService } from './search.service.js';

@ObjectType({ description: 'What a search found, by kind, best matches first.' })
export class SearchResults {
  @Field(() => [Task])
  tasks!: Task[];

  @Field(() => [Organization])
  organizations!: Organization[];

  @Field(() => [LegalDocument])
  documents!: LegalDocument[];
}

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResults, {
    description:
      'Finds tasks, units and documents; ignores diacritics, case and dashes ("noi vu" finds "Phòng Nội vụ").',
  })
  search(@Arg('text', () => String) text: string, @Ctx() ctx: RequestContext) {
    return this.searchService.search(ctx.actor, text);
  }
}
