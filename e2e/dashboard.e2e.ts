import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs } from './browser';
import { type RunningServer, startServer } from './server';

/** Types a day into the antd DatePicker labelled `label` (dd/mm/yyyy) and confirms it. */
async function pickDay(page: Page, label: string, day: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

describe('bảng điều khiển và báo cáo (trình duyệt)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lãnh đạo mở bảng điều khiển từ trang Tổng quan, chọn ngày 15/05/2024: biểu đồ có dữ liệu, 30/74 đơn vị đã đăng ký', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'lanhdao');
    await page.getByRole('button', { name: 'Bảng điều khiển' }).click();
    await page.getByRole('heading', { name: 'Bảng điều khiển' }).waitFor();
    await pickDay(page, 'Tính đến ngày', '15/05/2024');
    await page.getByTestId('dashboard-as-of-text').filter({ hasText: '15/05/2024' }).waitFor();
    expect(new URL(page.url()).searchParams.get('ngay')).toBe('2024-05-15');

    const registration = page.getByTestId('dashboard-requirement').filter({ hasText: 'Đăng ký mô hình "Dân vận khéo" năm 2024' });
    await registration.locator('.recharts-line-curve').first().waitFor();
    expect(await registration.locator('.dv-dashboard-headline').textContent()).toBe('30/74');
    expect(await registration.locator('.recharts-reference-line').count()).toBe(2);
    expect(await registration.getByText('Hạn 30/04/2024').count()).toBeGreaterThan(0);
    expect(await registration.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const plan = page.getByTestId('dashboard-requirement').filter({ hasText: 'Quy chế dân chủ' });
    expect(await plan.locator('.dv-dashboard-headline').textContent()).toBe('40/74');
    // The line has a real shape: its path visits many points, not a flat placeholder.
    const d = (await registration.locator('.recharts-line-curve').first().getAttribute('d')) ?? '';
    expect(d.split(/[LH]/).length).toBeGreaterThan(10);

    expect(await page.getByTestId('dashboard-models-summary').textContent()).toBe('133 mô hình; cấp khối: 2, cấp cơ sở: 131.');
    expect(await page.locator('.recharts-pie-sector').count()).toBe(2);
    const late = page.getByRole('region', { name: 'Đơn vị có nhiều việc quá hạn nhất' });
    expect(await late.getByRole('link').count()).toBe(10);
    await page.getByRole('region', { name: 'Số đơn vị chậm và chưa gửi theo yêu cầu' }).getByText('Quá hạn chưa gửi: 44').waitFor();
    await page.close();
  });

  it('trên màn hình điện thoại 375 px: biểu đồ co lại, các khối xếp chồng, không tràn ngang', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await ctx.newPage();
    await loginAs(page, server.url, 'lanhdao');
    await page.goto(`${server.url}/bang-dieu-khien?ngay=2024-05-15`);
    const first = page.getByTestId('dashboard-requirement').first();
    await first.locator('.recharts-line-curve').first().waitFor();
    // The page's own content (everything under <main>) fits the screen and does not scroll sideways.
    const main = await page.evaluate(() => {
      const m = document.querySelector('main')!;
      return { right: m.getBoundingClientRect().right, scroll: m.scrollWidth, client: m.clientWidth, inner: window.innerWidth };
    });
    expect(main.right).toBeLessThanOrEqual(main.inner);
    expect(main.scroll).toBeLessThanOrEqual(main.client);
    // And the whole document, header included, does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const widths = await first.locator('.recharts-surface').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(widths.length).toBeGreaterThanOrEqual(2);
    for (const r of widths) expect(r.right).toBeLessThanOrEqual(375);
    // Stacked: the bars by unit kind sit below the line, not beside it.
    expect(widths[1]!.top).toBeGreaterThan(widths[0]!.bottom - 1);
    await ctx.close();
  });

  it('cán bộ chọn công văn 1720, tính đến 15/05/2024 và tải báo cáo tổng hợp DOCX', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    await loginAs(page, server.url, 'canbo');
    await page.goto(`${server.url}/bao-cao`);
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Văn bản chỉ đạo' }).click();
    await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: '1720-CV/ĐUK' }).first().click();
    await expect.poll(() => page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Văn bản chỉ đạo' }) }).textContent()).toContain('1720-CV/ĐUK');
    await pickDay(page, 'Tính đến ngày', '15/05/2024');
    expect(await page.getByLabel('Tính đến ngày').inputValue()).toBe('15/05/2024');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.byteLength).toBeGreaterThan(1000);
    await ctx.close();
  });
});
