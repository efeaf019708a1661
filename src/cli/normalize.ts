import { ENCODING_LABELS } from '../modules/documents/documents.schemas';
import { type CliIO, type Command, EXIT } from './io';
import { analyzeLetterFile, letterArgs } from './letter-input';

const USAGE = `Cách dùng: danvan normalize TỆP

In văn bản đã sửa về Unicode chuẩn (NFC): đọc được bảng mã cũ (TCVN3, VNI, Windows-1258), UTF-16,
chữ bị hiển thị sai mã (phông .VnTime trong tệp Word, UTF-8 bị đọc nhầm), bỏ ký tự ẩn và khoảng trắng
thừa. Số dòng của bản in ra là số dòng mà danvan lint báo.
  TỆP   .txt, .docx hoặc .pdf có lớp chữ, tối đa 20 MB; "-": đọc từ stdin.

Ví dụ: danvan normalize cong-van-cu.txt > cong-van.txt
Không dùng cơ sở dữ liệu. Mã thoát: 0 đọc được, 2 sai cách dùng hoặc tệp không đọc được.
`;

export const command: Command = {
  name: 'normalize',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = letterArgs(argv, false);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const { text, encoding } = await analyzeLetterFile(args.file, io);
    // Said on stderr, so that stdout stays exactly the text when redirected to a file.
    if (encoding && (encoding.repaired || !encoding.name.startsWith('utf-'))) {
      io.stderr.write(`Đã chuyển từ bảng mã ${ENCODING_LABELS[encoding.name]} sang Unicode.\n`);
    }
    io.stdout.write(`${text}\n`);
    return EXIT.ok;
  },
};
