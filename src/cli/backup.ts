import { mkdirSync, writeFileSync } from 'node:fs';
import { readLocalControl, TOKEN_HEADER } from '../app/local-control';
import { readConfig } from '../config';
import { connect } from '../db/connect';
import { dumpPglite, dumpPostgres } from '../db/backup';
import { type CliIO, type Command, CliError, EXIT, parseCommandArgs, usageError } from './io';

const USAGE = `Cách dùng: danvan backup TỆP

Sao lưu toàn bộ dữ liệu vào TỆP.
  PostgreSQL (DATABASE_URL): tệp pg_dump định dạng custom (cần gói Debian postgresql-client).
  PGlite (DATA_DIR, mặc định ./data): tệp .tar.gz của thư mục dữ liệu. Máy chủ đang chạy thì bản sao lưu
  do chính máy chủ tạo (nhất quán, không cần dừng); máy chủ dừng thì lệnh tự mở thư mục.
Khôi phục: danvan restore TỆP. Mã thoát: 0 thành công, 2 sai cách dùng, 1 lỗi khác.
`;

/** Asks the running server to dump its folder: PGlite lets only the owning process read it. */
async function dumpThroughServer(url: string, token: string): Promise<Uint8Array> {
  const res = await fetch(`${url}/api/system/backup`, { method: 'POST', headers: { [TOKEN_HEADER]: token } });
  if (!res.ok) throw new CliError(`Máy chủ đang chạy từ chối sao lưu (HTTP ${res.status}): ${await res.text()}`);
  return new Uint8Array(await res.arrayBuffer());
}

export const command: Command = {
  name: 'backup',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) return void io.stdout.write(USAGE), EXIT.ok;
    if (positionals.length !== 1) throw usageError('Cần đúng một tham số: tệp sao lưu. Xem danvan backup --help.');
    const file = positionals[0]!;
    const config = readConfig(io.env);
    const started = Date.now();
    if (config.databaseUrl) {
      await dumpPostgres(config.databaseUrl, file).catch((err: Error) => { throw new CliError(`Không sao lưu được: ${err.message}`); });
      io.stdout.write(`Đã sao lưu PostgreSQL vào ${file} (${Date.now() - started} ms).\n`);
      return EXIT.ok;
    }
    const running = readLocalControl(config.dataDir);
    let dump: Uint8Array;
    if (running) {
      dump = await dumpThroughServer(running.url, running.token);
    } else {
      mkdirSync(config.dataDir, { recursive: true });
      const database = await connect({ dataDir: config.dataDir });
      try {
        dump = await dumpPglite(database);
      } finally {
        await database.close();
      }
    }
    writeFileSync(file, dump);
    const how = running ? `từ máy chủ đang chạy (pid ${running.pid})` : 'máy chủ không chạy';
    io.stdout.write(`Đã sao lưu PGlite tại ${config.dataDir} vào ${file}: ${(dump.byteLength / 1024 / 1024).toFixed(1)} MB, ${how}, ${Date.now() - started} ms.\n`);
    return EXIT.ok;
  },
};
