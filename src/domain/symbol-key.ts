/**
 * The key a document symbol is stored and matched by (document.symbol_key, document_reference.symbol_key):
 * "1720-CV/ĐUK", "1720 - CV/ĐUK" and "1720-cv/đuk" all give "1720-CV/DUK". Diacritics folded (Đ → D),
 * upper case, no spaces; anything else (digits, '-', '/', '.') kept, so "30/2020/NĐ-CP" stays distinct from "30/2020/NĐ".
 */
export function symbolKey(symbol: string): string {
  return symbol
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/\s+/g, '');
}
