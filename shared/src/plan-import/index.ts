export * from './types.js';
export { parsePlanText } from './parse.js';
export { findDeadline } from './deadlines.js';
export { canonicalDocumentNumber, DOCUMENT_TYPE_LABELS, findDocuments } from './documents.js';
export { DEFAULT_GROUP_ALIASES } from './units.js';
export { documentText, formatOf, NoTextLayerError, UnsupportedDocumentError, type DocumentFormat } from './extract.js';
export { CHECK_BELOW, draftConfidence, reviewItems, type ReviewItem, type ReviewWhat } from './review.js';
