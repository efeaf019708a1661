import { searchKey } from '../../vn/text';

/**
 * The `document.search_key` of a document: symbol, subject and full text folded (no diacritics, lower case, one line),
 * so `like '%dan van kheo%'` finds "Dân vận khéo" even across a line break. The seed and the register write it alike.
 */
export function documentSearchKey(symbol: string | null, subject: string, body: string): string {
  return searchKey([symbol ?? '', subject, body].join(' ').replace(/\s+/g, ' '));
}
