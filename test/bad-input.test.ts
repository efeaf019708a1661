import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app';
import { DIALECTS } from './db';
import { countRows, unitIdOf, userIdOf } from './factory';
import { TEST_PASSWORD } from './templates';

/**
 * Bad input of every kind, to every route that takes input: each gets a 4xx `{ error: { code, message } }`
 * in Vietnamese, never a 500 or a stack trace, and nothing is written.
 */

interface Ids { unit: number; user: number }
interface BadCase {
  what: string;
  /** Who sends it: a signed-in admin (who passes every role check, so validation is what answers) or nobody. */
  as: 'admin' | 'anonymous';
  request: (ids: Ids) => InjectOptions;
  status: number;
  code?: string;
}

const json = (method: 'POST' | 'PATCH', url: string, payload: unknown): InjectOptions => ({
  method, url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload),
});
const raw = (method: 'POST' | 'PATCH', url: string, contentType: string, payload: string | Buffer): InjectOptions => ({
  method, url, headers: { 'content-type': contentType }, payload,
});
const get = (url: string): InjectOptions => ({ method: 'GET', url });

const HUGE = 'x'.repeat(100_000);
const ANALYZE = '/api/documents/analyze';
/** A multipart upload of one file in the field "file". */
const fileUpload = (url: string, filename: string, data: Buffer): InjectOptions => raw('POST', url, 'multipart/form-data; boundary=b', Buffer.concat([
  Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`), data, Buffer.from('\r\n--b--\r\n'),
]));
const goodUser = (unit: number) => ({ username: 'nguoi.moi', fullName: 'Nguyễn Văn Mới', role: 'staff', unitId: unit, password: TEST_PASSWORD });
const goodUnit = (parent: number) => ({ code: 'donvi-moi', name: 'Đơn vị mới', kind: 'chi_bo', parentId: parent });
const goodRequirement = (unit: number) => ({ kind: 'report', title: 'Báo cáo', deadline: '2024-10-25', targets: [{ rule: 'unit', unitId: unit }] });

const CASES: BadCase[] = [
  // login
  { what: 'đăng nhập thiếu mật khẩu', as: 'anonymous', request: () => json('POST', '/api/auth/login', { username: 'admin' }), status: 400, code: 'VALIDATION' },
  { what: 'đăng nhập tên là số', as: 'anonymous', request: () => json('POST', '/api/auth/login', { username: 123, password: 'abc' }), status: 400, code: 'VALIDATION' },
  { what: 'đăng nhập mật khẩu 100 000 ký tự', as: 'anonymous', request: () => json('POST', '/api/auth/login', { username: 'admin', password: HUGE }), status: 400, code: 'VALIDATION' },
  { what: 'đăng nhập JSON hỏng', as: 'anonymous', request: () => raw('POST', '/api/auth/login', 'application/json', '{"username": "admin", '), status: 400, code: 'INVALID_JSON' },
  { what: 'đăng nhập thân rỗng', as: 'anonymous', request: () => raw('POST', '/api/auth/login', 'application/json', ''), status: 400, code: 'INVALID_JSON' },
  { what: 'đăng nhập thân là mảng', as: 'anonymous', request: () => json('POST', '/api/auth/login', [{ username: 'admin' }]), status: 400, code: 'VALIDATION' },
  { what: 'đăng nhập thân là null', as: 'anonymous', request: () => raw('POST', '/api/auth/login', 'application/json', 'null'), status: 400 },
  { what: 'đăng nhập dạng form', as: 'anonymous', request: () => raw('POST', '/api/auth/login', 'application/x-www-form-urlencoded', 'username=admin&password=x'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { what: 'đăng nhập JSON có __proto__', as: 'anonymous', request: () => raw('POST', '/api/auth/login', 'application/json', '{"username":"admin","password":"x","__proto__":{"admin":true}}'), status: 400 },
  // change password
  { what: 'đổi mật khẩu thiếu trường', as: 'admin', request: () => json('POST', '/api/auth/change-password', { newPassword: 'Moi-2024-abcdef' }), status: 400, code: 'VALIDATION' },
  { what: 'đổi mật khẩu kiểu sai', as: 'admin', request: () => json('POST', '/api/auth/change-password', { currentPassword: true, newPassword: ['a'] }), status: 400, code: 'VALIDATION' },
  // users
  { what: 'tạo người dùng thiếu mọi trường', as: 'admin', request: () => json('POST', '/api/users', {}), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng vai trò lạ', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), role: 'superadmin' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng mã đơn vị là chuỗi', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), unitId: String(unit) }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng mã đơn vị thập phân', as: 'admin', request: () => json('POST', '/api/users', { ...goodUser(1), unitId: 1.5 }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng mã đơn vị âm', as: 'admin', request: () => json('POST', '/api/users', { ...goodUser(1), unitId: -3 }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng tên đăng nhập có dấu và khoảng trắng', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), username: 'Nguyễn Văn A' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng tên đăng nhập 100 000 ký tự', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), username: HUGE }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng họ tên 100 000 ký tự', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), fullName: HUGE }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng họ tên chỉ có khoảng trắng', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), fullName: '   ' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng mật khẩu 100 000 ký tự', as: 'admin', request: ({ unit }) => json('POST', '/api/users', { ...goodUser(unit), password: HUGE }), status: 400, code: 'VALIDATION' },
  // Fastify reads text/plain as a string, which the schema then refuses.
  { what: 'tạo người dùng gửi dạng văn bản', as: 'admin', request: ({ unit }) => raw('POST', '/api/users', 'text/plain', JSON.stringify(goodUser(unit))), status: 400, code: 'VALIDATION' },
  { what: 'tạo người dùng gửi XML', as: 'admin', request: () => raw('POST', '/api/users', 'application/xml', '<user><username>x</username></user>'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    // Only the routes that take files read multipart (src/app/uploads.ts); elsewhere it is refused like XML.
    what: 'tạo người dùng gửi multipart', as: 'admin', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE',
    request: () => raw('POST', '/api/users', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nnguoi.moi\r\n--b--\r\n'),
  },
  { what: 'sửa người dùng không có gì', as: 'admin', request: ({ user }) => json('PATCH', `/api/users/${user}`, {}), status: 400, code: 'VALIDATION' },
  { what: 'sửa người dùng active là chuỗi', as: 'admin', request: ({ user }) => json('PATCH', `/api/users/${user}`, { active: 'false' }), status: 400, code: 'VALIDATION' },
  { what: 'sửa người dùng mã không phải số', as: 'admin', request: () => json('PATCH', '/api/users/abc', { fullName: 'Tên' }), status: 400, code: 'VALIDATION' },
  { what: 'xem người dùng mã không phải số', as: 'admin', request: () => get('/api/users/abc'), status: 400, code: 'VALIDATION' },
  { what: 'xem người dùng mã thập phân', as: 'admin', request: () => get('/api/users/1.5'), status: 400, code: 'VALIDATION' },
  { what: 'xem người dùng mã số 0', as: 'admin', request: () => get('/api/users/0'), status: 400, code: 'VALIDATION' },
  { what: 'xem người dùng mã quá lớn', as: 'admin', request: () => get('/api/users/99999999999999999999'), status: 400, code: 'VALIDATION' },
  { what: 'xem người dùng mã có ký tự SQL', as: 'admin', request: () => get(`/api/users/${encodeURIComponent("1 or 1=1")}`), status: 400, code: 'VALIDATION' },
  { what: 'lọc người dùng theo vai trò lạ', as: 'admin', request: () => get('/api/users?role=root'), status: 400, code: 'VALIDATION' },
  { what: 'lọc người dùng theo đơn vị không phải số', as: 'admin', request: () => get('/api/users?unitId=mot'), status: 400, code: 'VALIDATION' },
  { what: 'tìm người dùng chuỗi quá dài', as: 'admin', request: () => get(`/api/users?q=${'a'.repeat(5000)}`), status: 400, code: 'VALIDATION' },
  { what: 'đặt lại mật khẩu thiếu mật khẩu', as: 'admin', request: ({ user }) => json('POST', `/api/users/${user}/reset-password`, {}), status: 400, code: 'VALIDATION' },
  { what: 'đặt lại mật khẩu là số', as: 'admin', request: ({ user }) => json('POST', `/api/users/${user}/reset-password`, { password: 123456789012 }), status: 400, code: 'VALIDATION' },
  // units
  { what: 'tạo đơn vị thiếu trường', as: 'admin', request: () => json('POST', '/api/units', { name: 'Chi bộ mới' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo đơn vị loại lạ', as: 'admin', request: ({ unit }) => json('POST', '/api/units', { ...goodUnit(unit), kind: 'to_dan_pho' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo đơn vị mã có dấu', as: 'admin', request: ({ unit }) => json('POST', '/api/units', { ...goodUnit(unit), code: 'chi bộ' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo đơn vị tên 100 000 ký tự', as: 'admin', request: ({ unit }) => json('POST', '/api/units', { ...goodUnit(unit), name: HUGE }), status: 400, code: 'VALIDATION' },
  { what: 'tạo đơn vị cấp trên là chuỗi', as: 'admin', request: ({ unit }) => json('POST', '/api/units', { ...goodUnit(unit), parentId: 'duk' }), status: 400, code: 'VALIDATION' },
  { what: 'sửa đơn vị không có gì', as: 'admin', request: ({ unit }) => json('PATCH', `/api/units/${unit}`, {}), status: 400, code: 'VALIDATION' },
  { what: 'sửa đơn vị tên rỗng', as: 'admin', request: ({ unit }) => json('PATCH', `/api/units/${unit}`, { name: '' }), status: 400, code: 'VALIDATION' },
  { what: 'sửa đơn vị mã âm', as: 'admin', request: () => json('PATCH', '/api/units/-1', { name: 'Tên' }), status: 400, code: 'VALIDATION' },
  { what: 'xem đơn vị mã không phải số', as: 'admin', request: () => get('/api/units/cucthongke'), status: 400, code: 'VALIDATION' },
  { what: 'lọc đơn vị theo loại lạ', as: 'admin', request: () => get('/api/units?kind=xyz'), status: 400, code: 'VALIDATION' },
  { what: 'lọc đơn vị giới hạn quá lớn', as: 'admin', request: () => get('/api/units?limit=1000000'), status: 400, code: 'VALIDATION' },
  { what: 'lọc đơn vị giới hạn không phải số', as: 'admin', request: () => get('/api/units?limit=nhieu'), status: 400, code: 'VALIDATION' },
  { what: 'lọc đơn vị includeInactive lạ', as: 'admin', request: () => get('/api/units?includeInactive=co'), status: 400, code: 'VALIDATION' },
  { what: 'lọc đơn vị cấp trên không phải số', as: 'admin', request: () => get('/api/units?parentId=duk'), status: 400, code: 'VALIDATION' },
  { what: 'tìm đơn vị chuỗi quá dài', as: 'admin', request: () => get(`/api/units?q=${'a'.repeat(5000)}`), status: 400, code: 'VALIDATION' },
  { what: 'tham số lặp lại', as: 'admin', request: () => get('/api/units?limit=1&limit=2'), status: 400, code: 'VALIDATION' },
  // units: import (multipart) and export
  { what: 'nhập đơn vị gửi JSON thay vì tệp', as: 'admin', request: () => json('POST', '/api/units/import', { file: 'abc' }), status: 415, code: 'NOT_MULTIPART' },
  { what: 'xem trước nhập đơn vị không kèm tệp', as: 'admin', request: () => raw('POST', '/api/units/import/preview', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="ghichu"\r\n\r\nkhong co tep\r\n--b--\r\n'), status: 400 },
  { what: 'xem trước nhập đơn vị multipart hỏng', as: 'admin', request: () => raw('POST', '/api/units/import/preview', 'multipart/form-data; boundary=b', 'khong phai multipart'), status: 400, code: 'INVALID_MULTIPART' },
  { what: 'nhập đơn vị multipart thiếu boundary', as: 'admin', request: () => raw('POST', '/api/units/import', 'multipart/form-data', 'abc'), status: 400, code: 'INVALID_MULTIPART' },
  {
    what: 'nhập đơn vị tệp bị cắt giữa chừng', as: 'admin', status: 400, code: 'INVALID_MULTIPART',
    request: () => raw('POST', '/api/units/import', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="file"; filename="don-vi.csv"\r\n\r\nMã,Tên,Loại,Mã đơn vị cấp trên\r\nmoi,Mới,chi_bo,duk'),
  },
  { what: 'xuất đơn vị includeInactive lạ', as: 'admin', request: () => get('/api/units/export.xlsx?includeInactive=co'), status: 400, code: 'VALIDATION' },
  // audit
  { what: 'nhật ký ngày sai dạng', as: 'admin', request: () => get('/api/audit?from=15/05/2024'), status: 400, code: 'VALIDATION' },
  { what: 'nhật ký ngày không tồn tại', as: 'admin', request: () => get('/api/audit?to=2024-02-30'), status: 400, code: 'VALIDATION' },
  { what: 'nhật ký tháng 13', as: 'admin', request: () => get('/api/audit?from=2024-13-01'), status: 400, code: 'VALIDATION' },
  { what: 'nhật ký trang 0', as: 'admin', request: () => get('/api/audit?page=0'), status: 400, code: 'VALIDATION' },
  { what: 'nhật ký trang không phải số', as: 'admin', request: () => get('/api/audit?page=hai'), status: 400, code: 'VALIDATION' },
  { what: 'nhật ký cỡ trang quá lớn', as: 'admin', request: () => get('/api/audit?pageSize=100000'), status: 400, code: 'VALIDATION' },
  { what: 'nhật ký tên người dùng quá dài', as: 'admin', request: () => get(`/api/audit?username=${'u'.repeat(1000)}`), status: 400, code: 'VALIDATION' },
  // documents: a letter as JSON text or as one uploaded file
  { what: 'kiểm tra văn bản nội dung rỗng', as: 'admin', request: () => json('POST', ANALYZE, { text: '' }), status: 400, code: 'VALIDATION' },
  { what: 'kiểm tra văn bản chỉ có khoảng trắng', as: 'admin', request: () => json('POST', ANALYZE, { text: ' \n\t\n ' }), status: 400, code: 'VALIDATION' },
  { what: 'kiểm tra văn bản nội dung là số', as: 'admin', request: () => json('POST', ANALYZE, { text: 12345 }), status: 400, code: 'VALIDATION' },
  { what: 'kiểm tra văn bản thiếu nội dung', as: 'admin', request: () => json('POST', ANALYZE, {}), status: 400, code: 'TEXT_REQUIRED' },
  { what: 'kiểm tra văn bản dài quá 1 triệu ký tự', as: 'admin', request: () => json('POST', ANALYZE, { text: 'a'.repeat(1_000_001) }), status: 400, code: 'VALIDATION' },
  { what: 'kiểm tra văn bản gửi XML', as: 'admin', request: () => raw('POST', ANALYZE, 'application/xml', '<text>Kính gửi</text>'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { what: 'kiểm tra văn bản multipart hỏng', as: 'admin', request: () => raw('POST', ANALYZE, 'multipart/form-data; boundary=b', 'khong phai multipart'), status: 400, code: 'INVALID_MULTIPART' },
  { what: 'kiểm tra văn bản multipart không kèm tệp', as: 'admin', request: () => raw('POST', ANALYZE, 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="ghichu"\r\n\r\nkhong co tep\r\n--b--\r\n'), status: 400, code: 'FILE_REQUIRED' },
  { what: 'kiểm tra văn bản tệp rỗng', as: 'admin', request: () => fileUpload(ANALYZE, 'rong.txt', Buffer.alloc(0)), status: 400, code: 'DOCUMENT_EMPTY' },
  { what: 'kiểm tra văn bản tệp ảnh', as: 'admin', request: () => fileUpload(ANALYZE, 'cong-van.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), status: 415, code: 'DOCUMENT_UNSUPPORTED' },
  { what: 'kiểm tra văn bản tệp Word hỏng', as: 'admin', request: () => fileUpload(ANALYZE, 'cong-van.docx', Buffer.from('PK\u0003\u0004hong het roi')), status: 400, code: 'DOCUMENT_CORRUPT' },
  // requirements and submissions (the unit-only routes answer 403 to an admin before reading input: test/route-sweep.test.ts probes them)
  { what: 'tạo yêu cầu thiếu mọi trường', as: 'admin', request: () => json('POST', '/api/requirements', {}), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu hạn 30/02', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), deadline: '2024-02-30' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu hạn kiểu dd/mm/yyyy', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), deadline: '25/10/2024' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu loại lạ', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), kind: 'bao_cao_mieng' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu quy tắc giao lạ', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), targets: [{ rule: 'everyone' }] }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu không giao cho ai', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), targets: [] }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu kỳ báo cáo ngược', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), periodFrom: '2024-06-30', periodTo: '2024-01-01' }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu hạn riêng cho đơn vị là chuỗi', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), deadlineOverrides: [{ unitId: 'cucthongke', deadline: '2024-09-01' }] }), status: 400, code: 'VALIDATION' },
  { what: 'tạo yêu cầu giao cho đơn vị không có', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), targets: [{ rule: 'unit', unitId: 2_000_000_000 }] }), status: 400, code: 'UNKNOWN_UNIT' },
  { what: 'tạo yêu cầu tên 100 000 ký tự', as: 'admin', request: ({ unit }) => json('POST', '/api/requirements', { ...goodRequirement(unit), title: HUGE }), status: 400, code: 'VALIDATION' },
  { what: 'sửa yêu cầu không có gì', as: 'admin', request: () => json('PATCH', '/api/requirements/1', {}), status: 400, code: 'VALIDATION' },
  { what: 'tiến độ ngày sai dạng', as: 'admin', request: () => get('/api/requirements/1/progress?asOf=25/10/2024'), status: 400, code: 'VALIDATION' },
  { what: 'tiến độ đơn vị không phải số', as: 'admin', request: () => get('/api/requirements/1/progress?unitId=duk'), status: 400, code: 'VALIDATION' },
  { what: 'tiến độ mã yêu cầu không phải số', as: 'admin', request: () => get('/api/requirements/abc/progress'), status: 400, code: 'VALIDATION' },
  { what: 'danh sách đơn vị theo trạng thái lạ', as: 'admin', request: () => get('/api/requirements/1/units?status=tot'), status: 400, code: 'VALIDATION' },
  { what: 'trả lại bài nộp thiếu ý kiến', as: 'admin', request: () => json('POST', '/api/submissions/1/return', {}), status: 400, code: 'VALIDATION' },
  { what: 'trả lại bài nộp ý kiến chỉ có khoảng trắng', as: 'admin', request: () => json('POST', '/api/submissions/1/return', { comment: '   ' }), status: 400, code: 'VALIDATION' },
  { what: 'ý kiến 100 000 ký tự', as: 'admin', request: () => json('POST', '/api/submissions/1/comments', { body: HUGE }), status: 400, code: 'VALIDATION' },
  { what: 'chấp nhận bài nộp mã không phải số', as: 'admin', request: () => ({ method: 'POST', url: '/api/submissions/mot/accept' }), status: 400, code: 'VALIDATION' },
  { what: 'chấp nhận bài nộp không có', as: 'admin', request: () => ({ method: 'POST', url: '/api/submissions/2000000000/accept' }), status: 404, code: 'NOT_FOUND' },
  // reminders and notifications
  { what: 'đôn đốc thiếu yêu cầu', as: 'admin', request: () => json('POST', '/api/reminders', { channels: { inApp: true, email: false, letter: false } }), status: 400, code: 'VALIDATION' },
  { what: 'đôn đốc danh sách đơn vị rỗng', as: 'admin', request: () => json('POST', '/api/reminders', { requirementId: 1, unitIds: [] }), status: 400, code: 'VALIDATION' },
  { what: 'đôn đốc tắt thông báo trong ứng dụng', as: 'admin', request: () => json('POST', '/api/reminders', { requirementId: 1, channels: { inApp: false } }), status: 400, code: 'VALIDATION' },
  { what: 'đôn đốc số công văn có chữ', as: 'admin', request: () => json('POST', '/api/reminders', { requirementId: 1, letterNumber: '12a' }), status: 400, code: 'VALIDATION' },
  { what: 'đôn đốc yêu cầu không có', as: 'admin', request: () => json('POST', '/api/reminders', { requirementId: 2_000_000_000 }), status: 404, code: 'NOT_FOUND' },
  { what: 'lịch sử đôn đốc mã yêu cầu không phải số', as: 'admin', request: () => get('/api/reminders?requirementId=mot'), status: 400, code: 'VALIDATION' },
  { what: 'công văn đôn đốc không có', as: 'admin', request: () => get('/api/reminders/2000000000/letter.docx'), status: 404, code: 'NOT_FOUND' },
  { what: 'đánh dấu đã đọc mã không phải số', as: 'admin', request: () => ({ method: 'POST', url: '/api/notifications/mot/read' }), status: 400, code: 'VALIDATION' },
  // unknown addresses
  { what: 'địa chỉ API không tồn tại', as: 'admin', request: () => get('/api/khong-ton-tai'), status: 404, code: 'NOT_FOUND' },
  { what: 'phương thức không có', as: 'admin', request: () => ({ method: 'DELETE', url: '/api/users/1' }), status: 404, code: 'NOT_FOUND' },
];

/** Vietnamese: at least one letter only Vietnamese writes (đ, ư, ơ, or a tone-marked vowel). */
const VIETNAMESE = /[đươạ-ỹàáâãèéêìíòóôõùúý]/i;

describe.each(DIALECTS)('dữ liệu sai nhận lỗi 4xx tiếng Việt và không ghi gì (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  let ids: Ids;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
    ids = { unit: await unitIdOf(t.database.db, 'cucthongke'), user: await userIdOf(t.database.db, 'cucthongke') };
  });
  afterAll(async () => { await t?.close(); });

  function expectCleanError(res: { statusCode: number; body: string; json: () => unknown }, status: number, code: string | undefined, what: string) {
    expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBe(status);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body, what).toEqual({ error: { code: code ?? expect.any(String), message: expect.any(String) } });
    expect(body.error.message, what).toMatch(VIETNAMESE);
    expect(res.body, what).not.toMatch(/\bat [\w.<>]+ \(|node:internal|\/src\/|\.ts:\d+|Error:/);
  }

  it.each(CASES.map((c) => [c.what, c] as const))('%s', async (what, c) => {
    const before = await countRows(t.database.db);
    const req = c.request(ids);
    const res = await t.app.inject({ ...req, headers: { ...req.headers, ...(c.as === 'admin' && { cookie: admin }) } });
    expectCleanError(res, c.status, c.code, what);
    expect(await countRows(t.database.db), what).toEqual(before);
  });

  it('thân JSON trên 1 MB bị từ chối 413', async () => {
    const before = await countRows(t.database.db);
    const payload = JSON.stringify({ ...goodUser(ids.unit), fullName: 'Tên '.repeat(300_000) });
    expect(payload.length).toBeGreaterThan(1024 * 1024);
    for (const [url, as] of [['/api/users', admin], ['/api/auth/login', undefined]] as const) {
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...(as && { cookie: as }) }, payload });
      expectCleanError(res, 413, 'BODY_TOO_LARGE', url);
    }
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it('kiểm tra văn bản: thân JSON trên 4 MB bị từ chối 413 (giới hạn riêng của địa chỉ này)', async () => {
    const payload = JSON.stringify({ text: 'Văn bản '.repeat(600_000) });
    expect(payload.length).toBeGreaterThan(4 * 1024 * 1024);
    const res = await t.app.inject({ method: 'POST', url: ANALYZE, headers: { 'content-type': 'application/json', cookie: admin }, payload });
    expectCleanError(res, 413, 'BODY_TOO_LARGE', ANALYZE);
  });

  it('đầu vào hợp lệ ở cùng địa chỉ vẫn được nhận (bảng lỗi trên không phải do hỏng địa chỉ)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin }, payload: goodUser(ids.unit) });
    expect(res.statusCode).toBe(201);
    expect((await t.app.inject({ url: '/api/audit?from=2024-02-29&to=2099-12-31', headers: { cookie: admin } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: ANALYZE, headers: { cookie: admin }, payload: { text: 'Kính gửi: các chi bộ' } })).statusCode).toBe(200);
  });
});
