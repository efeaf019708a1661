import type { TDocumentDirection } from '../../modules/documents/documents.registry.schemas';

/**
 * Words of the register pages. Copies of src/vn/data/doc-types.json and the contract's direction labels:
 * importing values from there would pull zod and src/vn into these pages (see documents.labels.ts).
 */

export const DIRECTION_TEXT: Record<TDocumentDirection, string> = { incoming: 'Văn bản đến', outgoing: 'Văn bản đi' };
/** Short form for the table's column. */
export const DIRECTION_SHORT: Record<TDocumentDirection, [label: string, color: string]> = { incoming: ['Đến', 'blue'], outgoing: ['Đi', 'volcano'] };

/** The types a register mostly holds, by the abbreviation written in their symbol. */
export const TYPE_NAMES: Record<string, string> = {
  CV: 'Công văn', KH: 'Kế hoạch', NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', KL: 'Kết luận', HD: 'Hướng dẫn',
  TB: 'Thông báo', BC: 'Báo cáo', ĐA: 'Đề án', CTr: 'Chương trình', QC: 'Quy chế', QĐi: 'Quy định', TT: 'Thông tri / Thông tư',
  NĐ: 'Nghị định', TTr: 'Tờ trình', CĐ: 'Công điện', GM: 'Giấy mời', BB: 'Biên bản', PA: 'Phương án', HDLT: 'Hướng dẫn liên tịch',
};

export const typeOptions = Object.entries(TYPE_NAMES).map(([value, name]) => ({ value, label: `${name} (${value})` }));

/** "Công văn" for "CV"; an unknown abbreviation as written; "—" for none. */
export function typeText(type: string | null | undefined): string {
  if (!type) return '—';
  return TYPE_NAMES[type] ?? type;
}

/** Years a register filter offers: this year back to 1990, newest first. */
export function yearOptions(now = new Date()): { value: number; label: string }[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - 1990 + 1 }, (_, i) => last - i).map((y) => ({ value: y, label: String(y) }));
}

export const documentPath = (id: number) => `/van-ban/${id}`;
export const NEW_DOCUMENT_PATH = '/van-ban/moi';
export const draftsPath = (id: number) => `/van-ban/${id}/tao-yeu-cau`;
