import { foldVietnamese } from '@tiendo/shared';
import type { AppDeps } from '../../context.js';
import { LegalDocument } from './legal-document.entity.js';

export class LegalDocumentService {
  constructor(private readonly deps: AppDeps) {}

  list(): Promise<LegalDocument[]> {
    return this.deps.dataSource.getRepository(LegalDocument).find({ order: { issuedOn: 'ASC', id: 'ASC' } });
  }
}

/** The text a document is found by: its number and title, without diacritics. */
export function legalDocumentSearchText(d: { number: string; title: string; issuer: string }): string {
  return foldVietnamese(`${d.number} ${d.title} ${d.issuer}`);
}
