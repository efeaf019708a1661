import { VERSION } from './config';
import { CliError, type CliIO, type Command, EXIT, processIO } from './cli/io';

/**
 * The `danvan` command (bin/danvan.js runs it). Each sub-command is one file under src/cli/ exporting
 * `command`; add it to this list. Loaded on demand, so `danvan --help` starts without a database driver.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  'create-admin': { summary: 'tạo tài khoản quản trị (và đơn vị gốc khi cơ sở dữ liệu còn trống)', load: () => import('./cli/create-admin') },
  progress: { summary: 'tiến độ các yêu cầu của một văn bản chỉ đạo (--as-of ngày, --json: JSON)', load: () => import('./cli/progress') },
  report: { summary: 'báo cáo tổng hợp một văn bản chỉ đạo ra tệp .docx hoặc .pdf (--as-of ngày)', load: () => import('./cli/report') },
  parse: { summary: 'đọc một văn bản (.txt, .docx, .pdf) và in các phần của nó (--json: JSON)', load: () => import('./cli/parse') },
  lint: { summary: 'kiểm tra lỗi trong một văn bản; mã thoát 1 khi có lỗi', load: () => import('./cli/lint') },
  backup: { summary: 'sao lưu dữ liệu vào một tệp (PGlite: cả khi máy chủ đang chạy; PostgreSQL: pg_dump)', load: () => import('./cli/backup') },
  restore: { summary: 'khôi phục dữ liệu từ tệp sao lưu (PGlite: dừng máy chủ trước)', load: () => import('./cli/restore') },
  normalize: { summary: 'in văn bản đã sửa về Unicode chuẩn (bảng mã cũ, chữ sai mã)', load: () => import('./cli/normalize') },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `danvan ${VERSION} — Hệ thống quản lý công tác Dân vận`,
    '',
    'Cách dùng: danvan LỆNH [tùy chọn]    (danvan LỆNH --help: chi tiết từng lệnh)',
    '',
    'Các lệnh:',
    ...lines,
    '',
    'Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc DATA_DIR (PGlite, mặc định ./data), như npm start.',
    '',
  ].join('\n');
}

/** Runs one command line and returns the exit code: 0 done, 1 failed, 2 bad usage or input. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(`Không có lệnh "${name}". Các lệnh: ${Object.keys(COMMANDS).join(', ')}. Xem danvan --help.\n`);
    return EXIT.usage;
  }
  try {
    const { command } = await entry.load();
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failure;
  }
}
