import { describe, expect, it } from 'vitest';
import { childPath, depthOf, isWithin, scopeRootPath } from './org-tree';

describe('cây đơn vị', () => {
  it('đường dẫn và độ sâu', () => {
    expect(childPath(null, 6)).toBe('/6/');
    expect(childPath('/6/11/', 19)).toBe('/6/11/19/');
    expect(depthOf('/6/')).toBe(0);
    expect(depthOf('/6/11/19/')).toBe(2);
  });
  it('"/1/2/" không nằm trong cây con của "/1/20/" dù có cùng tiền tố chữ', () => {
    expect(isWithin('/1/20/5/', '/1/2/')).toBe(false);
    expect(isWithin('/1/2/5/', '/1/2/')).toBe(true);
  });
});

describe('scopeRootPath', () => {
  const board = { kind: 'ban' as const, path: '/6/11/13/', parentPath: '/6/11/' };
  it('cán bộ ở một ban thấy cả cây của cấp ủy mà ban đó tham mưu', () => expect(scopeRootPath('staff', board)).toBe('/6/11/'));
  it('lãnh đạo cũng vậy', () => expect(scopeRootPath('leader', board)).toBe('/6/11/'));
  it('tài khoản đơn vị chỉ thấy đơn vị mình', () => expect(scopeRootPath('unit', { kind: 'dang_bo_co_so', path: '/6/11/19/', parentPath: '/6/11/' })).toBe('/6/11/19/'));
  it('quản trị thấy toàn bộ', () => expect(scopeRootPath('admin', board)).toBeNull());
});
