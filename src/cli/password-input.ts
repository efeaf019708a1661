import { createInterface } from 'node:readline';
import { CliError, type CliIO } from './io';

/** The first line of stdin, for `echo "$PASS" | danvan …` and scripts; '' when stdin is empty. */
async function firstLine(stdin: CliIO['stdin']): Promise<string> {
  const rl = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
  }
}

/** Reads a line on a terminal without echoing it. */
function hiddenLine(io: CliIO, question: string): Promise<string> {
  const input = io.stdin;
  io.stderr.write(question);
  input.setRawMode?.(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (then: () => void) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      io.stderr.write('\n');
      then();
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(() => resolve(value));
        if (ch === '\u0003') return finish(() => reject(new CliError('Đã hủy.')));
        value = ch === '\u007f' || ch === '\b' ? [...value].slice(0, -1).join('') : value + ch;
      }
    };
    input.on('data', onData);
  });
}

/**
 * A password from the environment variable, else from stdin: typed twice, hidden, on a terminal;
 * the first line when piped. Never from the command line, where `ps` and shell history would keep it.
 */
export async function readPassword(io: CliIO, envVar: string, label: string): Promise<string> {
  const fromEnv = io.env[envVar];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (io.stdin.isTTY) {
    const first = await hiddenLine(io, `Mật khẩu cho ${label}: `);
    const again = await hiddenLine(io, 'Nhập lại mật khẩu: ');
    if (first !== again) throw new CliError('Hai lần nhập mật khẩu không khớp.', 2);
    return first;
  }
  return (await firstLine(io.stdin)).replace(/\r$/, '');
}
