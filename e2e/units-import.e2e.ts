import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, launchBrowser, loginAs } from './browser';
import { type RunningServer, startServer } from './server';

async function writeXlsx(path: string, rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow(['Mã', 'Tên', 'Loại', 'Mã đơn vị cấp trên']);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(path);
  return path;
}

describe('quản trị nhập đơn vị từ tệp Excel (trình duyệt)', () => {
  let server: RunningServer;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'danvan-import-'));
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('thấy lỗi của dòng sai, sửa tệp, nhập thành công và thấy đơn vị mới', async () => {
    const good = [
      ['cb-nhaxuatban', 'Chi bộ Nhà xuất bản tỉnh', 'Chi bộ cơ sở', 'duk'],
      ['cb-trungtamdichvu', 'Chi bộ Trung tâm Dịch vụ việc làm', 'chi_bo_co_so', 'duk'],
    ];
    const bad = await writeXlsx(join(dir, 'co-loi.xlsx'), [...good, ['cb-hoilamvuon', 'Chi bộ Hội Làm vườn tỉnh', 'Chi bộ cơ sở', 'khong-ton-tai']]);
    const fixed = await writeXlsx(join(dir, 'da-sua.xlsx'), [...good, ['cb-hoilamvuon', 'Chi bộ Hội Làm vườn tỉnh', 'Chi bộ cơ sở', 'duk']]);

    const page = await browser.newPage();
    await loginAs(page, server.url, 'admin');
    await page.goto(`${server.url}/don-vi`);
    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập đơn vị từ tệp' });

    await dialog.getByLabel('Tệp danh sách đơn vị').setInputFiles(bad);
    await dialog.getByRole('button', { name: 'Xem trước' }).click();
    const table = dialog.getByRole('table', { name: 'Xem trước các dòng của tệp' });
    const badRow = table.getByRole('row').filter({ hasText: 'cb-hoilamvuon' });
    await badRow.waitFor();
    expect(await badRow.getAttribute('aria-invalid')).toBe('true');
    expect(await badRow.textContent()).toMatch(/khong-ton-tai/);
    const problems = dialog.getByRole('list', { name: 'Danh sách lỗi' });
    expect(await problems.textContent()).toMatch(/Dòng 4/);
    expect(await dialog.getByRole('button', { name: buttonName('Nhập') }).isDisabled()).toBe(true);

    await dialog.getByLabel('Tệp danh sách đơn vị').setInputFiles(fixed);
    await dialog.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toMatch(/Tệp hợp lệ: 3 đơn vị/);
    await dialog.getByRole('button', { name: buttonName('Nhập') }).click();
    await page.getByText('Đã nhập 3 đơn vị').waitFor({ timeout: 10_000 });

    await page.getByLabel('Tìm đơn vị').fill('hoi lam vuon');
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await expect.poll(() => results.textContent(), { timeout: 10_000 }).toContain('Chi bộ Hội Làm vườn tỉnh');
    await page.close();
  });
});
