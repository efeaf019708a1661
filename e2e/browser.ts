import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Logs in through the real login form and waits for the app shell. */
export async function loginAs(page: Page, baseUrl: string, username: string, password = 'danvan-demo-2024'): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  // The account button is in the header at every screen width (on a phone "Đăng xuất" is inside its menu).
  await page.getByRole('button', { name: /^Tài khoản / }).first().waitFor({ timeout: 20_000 });
}

/**
 * The accessible name of an Ant Design button, exactly: after a loading state antd may leave its (zero-width, hidden)
 * spinner behind when the leave animation never ends in a headless browser, and the spinner's "loading" label then
 * prefixes the name. `getByRole('button', { name: buttonName('Gửi') })`.
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`^(?:loading )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
