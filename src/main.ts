import { mkdirSync } from 'node:fs';
import { readConfig } from './config';
import { connect, migrateToLatest } from './db/connect';
import { isEmpty, isHalfSeeded, seedDemo } from './db/seed/demo';
import { newLocalToken, removeLocalControl, writeLocalControl } from './app/local-control';
import { dumpPglite } from './db/backup';
import { sweepDormantAccounts } from './modules/auth/auth.service';
import { buildApp } from './server';

/** `npm start`: open the database, migrate, seed the demo when empty, serve. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  let seeded = false;
  if (await isHalfSeeded(database.db)) {
    throw new Error(
      `dữ liệu mẫu chưa được tạo xong ở lần chạy trước (tiến trình bị dừng giữa chừng). ` +
        `Hãy xóa thư mục ${config.databaseUrl ? 'cơ sở dữ liệu' : config.dataDir} rồi chạy lại npm start.`,
    );
  }
  if (config.demo && (await isEmpty(database.db))) {
    await seedDemo(database.db, config.demoPassword);
    seeded = true;
  }
  const localToken = database.kind === 'pglite' ? newLocalToken() : undefined;
  const app = await buildApp({
    db: database.db, dbKind: database.kind, version: config.version, logger: process.env.LOG === '1', inactiveDays: config.inactiveDays,
    backup: localToken ? { token: localToken, dump: () => dumpPglite(database) } : undefined,
  });
  // Dormant accounts are disabled at start and then daily, so the users list shows them disabled, not only their next login.
  // A dormant account has no live session (sessions last 12 h, dormancy takes days); the cache is cleared anyway, cheaply.
  const sweep = () => sweepDormantAccounts(database.db, new Date(), config.inactiveDays)
    .then((n) => { if (n > 0) app.sessionCache.clear(); })
    .catch((err) => console.error('Không rà được tài khoản lâu không dùng:', err));
  await sweep();
  setInterval(() => void sweep(), 24 * 60 * 60_000).unref();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const loopback = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  if (localToken) writeLocalControl(config.dataDir, { pid: process.pid, url: `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`, token: localToken });
  const where = database.kind === 'pglite' ? `PGlite tại ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`\ndanvan ${config.version} — Hệ thống quản lý công tác Dân vận`);
  console.log(`Đang chạy tại: http://localhost:${port}   (cơ sở dữ liệu: ${where}; sẵn sàng sau ${Date.now() - started} ms)`);
  console.log(`Tài liệu API: http://localhost:${port}/api/docs`);
  if (config.demo) {
    console.log(`\nTài khoản demo${seeded ? ' (vừa tạo dữ liệu mẫu)' : ''} — mật khẩu chung: ${config.demoPassword}`);
    console.log('  admin       quản trị hệ thống');
    console.log('  canbo       cán bộ Ban Tuyên giáo Đảng ủy Khối');
    console.log('  lanhdao     lãnh đạo Đảng ủy Khối');
    console.log('  bqlkcn, cucthongke, cdyenbai …  tài khoản đơn vị (tên đăng nhập = mã đơn vị cơ sở)');
    if (seeded) console.log('Dữ liệu mẫu: công văn 1720-CV/ĐUK, tiến độ tính đến ngày 15/5/2024 (xem tiến độ với "tính đến ngày" 15/5/2024).');
  }

  const stop = async (signal: string) => {
    console.log(`\nNhận ${signal}, đang dừng…`);
    await app.close();
    await database.close();
    if (localToken) removeLocalControl(config.dataDir);
    process.exit(0);
  };
  // Test and benchmark servers end by themselves even if whoever started them dies.
  const stopAfter = Number(process.env.DANVAN_STOP_AFTER_S ?? 0);
  if (stopAfter > 0) setTimeout(() => void stop('DANVAN_STOP_AFTER_S'), stopAfter * 1000).unref();
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('Không khởi động được danvan:', err instanceof Error ? err.message : err);
  process.exit(1);
});
