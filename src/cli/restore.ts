import { existsSync, readFileSync } from 'node:fs';
import { readLocalControl } from '../app/local-control';
import { readConfig } from '../config';
import { backupFormatOf, readHead, restorePglite, restorePostgres } from '../db/backup';
import { type CliIO, type Command, CliError, EXIT, parseCommandArgs, usageError } from './io';

const USAGE = `Cách dùng: danvan restore TỆP

Khôi phục dữ liệu từ một tệp do danvan backup tạo ra (loại tệp nhận theo nội dung).
  PostgreSQL (DATABASE_URL): thay toàn bộ dữ liệu của cơ sở dữ liệu bằng dữ liệu trong tệp, trong một giao dịch.
  PGlite (DATA_DIR, mặc định ./data): hãy dừng máy chủ trước. Thư mục đang có dữ liệu được đổi tên thành
  <thư mục>.truoc-khoi-phuc-<thời điểm> (không xóa gì), rồi dữ liệu trong tệp được nạp vào thư mục mới.
Mã thoát: 0 thành công, 2 sai cách dùng hoặc tệp không hợp lệ, 1 lỗi khác.
`;

export const command: Command = {
  name: 'restore',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) return void io.stdout.write(USAGE), EXIT.ok;
    if (positionals.length !== 1) throw usageError('Cần đúng một tham số: tệp sao lưu. Xem danvan restore --help.');
    const file = positionals[0]!;
    if (!existsSync(file)) throw usageError(`Không có tệp ${file}.`);
    const format = backupFormatOf(readHead(file));
    const config = readConfig(io.env);
    const target = config.databaseUrl ? 'pg_dump' : 'pglite';
    if (!format) throw usageError(`${file} không phải tệp sao lưu của danvan (không phải .tar.gz của PGlite, không phải pg_dump).`);
    if (format !== target) {
      throw usageError(format === 'pglite'
        ? 'Tệp là bản sao lưu PGlite, còn DATABASE_URL đang chỉ tới PostgreSQL: bỏ DATABASE_URL để khôi phục vào thư mục PGlite.'
        : 'Tệp là bản sao lưu PostgreSQL (pg_dump): đặt DATABASE_URL để khôi phục vào PostgreSQL.');
    }
    const started = Date.now();
    if (config.databaseUrl) {
      await restorePostgres(config.databaseUrl, file).catch((err: Error) => { throw new CliError(`Không khôi phục được (dữ liệu cũ giữ nguyên): ${err.message}`); });
      io.stdout.write(`Đã khôi phục PostgreSQL từ ${file} (${Date.now() - started} ms).\n`);
      return EXIT.ok;
    }
    const running = readLocalControl(config.dataDir);
    if (running) throw new CliError(`Máy chủ đang chạy trên ${config.dataDir} (pid ${running.pid}): dừng máy chủ rồi khôi phục.`);
    const movedTo = await restorePglite(readFileSync(file), config.dataDir);
    io.stdout.write(`Đã khôi phục PGlite vào ${config.dataDir} từ ${file} (${Date.now() - started} ms).\n`);
    if (movedTo) io.stdout.write(`Dữ liệu trước khi khôi phục được giữ ở ${movedTo}.\n`);
    return EXIT.ok;
  },
};
