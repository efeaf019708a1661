/**
 * Vietnamese text basics shared by every search and sort in the product.
 * Pure functions: no I/O.
 */

const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** NFC, invisible characters removed, odd spaces made plain, runs of spaces collapsed, trimmed. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Search key: no diacritics, "đ" → "d", lower case, single spaces.
 * "Cục Thống kê", "cuc thong ke", "Đảng uỷ" and "dang ủy" all fold to comparable keys.
 */
export function searchKey(input: string): string {
  return cleanText(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), numbers in numeric order. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
