import { type CliIO, type Command, EXIT } from './io';
import { analyzeLetterFile, letterArgs } from './letter-input';
import { printFindings } from './letter-print';

const USAGE = `Cách dùng: danvan lint TỆP [--json]

Kiểm tra một văn bản và in các lỗi tìm thấy, mỗi lỗi với dòng và lời giải thích: văn bản được dẫn
với hai ngày khác nhau hoặc ngày trong tương lai, mã cơ quan không có hoặc không khớp, hạn trước khi
kỳ báo cáo kết thúc, ngày không tồn tại, số liệu cộng không khớp, số ký hiệu viết sai…
  TỆP     .txt, .docx hoặc .pdf có lớp chữ, tối đa 20 MB; "-": đọc từ stdin.
  --json  in { "findings": [{ code, severity, message, line, symbol?, date?, text? }] }
          (severity: error | warning | info; line: số dòng của văn bản sau khi chuẩn hóa,
          như danvan normalize in ra).

Không dùng cơ sở dữ liệu. Mã thoát: 0 không có lỗi mức "lỗi" (có thể có cảnh báo),
1 có ít nhất một lỗi, 2 sai cách dùng hoặc tệp không đọc được.
`;

export const command: Command = {
  name: 'lint',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = letterArgs(argv, true);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const { findings } = await analyzeLetterFile(args.file, io);
    io.stdout.write(args.json ? `${JSON.stringify({ findings }, null, 2)}\n` : printFindings(findings, args.file === '-' ? 'stdin' : args.file));
    return findings.some((f) => f.severity === 'error') ? EXIT.failure : EXIT.ok;
  },
};
