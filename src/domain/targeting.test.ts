import { describe, expect, it } from 'vitest';
import { narrowToScope, targetedUnitIds, type TreeUnit } from './targeting';

const tree: TreeUnit[] = [
  { id: 1, kind: 'dang_uy', path: '/1/', active: true },
  { id: 2, kind: 'ban', path: '/1/2/', active: true },
  { id: 3, kind: 'dang_bo_co_so', path: '/1/3/', active: true },
  { id: 4, kind: 'chi_bo', path: '/1/3/4/', active: true },
  { id: 5, kind: 'chi_bo_co_so', path: '/1/5/', active: true },
  { id: 6, kind: 'chi_bo_co_so', path: '/1/6/', active: false },
  { id: 7, kind: 'doan_the', path: '/1/7/', active: true },
  { id: 8, kind: 'dang_bo_co_so', path: '/8/', active: true },
];

describe('đơn vị được giao yêu cầu', () => {
  it('"tất cả chi, đảng bộ cơ sở" là các đảng bộ và chi bộ cơ sở đang hoạt động trong cây của Đảng ủy', () => {
    expect(targetedUnitIds(tree, [{ rule: 'all_grassroots', unitId: 1 }])).toEqual([3, 5]);
  });
  it('theo loại: chỉ các đoàn thể của Khối', () => {
    expect(targetedUnitIds(tree, [{ rule: 'kind', kind: 'doan_the', unitId: 1 }])).toEqual([7]);
  });
  it('theo nhánh: các tổ chức cơ sở trong nhánh, kể cả chính gốc nhánh', () => {
    expect(targetedUnitIds(tree, [{ rule: 'subtree', unitId: 3 }])).toEqual([3]);
  });
  it('đích danh một đơn vị thì đơn vị đó được giao, dù là chi bộ trực thuộc', () => {
    expect(targetedUnitIds(tree, [{ rule: 'unit', unitId: 4 }])).toEqual([4]);
  });
  it('nhiều quy tắc cộng lại, mỗi đơn vị chỉ tính một lần; đơn vị ngừng hoạt động không bị giao', () => {
    expect(targetedUnitIds(tree, [{ rule: 'all_grassroots', unitId: 1 }, { rule: 'unit', unitId: 3 }, { rule: 'unit', unitId: 6 }])).toEqual([3, 5]);
  });
  it('gốc không có trong cây thì không giao ai', () => {
    expect(targetedUnitIds(tree, [{ rule: 'subtree', unitId: 99 }])).toEqual([]);
  });
});

describe('phần của một quy tắc nằm trong phạm vi xem', () => {
  it('quy tắc toàn quốc xem ở một tỉnh thu về tỉnh đó; quy tắc của tỉnh xem toàn quốc giữ nguyên', () => {
    expect(narrowToScope('/1/', '/1/5808/')).toBe('/1/5808/');
    expect(narrowToScope('/1/5808/', '/')).toBe('/1/5808/');
    expect(narrowToScope('/1/5808/', '/1/5808/')).toBe('/1/5808/');
  });
  it('hai nhánh rời nhau thì quy tắc không chạm đơn vị nào của phạm vi', () => {
    expect(narrowToScope('/1/58/', '/1/5808/')).toBeNull();
    expect(narrowToScope('/1/5808/', '/1/58/')).toBeNull();
  });
});
