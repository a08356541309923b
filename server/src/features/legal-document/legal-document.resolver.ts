import { Query, Resolver } from 'type-graphql';
import { LegalDocument } from './legal-document.entity.js';
import type { LegalDocumentService } from './legal-document.service.js';

@Resolver(() => LegalDocument)
export class LegalDocumentResolver {
  constructor(private readonly documents: LegalDocumentService) {}

  @Query(() => [LegalDocument], { description: 'Documents that plans cite or carry out.' })
  legalDocuments() {
    return this.documents.list();
  }
}
