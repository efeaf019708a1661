import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs } from './browser';
import { type RunningServer, startServer } from './server';

describe('tài khoản đơn vị chỉ thấy đơn vị của mình (trình duyệt)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('cucthongke thấy Cục Thống kê và các chi bộ của nó, không thấy đơn vị khác, không có menu quản trị', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'cucthongke');
    const menu = page.getByRole('navigation', { name: 'Menu chính' });
    await expect.poll(() => menu.textContent()).toContain('Đơn vị');
    expect(await menu.textContent()).not.toContain('Người dùng');
    expect(await menu.textContent()).not.toContain('Nhật ký');

    await page.goto(`${server.url}/don-vi`);
    const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
    await tree.getByRole('treeitem', { name: /Cục Thống kê tỉnh Yên Bái/ }).waitFor();
    const items = await tree.getByRole('treeitem').allTextContents();
    expect(items).toHaveLength(1);

    await page.getByLabel('Tìm đơn vị').fill('chi bo');
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await expect.poll(() => results.textContent(), { timeout: 10_000 }).toContain('Chi bộ Văn phòng Cục');
    expect(await results.textContent()).toContain('Chi bộ Phòng Thống kê tổng hợp');
    expect(await results.textContent()).not.toContain('Chi bộ Khoa Sư phạm'); // a cell of Trường Cao đẳng Yên Bái

    await page.getByLabel('Tìm đơn vị').fill('so tai chinh');
    await expect.poll(() => page.getByText(/Không tìm thấy|Không có/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.content()).not.toContain('Sở Tài chính tỉnh Yên Bái');

    await page.goto(`${server.url}/nguoi-dung`);
    await expect.poll(() => page.getByText('Không có quyền truy cập').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('tìm kiếm không dấu: "cuc thong ke" tìm thấy "Cục Thống kê tỉnh Yên Bái" (cán bộ)', async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, 'canbo');
    await page.goto(`${server.url}/don-vi`);
    await page.getByLabel('Tìm đơn vị').fill('cuc thong ke');
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await expect.poll(() => results.textContent(), { timeout: 10_000 }).toContain('Cục Thống kê tỉnh Yên Bái');
    await page.close();
  });

  it('trang tài liệu API /api/docs hiển thị được dưới chính sách bảo mật nội dung', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${server.url}/api/docs`);
    await page.getByText('/api/units').first().waitFor({ timeout: 20_000 });
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await page.close();
  });
});
