// The draft a plan's text turns into: every item says where in the text it came from (a span of
// UTF-16 offsets into the text as given) and how sure the parser is (0–1), so a person can check it.
import type { AssignmentRole, DeadlineKind, LegalDocumentType, OrganizationKind, RecurrencePeriod } from '../enums.js';
import type { IsoDate } from '../dates.js';

export interface Span {
  start: number;
  end: number;
}

/** A known unit the text is resolved against. `key` is whatever the caller identifies it by. */
export interface CatalogueUnit {
  key: string;
  name: string;
  shortName?: string | null;
  /** Other names it goes by ("Phòng KT-HT"). */
  aliases?: string[];
  kind?: OrganizationKind;
  /** The unit it belongs to: member organisations name the Front here. */
  parentKey?: string | null;
}

/** A named set of units ("các xã, thị trấn"). */
export interface CatalogueGroup {
  code: string;
  name: string;
  aliases?: string[];
  /** Unit keys. */
  members: string[];
}

export interface UnitCatalogue {
  units: CatalogueUnit[];
  groups: CatalogueGroup[];
}

/** A document already known, to resolve citations that carry no number ("Nghị quyết Trung ương 7 khóa X"). */
export interface KnownDocument {
  number: string;
  type: LegalDocumentType;
  issuer: string;
  issuedOn: IsoDate | null;
  title: string;
}

export interface ParseOptions {
  catalogue: UnitCatalogue;
  documents?: KnownDocument[];
}

export interface DraftValue<T> {
  value: T;
  span: Span;
  confidence: number;
}

/**
 * A unit as the text names it, resolved to a known unit, a known group, or proposed as a new unit
 * (exactly one of unitKey, groupCode, newUnitName is set).
 */
export interface DraftUnitRef {
  text: string;
  span: Span;
  confidence: number;
  unitKey: string | null;
  groupCode: string | null;
  newUnitName: string | null;
  /** A mention the parser could not place (a group not on record, a unit of another level): a person decides. */
  flagged?: boolean;
}

export interface DraftAssignee extends DraftUnitRef {
  role: AssignmentRole;
}

export interface DraftDeadline {
  kind: DeadlineKind;
  date: IsoDate | null;
  recurrence: RecurrencePeriod | null;
  /** The deadline as written ("Trong quý II năm 2020"); null when the text says nothing. */
  text: string | null;
  span: Span | null;
  confidence: number;
}

export interface DraftTask {
  /** In the document's own numbering: "II.3.b". */
  code: string;
  title: string;
  body: string;
  /** The whole item, heading and body. */
  span: Span;
  confidence: number;
  assignees: DraftAssignee[];
  deadline: DraftDeadline;
  children: DraftTask[];
}

export interface DraftDocument {
  /** "142/QĐ-TTg"; null when the text cites it by name only and no known document matches. */
  number: string | null;
  type: LegalDocumentType;
  issuer: string | null;
  issuedOn: IsoDate | null;
  title: string | null;
  span: Span;
  confidence: number;
}

export interface ProposedUnit {
  name: string;
  kind: OrganizationKind;
  span: Span;
  confidence: number;
  /** Read from a mention the parser could not place: a person decides before it is created. */
  flagged?: boolean;
}

export interface PlanDraft {
  /** The type of the document itself: PLAN for a Kế hoạch, DECISION for a Quyết định… */
  documentType: LegalDocumentType;
  number: DraftValue<string> | null;
  place: DraftValue<string> | null;
  issuedOn: DraftValue<IsoDate> | null;
  issuer: DraftUnitRef | null;
  title: DraftValue<string> | null;
  signerName: DraftValue<string> | null;
  signerTitle: DraftValue<string> | null;
  recipients: DraftValue<string>[];
  documents: DraftDocument[];
  /** The number of the document the plan carries out (Thực hiện … in its title). */
  implements: DraftValue<string> | null;
  /** The number of the higher plan it carries out, to link to when that plan is tracked. */
  parentPlan: DraftValue<string> | null;
  tasks: DraftTask[];
  /** Section III: who consolidates and reports. */
  standingOffice: DraftUnitRef | null;
  /** Section III: the Front and its member organisations. */
  monitors: DraftUnitRef[];
  /** Closing paragraph: who takes difficulties to the People's Committee. */
  difficultyOffice: DraftUnitRef | null;
  /** Units the text names that the catalogue does not know: proposed, never dropped. */
  newUnits: ProposedUnit[];
  warnings: string[];
}
