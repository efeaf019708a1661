import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocx, sampleText } from '../src/modules/documents/documents.fixtures';
import { buttonName, launchBrowser, loginAs } from './browser';
import { type RunningServer, startServer } from './server';

describe('cán bộ kiểm tra một công văn (trình duyệt)', () => {
  let server: RunningServer;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'danvan-letters-e2e-'));
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('dán công văn 1720, thấy số ký hiệu, các lỗi kèm lời giải thích và dòng có lỗi được tô màu; rồi tải lên bản Word', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo');
    await page.getByRole('menuitem', { name: 'Kiểm tra văn bản' }).click();
    await page.getByRole('heading', { name: 'Kiểm tra văn bản' }).waitFor();

    const input = page.getByLabel('Nội dung văn bản cần kiểm tra');
    await input.fill(sampleText());
    await input.press('Control+Enter');
    const header = page.getByLabel('Thông tin văn bản');
    await header.waitFor({ timeout: 20_000 });
    expect(await header.textContent()).toContain('1720-CV/ĐUK');
    expect(await header.textContent()).toContain('22/05/2024');

    const findings = page.getByRole('list', { name: 'Danh sách lỗi' });
    const conflict = findings.getByRole('button').filter({ hasText: 'REF_DATE_CONFLICT' });
    expect(await conflict.textContent()).toMatch(/Dòng 21.*“780-CV\/BDVTU” được dẫn với hai ngày khác nhau: 19\/04\/2027 \(dòng 21\) và 13\/05\/2024/);
    const unknown = findings.getByRole('button').filter({ hasText: 'REF_UNKNOWN_ISSUER' });
    expect(await unknown.textContent()).toMatch(/Dòng 32.*Không có cơ quan ban hành mã “TY” trong “116-NQ\/TY”/);

    const text = page.getByRole('region', { name: 'Nội dung văn bản' });
    const line21 = text.locator('#dong-21');
    expect(await line21.getAttribute('data-severity')).toBe('error');
    expect(await line21.getByRole('list', { name: 'Lỗi ở dòng 21' }).textContent()).toMatch(/được dẫn với hai ngày khác nhau/);
    expect(await text.locator('#dong-20').getAttribute('data-severity')).toBeNull();

    // Choosing a finding takes the reader to its line.
    await unknown.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dong-32');
    expect(await text.locator('#dong-32 mark', { hasText: '116-NQ/TY' }).getAttribute('class')).toBe('dv-mark-error');

    const docx = join(dir, 'cong-van-1720.docx');
    writeFileSync(docx, await sampleDocx());
    await page.getByLabel('Tệp văn bản cần kiểm tra').setInputFiles(docx);
    expect(await page.getByText('Sẽ kiểm tra tệp «cong-van-1720.docx».').isVisible()).toBe(true);
    await page.getByRole('button', { name: buttonName('Kiểm tra') }).click();
    await expect.poll(() => header.textContent(), { timeout: 20_000 }).toContain('Tệp Word (.docx)');
    expect(await header.textContent()).toContain('1720-CV/ĐUK');
    expect(await findings.getByRole('button').filter({ hasText: 'REF_UNKNOWN_ISSUER' }).count()).toBe(1);
    await page.close();
  });

  it('tệp không đọc được hiện lỗi tiếng Việt; tài khoản đơn vị không thấy trang này trong menu', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'lanhdao');
    await page.goto(`${server.url}/kiem-tra-van-ban`);
    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    await page.getByLabel('Tệp văn bản cần kiểm tra').setInputFiles(empty);
    await page.getByRole('button', { name: buttonName('Kiểm tra') }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Không kiểm tra được văn bản' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/Tệp rỗng/);
    await page.close();

    const unit = await browser.newPage();
    await loginAs(unit, server.url, 'cucthongke');
    expect(await unit.getByRole('menuitem', { name: 'Kiểm tra văn bản' }).count()).toBe(0);
    await unit.close();
  });
});
