import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes of every `danvan` command: 0 done, 1 failed, 2 bad usage or bad input. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** What a command may touch of its process, injectable so tests run a command without spawning one. */
export interface CliIO {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export function processIO(): CliIO {
  return { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** A failure the user can act on: its Vietnamese message is printed as is, and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);

/** One `danvan` sub-command: `src/cli/<name>.ts` exports it as `command`; its one-line summary sits in src/cli.ts. */
export interface Command {
  name: string;
  /** Full usage text for `danvan <name> --help`. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** node:util parseArgs in strict mode, with its English errors turned into Vietnamese usage errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (err) {
    const e = err as { code?: string; message: string };
    const name = /'([^']+)'/.exec(e.message)?.[1]?.split(' ')[0] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(`Không có tùy chọn ${name}. Xem --help.`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError(`Tùy chọn ${name} thiếu giá trị hoặc không nhận giá trị. Xem --help.`);
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw usageError(`Tham số thừa: ${name}. Xem --help.`);
    throw usageError(`Tham số không hợp lệ. Xem --help.`);
  }
}
