import { ZDirectiveContract } from '../modules/documents/documents.schemas';
import { type CliIO, type Command, EXIT } from './io';
import { analyzeLetterFile, letterArgs } from './letter-input';
import { printLetter } from './letter-print';

const USAGE = `Cách dùng: danvan parse TỆP [--json]

Đọc một văn bản (công văn, kế hoạch, hướng dẫn…) và in các phần của nó: số ký hiệu, cơ quan ban hành,
ngày, trích yếu, nơi nhận, các mục, văn bản được dẫn, nhiệm vụ kèm hạn và kỳ, số liệu, người liên hệ.
  TỆP     .txt (UTF-8, UTF-16, TCVN3, VNI, Windows-1258), .docx, hoặc .pdf có lớp chữ; tối đa 20 MB.
          "-": đọc từ stdin. Loại tệp nhận theo nội dung, không theo tên.
  --json  in JSON: { symbol, number, type, typeName, issuer, issuerCode, parentIssuer, place, issuedOn,
          subject, recipients, sections, references, tasks, stats, contacts }; ngày dạng yyyy-mm-dd.

Không dùng cơ sở dữ liệu. Mã thoát: 0 đọc được, 2 sai cách dùng hoặc tệp không đọc được.
`;

export const command: Command = {
  name: 'parse',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = letterArgs(argv, true);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const analysis = await analyzeLetterFile(args.file, io);
    // The contract schema keeps exactly the fields DESIGN.md §4 promises, in its order.
    io.stdout.write(args.json ? `${JSON.stringify(ZDirectiveContract.parse(analysis.directive), null, 2)}\n` : printLetter(analysis, args.file));
    return EXIT.ok;
  },
};
