import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, launchBrowser, loginAs } from './browser';
import { type RunningServer, startServer } from './server';

/**
 * The directing loop in the browser, on a fresh demo server: a unit that has not registered its Dân vận khéo models
 * registers two, staff sees 31/74, returns it with a comment, the unit fixes and resends, staff accepts; two windows of
 * one unit save the same draft (the second gets the 409 message and keeps its text); staff reminds the missing units and
 * downloads the reminder letter. The steps share one server and run in order.
 */

const REGISTRATION = 'Đăng ký mô hình "Dân vận khéo" năm 2024';
const REPORT = 'Báo cáo thực hiện Kết luận số 114-KL/TW gắn với Chỉ thị số 33/CT-TTg';
const RETURN_COMMENT = 'Mô hình 2 chưa ghi người phụ trách; đề nghị bổ sung và gửi lại.';

interface MissingUnit { id: number; code: string; name: string }

describe('vòng chỉ đạo: đăng ký, duyệt, trả lại, nhắc nhở (trình duyệt)', () => {
  let server: RunningServer;
  let browser: Browser;
  let staffCtx: BrowserContext;
  let unitCtx: BrowserContext;
  let staff: Page;
  let unit: Page;
  let requirementId: number;
  let target: MissingUnit;

  /** The count card of the progress panel, by its accessible name ("Đã nộp: 31 đơn vị — xem danh sách"). */
  const card = (page: Page, title: string, value: number) => page.getByRole('button', { name: `${title}: ${value} đơn vị — xem danh sách` });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    staffCtx = await browser.newContext({ acceptDownloads: true });
    staff = await staffCtx.newPage();
    await loginAs(staff, server.url, 'canbo');
    // Which requirement and which unit: asked of the API the page itself uses, so the test follows the demo data.
    const list = await (await staff.request.get(`${server.url}/api/requirements?kind=model_registration`)).json() as { id: number; title: string }[];
    requirementId = list.find((r) => r.title === REGISTRATION)!.id;
    const progress = await (await staff.request.get(`${server.url}/api/requirements/${requirementId}/progress`)).json() as { missingUnits: MissingUnit[] };
    target = progress.missingUnits[0]!;
    unitCtx = await browser.newContext();
    unit = await unitCtx.newPage();
    await loginAs(unit, server.url, target.code);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('cán bộ thấy 30/74 đơn vị đã đăng ký trước khi đơn vị nộp', async () => {
    await staff.goto(`${server.url}/yeu-cau/${requirementId}`);
    await card(staff, 'Được giao', 74).waitFor();
    await card(staff, 'Đã nộp', 30).waitFor();
  });

  it('đơn vị chưa đăng ký mở "Việc cần làm", điền hai mô hình và gửi', async () => {
    await unit.getByRole('menuitem', { name: 'Việc cần làm' }).click();
    await unit.getByRole('link', { name: REGISTRATION }).click();
    await unit.getByRole('heading', { name: REGISTRATION }).waitFor();
    await fillModel(unit, 0, { name: 'Dân vận khéo trong cải cách thủ tục hành chính', field: 'Xây dựng hệ thống chính trị', khoi: true, person: 'Đ/c Bí thư Đảng ủy' });
    await unit.getByRole('button', { name: 'Thêm mô hình' }).click();
    await fillModel(unit, 1, { name: 'Đồng hành cùng doanh nghiệp nhỏ và vừa', field: 'Kinh tế', khoi: false, person: '' });
    await unit.getByRole('button', { name: buttonName('Gửi') }).click();
    await unit.getByText('Đã gửi, đang chờ Ban Tuyên giáo xem xét.').waitFor();
    expect(await unit.getByText('Đồng hành cùng doanh nghiệp nhỏ và vừa').count()).toBeGreaterThan(0);
  });

  it('cán bộ thấy 31/74 (tính đến hôm nay), mở bài nộp và trả lại kèm ý kiến', async () => {
    await staff.reload();
    await card(staff, 'Đã nộp', 31).waitFor();
    await card(staff, 'Được giao', 74).waitFor();
    // The as-of date shows the demo world's figure again: the new registration came after 15/5/2024.
    const asOf = staff.getByLabel('Tính đến ngày');
    await asOf.click();
    await asOf.fill('15/05/2024');
    await asOf.press('Enter');
    await card(staff, 'Đã nộp', 30).waitFor();
    await staff.reload();
    await card(staff, 'Đã nộp', 31).click();
    await staff.getByRole('row').filter({ hasText: target.name }).click();
    await staff.getByRole('heading', { name: `Bài nộp của ${target.name}` }).waitFor();
    await staff.getByRole('button', { name: buttonName('Trả lại') }).click();
    const dialog = staff.getByRole('dialog', { name: 'Trả lại bài nộp' });
    await dialog.getByLabel('Lý do trả lại (đơn vị sẽ thấy)').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: buttonName('Trả lại') }).click();
    await staff.getByText('Đã trả lại bài nộp cho đơn vị.').waitFor();
    await staff.getByText('Bị trả lại', { exact: true }).first().waitFor();
  });

  it('đơn vị thấy ý kiến, sửa và gửi lại; cán bộ duyệt', async () => {
    await unit.reload();
    const alert = unit.getByRole('alert').filter({ hasText: 'Bài nộp bị trả lại' });
    await alert.getByText(RETURN_COMMENT).waitFor();
    await unit.getByLabel('Người phụ trách').nth(1).fill('Đ/c Trưởng phòng Kế hoạch');
    await unit.getByRole('button', { name: buttonName('Gửi') }).click();
    await unit.getByText('Đã gửi, đang chờ Ban Tuyên giáo xem xét.').waitFor();

    await staff.reload();
    await staff.getByRole('button', { name: buttonName('Duyệt') }).click();
    await staff.getByText('Đã duyệt bài nộp.').waitFor();
    await unit.reload();
    await unit.getByText('Bài nộp đã được duyệt.').waitFor();
    expect(await unit.getByText('Đ/c Trưởng phòng Kế hoạch').count()).toBeGreaterThan(0);
  });

  it('từ trang Đơn vị, cán bộ mở "Kết quả thực hiện" của đơn vị', async () => {
    await staff.goto(`${server.url}/don-vi?chon=${target.id}`);
    const details = staff.getByLabel(`Thông tin đơn vị ${target.name}`);
    await details.getByRole('link', { name: 'Kết quả thực hiện' }).click();
    await staff.getByRole('heading', { name: `Kết quả thực hiện — ${target.name}` }).waitFor();
    expect(new URL(staff.url()).pathname).toBe(`/ket-qua/${target.id}`);
  });

  it('hai cửa sổ của cùng đơn vị sửa một bản nháp: cửa sổ lưu sau nhận thông báo xung đột, nội dung không mất', async () => {
    const first = unit;
    const secondCtx = await browser.newContext();
    const second = await secondCtx.newPage();
    await loginAs(second, server.url, target.code);
    await first.goto(`${server.url}/viec-can-lam`);
    await first.getByRole('link', { name: REPORT }).click();
    const text = (p: Page) => p.getByLabel('Nội dung báo cáo');
    await text(first).fill('Bản nháp đầu tiên.');
    await first.getByRole('button', { name: 'Lưu nháp' }).click();
    await first.getByText(/^Phiên bản 1,/).waitFor();

    await second.goto(first.url());
    await expect.poll(() => text(second).inputValue()).toBe('Bản nháp đầu tiên.');
    await text(first).fill('Cửa sổ thứ nhất sửa trước.');
    await first.getByRole('button', { name: 'Lưu nháp' }).click();
    await first.getByText(/^Phiên bản 2,/).waitFor();

    const mine = 'Cửa sổ thứ hai: báo cáo kết quả thực hiện Kết luận 114-KL/TW.';
    await text(second).fill(mine);
    await second.getByRole('button', { name: 'Lưu nháp' }).click();
    const conflict = second.getByRole('region', { name: 'Xung đột phiên bản' });
    await conflict.getByText('Bài nộp vừa được người khác lưu (phiên bản 2)', { exact: false }).waitFor();
    expect(await text(second).inputValue()).toBe(mine);
    expect(await conflict.textContent()).toContain('Cửa sổ thứ nhất sửa trước.');

    await conflict.getByRole('button', { name: 'Ghi đè bằng nội dung của tôi' }).click();
    await second.getByText(/^Phiên bản 3,/).waitFor();
    expect(await conflict.count()).toBe(0);
    await first.reload();
    await expect.poll(() => text(first).inputValue()).toBe(mine);

    // The other choice: drop one's own edits and take the newer version.
    await text(first).fill('Bản cuối của cửa sổ thứ nhất.');
    await first.getByRole('button', { name: 'Lưu nháp' }).click();
    await first.getByText(/^Phiên bản 4,/).waitFor();
    await text(second).fill('Bản sẽ bỏ.');
    await second.getByRole('button', { name: 'Lưu nháp' }).click();
    await conflict.getByText('Bài nộp vừa được người khác lưu (phiên bản 4)', { exact: false }).waitFor();
    expect(await text(second).inputValue()).toBe('Bản sẽ bỏ.');
    await conflict.getByRole('button', { name: 'Tải phiên bản mới' }).click();
    await second.getByText(/^Phiên bản 4,/).waitFor();
    expect(await text(second).inputValue()).toBe('Bản cuối của cửa sổ thứ nhất.');
    await secondCtx.close();
  });

  it('đơn vị tạo địa chỉ lịch hạn nộp (ICS) và sao chép được', async () => {
    await unit.goto(`${server.url}/viec-can-lam`);
    await unit.getByRole('button', { name: 'Lịch hạn nộp (ICS)' }).click();
    const dialog = unit.getByRole('dialog', { name: 'Lịch hạn nộp (ICS)' });
    await dialog.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
    const url = (await dialog.getByLabel('Địa chỉ lịch').textContent())!.trim();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await dialog.getByRole('button', { name: /Sao chép/ }).first().waitFor();
    // A calendar app has no session: the address alone answers.
    const anonymous = await browser.newContext();
    const ics = await anonymous.request.get(url);
    expect(ics.status()).toBe(200);
    const unfolded = (await ics.text()).replace(/\r\n /g, '');
    expect(unfolded).toContain(`X-WR-CALNAME:Hạn nộp — ${target.name.replace(/([,;\\])/g, '\\$1')}\r\n`);
    expect(unfolded).toContain(`SUMMARY:Hạn nộp: ${REPORT}\r\n`);
    await anonymous.close();
  });

  it('cán bộ nhắc các đơn vị quá hạn chưa đăng ký và tải công văn đôn đốc (.docx)', async () => {
    await staff.goto(`${server.url}/yeu-cau/${requirementId}`);
    await card(staff, 'Quá hạn chưa nộp', 43).waitFor();
    await staff.getByRole('button', { name: buttonName('Nhắc nhở') }).click();
    const dialog = staff.getByRole('dialog', { name: 'Nhắc nhở các đơn vị' });
    await dialog.getByText('Các đơn vị quá hạn chưa nộp (43)').waitFor();
    await dialog.getByRole('button', { name: 'Gửi nhắc nhở' }).click();
    await staff.getByText('Đã nhắc 43 đơn vị.').waitFor();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: 'Tải công văn đôn đốc (.docx)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cong-van-don-doc-\d+\.docx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

/** Fills model `i` (0-based) of the registration form. */
async function fillModel(page: Page, i: number, m: { name: string; field: string; khoi: boolean; person: string }) {
  await page.getByLabel('Tên mô hình').nth(i).fill(m.name);
  if (m.khoi) await chooseOption(page, page.getByLabel('Cấp', { exact: true }).nth(i), 'Cấp Khối');
  await chooseOption(page, page.getByLabel('Lĩnh vực').nth(i), m.field);
  await page.getByLabel('Mục tiêu').nth(i).fill('Nâng cao sự hài lòng của người dân và doanh nghiệp.');
  if (m.person) await page.getByLabel('Người phụ trách').nth(i).fill(m.person);
}

/**
 * Opens an antd Select and picks the option with this text from ITS dropdown (found through the listbox the combobox
 * controls), never from another select's dropdown that may still be fading out.
 */
async function chooseOption(page: Page, select: Locator, option: string) {
  await select.click();
  const listId = await select.getAttribute('aria-controls');
  expect(listId).toBeTruthy();
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option', { hasText: option }).click();
  await expect.poll(() => select.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').textContent()).toContain(option);
}
