// Vietnamese text helpers: search must ignore diacritics ("noi vu" finds "Phòng Nội vụ")
// and the several dashes that name the same unit ("Kinh tế - Hạ tầng", "Văn hóa – Thông tin").

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Folds text for comparison and search: lower case, no diacritics, đ → d,
 * every dash as "-", runs of white space as one space.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a search query into folded words, dropping punctuation-only ones. */
export function searchTerms(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** True when every word of the query occurs in the text, ignoring diacritics and case. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return searchTerms(query).every((term) => haystack.includes(term));
}

/**
 * Normalises a document number: "85 /KH-UBND" and "85/KH-UBND" are the same number.
 */
export function normalizeDocumentNumber(number: string): string {
  return number
    .replace(DASHES, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}
