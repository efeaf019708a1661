import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs } from './browser';
import { type RunningServer, startServer } from './server';

/** The letters as files on disk, the way a user picks them. */
const LETTER_1720 = new URL('../src/vn/fixtures/1720-CV-DUK.txt', import.meta.url).pathname;
/** Trường Cao đẳng Yên Bái's letter 45-CV/ĐU: it cites 1720-CV/ĐUK and 253-KH/ĐUK, which the demo register holds. */
const LETTER_45 = new URL('../src/vn/fixtures/01-cv-dang-sach.txt', import.meta.url).pathname;
/** A clean State letter, 1234/UBND-VX, pasted as text. */
const LETTER_STATE = new URL('../src/vn/fixtures/03-cv-nhanuoc-sach.txt', import.meta.url).pathname;

async function openRegister(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Văn bản', exact: true }).click();
  await page.getByRole('heading', { name: 'Văn bản', exact: true }).waitFor();
}

/** Imports a letter file on "Thêm văn bản" and waits until its parse has filled the form. */
async function importFile(page: Page, path: string, symbol: string): Promise<void> {
  await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
  await page.getByRole('heading', { name: 'Thêm văn bản' }).waitFor();
  await page.getByLabel('Tệp văn bản cần nhập').setInputFiles(path);
  await expect.poll(() => page.getByLabel('Số, ký hiệu').inputValue(), { timeout: 20_000 }).toBe(symbol);
}

/** The self-inspection draft of letter 1720: general deadline, the three named units' earlier one, period and contact. */
async function expectSelfInspectionDraft(page: Page): Promise<void> {
  const inspection = page.getByRole('group', { name: /Báo cáo tự kiểm tra/ });
  // The summary follows the form's values, which arrive a render after the card.
  await expect.poll(() => inspection.getByTestId('draft-deadlines').textContent()).toMatch(/Hạn chung: 25\/10\/2024/);
  const deadlines = await inspection.getByTestId('draft-deadlines').textContent();
  for (const unit of ['Ban Quản lý các khu công nghiệp tỉnh Yên Bái', 'Cục Thống kê tỉnh Yên Bái', 'Trường Cao đẳng Yên Bái']) {
    expect(deadlines).toContain(`${unit}: 01/09/2024`);
  }
  expect(deadlines).toMatch(/Kỳ báo cáo: 01\/10\/2023 – 30\/09\/2024/);
  expect(await inspection.getByLabel('Người liên hệ').inputValue()).toMatch(/^Nguyễn Đức Phương/);
  expect((await inspection.getByLabel('Điện thoại liên hệ').inputValue()).replace(/\D/g, '')).toBe('0915367487');
}

/** The next POST of a requirement of this kind is refused as a busy server would; later ones go through. */
async function refuseOnce(page: Page, kind: string, message: string): Promise<void> {
  let refused = false;
  await page.route('**/api/requirements', async (route) => {
    if (!refused && route.request().method() === 'POST' && route.request().postDataJSON().kind === kind) {
      refused = true;
      return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'UNAVAILABLE', message } }) });
    }
    return route.fallback();
  });
}

describe('sổ văn bản và tạo yêu cầu từ văn bản (trình duyệt)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tìm không dấu; nhập công văn 1720 thấy lỗi trước khi lưu, sổ đã có nên mở bản trong sổ; căn cứ có liên kết, văn bản còn thiếu có nút thêm', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo');
    await openRegister(page);
    const register = page.getByRole('table', { name: 'Sổ văn bản' });
    const rows = register.locator('tbody tr[data-row-key]'); // data rows, not the "nothing found" row
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(10);
    await page.getByLabel('Tìm theo số ký hiệu, trích yếu, nội dung').fill('nhiem vu cong tac dan van trong thang 5');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.first().textContent()).toMatch(/1720-CV\/ĐUK.*22\/05\/2024/);

    await importFile(page, LETTER_1720, '1720-CV/ĐUK');
    expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('22/05/2024');
    expect(await page.getByLabel('Trích yếu').inputValue()).toMatch(/^V\/v triển khai thực hiện một số nhiệm vụ công tác Dân vận/);
    // The check's findings are shown before anything is saved.
    const findings = page.getByRole('list', { name: 'Danh sách lỗi' });
    expect(await findings.getByRole('button').filter({ hasText: 'REF_DATE_CONFLICT' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Lưu văn bản' }).click();
    const refused = page.getByRole('alert').filter({ hasText: /1720-CV\/ĐUK/ });
    await refused.waitFor({ timeout: 10_000 });
    await refused.getByRole('link', { name: 'Mở văn bản 1720-CV/ĐUK đã có trong sổ' }).click();

    await page.getByRole('heading', { name: /số 1720-CV\/ĐUK/ }).waitFor();
    const basis = page.getByRole('table', { name: 'Căn cứ' });
    const link252 = basis.getByRole('link', { name: '252-KH/ĐUK' });
    expect(await link252.getAttribute('href')).toMatch(/^\/van-ban\/\d+$/);
    expect(await basis.getByRole('link', { name: '116-NQ/TY' }).count()).toBe(0);
    expect(await basis.getByRole('button', { name: 'Thêm văn bản này: 116-NQ/TY' }).count()).toBe(1);
    await page.close();
  });

  it('cán bộ tạo yêu cầu từ công văn 1720: bốn đề xuất, hạn riêng của ba đơn vị, sửa và bỏ chọn được, lỗi từng yêu cầu không mất phần đã sửa', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo');
    await openRegister(page);
    await page.getByRole('table', { name: 'Sổ văn bản' }).getByRole('link', { name: '1720-CV/ĐUK' }).click();
    await page.getByRole('heading', { name: /số 1720-CV\/ĐUK/ }).waitFor();
    const letterUrl = page.url();
    const requirements = page.getByRole('list', { name: 'Yêu cầu từ văn bản này' });
    await requirements.waitFor();
    const before = await requirements.getByRole('listitem').count();

    await page.getByRole('button', { name: 'Tạo yêu cầu từ văn bản' }).click();
    const drafts = page.getByRole('group', { name: /^Yêu cầu \d: / });
    await drafts.first().waitFor({ timeout: 20_000 });
    expect(await drafts.count()).toBe(4);
    await expectSelfInspectionDraft(page);

    // Unchecking a draft leaves it out; a field left empty stops the whole batch before anything is sent.
    const first = page.getByRole('group', { name: /^Yêu cầu 1: / });
    await first.getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: 'Tạo 3 yêu cầu' }).waitFor();
    await first.getByRole('checkbox').check();
    const plan = page.getByRole('group', { name: /^Yêu cầu 2: / });
    await plan.getByLabel('Tên yêu cầu').fill('');
    let posted = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/requirements')) posted++; });
    await page.getByRole('button', { name: 'Tạo 4 yêu cầu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Có ô chưa hợp lệ' }).waitFor();
    expect(await plan.getByText('Nhập tên yêu cầu').isVisible()).toBe(true);
    expect(posted).toBe(0);
    await plan.getByLabel('Tên yêu cầu').fill('Kế hoạch QCDC năm 2024 và kiện toàn Ban Chỉ đạo (đã sửa)');
    // Leaving with edits asks first; staying keeps them.
    await page.getByRole('link', { name: 'Văn bản 1720-CV/ĐUK' }).click();
    const leave = page.getByRole('dialog', { name: 'Rời khỏi trang này?' });
    await leave.getByRole('button', { name: 'Ở lại' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/\/tao-yeu-cau$/);
    expect(await plan.getByLabel('Tên yêu cầu').inputValue()).toBe('Kế hoạch QCDC năm 2024 và kiện toàn Ban Chỉ đạo (đã sửa)');

    // The server refuses one draft (simulated once): the others are made, that one keeps its edits and can be sent again.
    await refuseOnce(page, 'report', 'Máy chủ đang bận, thử lại sau.');
    const report = page.getByRole('group', { name: /^Yêu cầu 4: / });
    await report.getByLabel('Tên yêu cầu').fill('Báo cáo thực hiện Kết luận 114-KL/TW và Chỉ thị 33/CT-TTg (đã sửa)');
    await page.getByRole('button', { name: 'Tạo 4 yêu cầu' }).click();
    await report.getByRole('alert').filter({ hasText: 'Máy chủ đang bận, thử lại sau.' }).waitFor({ timeout: 20_000 });
    expect(await report.getByLabel('Tên yêu cầu').inputValue()).toBe('Báo cáo thực hiện Kết luận 114-KL/TW và Chỉ thị 33/CT-TTg (đã sửa)');
    expect(await page.getByRole('group', { name: /^Yêu cầu \d: / }).getByText('Đã tạo yêu cầu').count()).toBe(3);
    await page.getByRole('button', { name: 'Tạo 1 yêu cầu' }).click();
    const created = page.getByRole('list', { name: 'Yêu cầu đã tạo' });
    await created.waitFor({ timeout: 20_000 });
    expect(await page.getByText('Đã tạo 4 yêu cầu từ văn bản').isVisible()).toBe(true);
    expect(await created.getByRole('link').count()).toBe(4);
    expect(await created.getByRole('link', { name: /\(đã sửa\)$/ }).count()).toBe(2);
    for (const href of await created.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/yeu-cau\/\d+$/);
    await created.getByRole('link', { name: /tự kiểm tra/ }).click();
    await page.waitForURL(/\/yeu-cau\/\d+$/);
    await page.getByRole('heading', { name: 'Tiến độ' }).waitFor();
    await expect.poll(() => page.getByText(/Cục Thống kê tỉnh Yên Bái: 01\/09\/2024/).count()).toBe(1);

    await page.goto(letterUrl);
    await expect.poll(() => requirements.getByRole('listitem').count(), { timeout: 10_000 }).toBe(before + 4);
    await page.close();
  });

  it('lãnh đạo tìm trong sổ, đi theo căn cứ rồi quay lại vẫn giữ tìm kiếm; không thêm văn bản, không tạo yêu cầu; tài khoản đơn vị không thấy sổ', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'lanhdao');
    await openRegister(page);
    expect(await page.getByRole('button', { name: 'Thêm văn bản' }).count()).toBe(0);
    const search = page.getByLabel('Tìm theo số ký hiệu, trích yếu, nội dung');
    const rows = page.getByRole('table', { name: 'Sổ văn bản' }).locator('tbody tr[data-row-key]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(15);
    await search.fill('QUY CHE DAN CHU');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeLessThan(10);
    const found = await rows.allTextContents();
    expect(found.some((r) => r.includes('253-KH/ĐUK'))).toBe(true);
    expect(found.every((r) => !r.includes('25-NQ/TW'))).toBe(true);
    await page.getByRole('table', { name: 'Sổ văn bản' }).getByRole('link', { name: '253-KH/ĐUK' }).click();
    await page.getByRole('heading', { name: /số 253-KH\/ĐUK/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Tạo yêu cầu từ văn bản' }).count()).toBe(0);
    await page.getByRole('list', { name: 'Được viện dẫn bởi' }).getByRole('link', { name: '1720-CV/ĐUK' }).click();
    await page.getByRole('heading', { name: /số 1720-CV\/ĐUK/ }).waitFor();
    const basis = page.getByRole('table', { name: 'Căn cứ' });
    expect(await basis.getByRole('row').filter({ hasText: '116-NQ/TY' }).textContent()).toContain('Chưa có trong sổ');
    expect(await basis.getByRole('button', { name: /Thêm văn bản này/ }).count()).toBe(0);
    // Back to the register: the same search, the same rows.
    await page.goBack();
    await page.goBack();
    expect(await search.inputValue()).toBe('QUY CHE DAN CHU');
    await expect.poll(() => rows.allTextContents(), { timeout: 10_000 }).toEqual(found);
    // The menu entry starts the register afresh, the search box included.
    await page.getByRole('menuitem', { name: 'Văn bản', exact: true }).click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(15);
    expect(await search.inputValue()).toBe('');
    await page.close();

    const unit = await browser.newPage();
    await loginAs(unit, server.url, 'cucthongke');
    expect(await unit.getByRole('menuitem', { name: 'Văn bản', exact: true }).count()).toBe(0);
    await unit.close();
  });

  it('nhập công văn 45-CV/ĐU kèm tệp gốc: căn cứ nối tới 1720-CV/ĐUK và ngược lại; tải lại được tệp gốc; thêm văn bản còn thiếu 116-NQ/TY từ căn cứ thì trích dẫn được nối; dán toàn văn rồi đọc thì các ô được điền', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo');
    await openRegister(page);
    await importFile(page, LETTER_45, '45-CV/ĐU');
    await page.getByLabel('Văn bản đến').check();
    await page.getByLabel('Trích yếu').press('Control+Enter'); // saves from any field, the long text areas included

    await page.getByRole('heading', { name: /số 45-CV\/ĐU/ }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa văn bản' });
    await dialog.getByLabel('Trích yếu').fill('V/v báo cáo thực hiện Quy chế dân chủ ở cơ sở năm 2024');
    await dialog.getByRole('button', { name: 'Lưu văn bản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByLabel('Thông tin văn bản').textContent()).toContain('V/v báo cáo thực hiện Quy chế dân chủ ở cơ sở năm 2024');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp gốc' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(LETTER_45, 'utf8'));

    const basis = page.getByRole('table', { name: 'Căn cứ' });
    expect(await basis.getByRole('link', { name: '253-KH/ĐUK' }).count()).toBe(1);
    await basis.getByRole('link', { name: '1720-CV/ĐUK' }).click();
    await page.getByRole('heading', { name: /số 1720-CV\/ĐUK/ }).waitFor();
    const citedBy = page.getByRole('list', { name: 'Được viện dẫn bởi' });
    await citedBy.getByRole('link', { name: '45-CV/ĐU' }).waitFor();

    // An unresolved citation opens the form filled with what the letter says about it.
    await page.getByRole('button', { name: 'Thêm văn bản này: 116-NQ/TY' }).click();
    await page.getByRole('heading', { name: 'Thêm văn bản' }).waitFor();
    expect(await page.getByLabel('Số, ký hiệu').inputValue()).toBe('116-NQ/TY');
    expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('14/04/2023');
    await page.getByLabel('Trích yếu').fill('');
    await page.getByRole('button', { name: 'Lưu văn bản' }).click();
    await page.getByText('Nhập trích yếu của văn bản').waitFor();
    await page.getByLabel('Trích yếu').fill('Về nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Ban Thường vụ Tỉnh ủy Yên Bái');
    await page.getByRole('button', { name: 'Lưu văn bản' }).click();
    await page.getByRole('heading', { name: /số 116-NQ\/TY/ }).waitFor({ timeout: 10_000 });
    // The letter that cited it is now linked both ways.
    await page.getByRole('list', { name: 'Được viện dẫn bởi' }).getByRole('link', { name: '1720-CV/ĐUK' }).click();
    await page.getByRole('heading', { name: /số 1720-CV\/ĐUK/ }).waitFor();
    await page.getByRole('table', { name: 'Căn cứ' }).getByRole('link', { name: '116-NQ/TY' }).waitFor();
    expect(await page.getByRole('button', { name: /Thêm văn bản này/ }).count()).toBe(0);

    // By form with pasted text: reading it fills the header fields and shows the check, no file involved.
    await page.goto(`${server.url}/van-ban/moi`);
    await page.getByLabel('Toàn văn').fill(readFileSync(LETTER_STATE, 'utf8'));
    await page.getByRole('button', { name: 'Đọc toàn văn để điền các ô' }).click();
    await expect.poll(() => page.getByLabel('Số, ký hiệu').inputValue(), { timeout: 20_000 }).toBe('1234/UBND-VX');
    expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('15/07/2024');
    expect(await page.getByRole('status').filter({ hasText: 'không phát hiện lỗi nào' }).count()).toBe(1);
    await page.close();
  });

  it('đơn vị được nêu tên mà không có trong cây tổ chức thì được tô và ghi rõ trên yêu cầu đề xuất', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo');
    // A copy of letter 1720 naming a unit the committee does not have, put in the register through the API.
    const body = readFileSync(LETTER_1720, 'utf8').replace('Cục Thống kê tỉnh Yên Bái', 'Sở Du lịch tỉnh Lào Cai').replace('Số 1720-CV/ĐUK', 'Số 1799-CV/ĐUK');
    const id = await page.evaluate(async (text) => {
      const res = await fetch('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ direction: 'outgoing', symbol: '1799-CV/ĐUK', subject: 'Bản thử', body: text }) });
      return ((await res.json()) as { id: number }).id;
    }, body);
    await page.goto(`${server.url}/van-ban/${id}/tao-yeu-cau`);
    const inspection = page.getByRole('group', { name: /Báo cáo tự kiểm tra/ });
    await inspection.waitFor({ timeout: 20_000 });
    const warning = inspection.getByRole('alert').filter({ hasText: 'chưa tìm thấy trong cây tổ chức' });
    expect(await warning.locator('mark').allTextContents()).toEqual(['Sở Du lịch tỉnh Lào Cai']);
    await expect.poll(() => inspection.getByTestId('draft-deadlines').textContent()).toContain('Trường Cao đẳng Yên Bái: 01/09/2024');
    expect(await inspection.getByTestId('draft-deadlines').textContent()).not.toContain('Cục Thống kê');
    await page.close();
  });
});
