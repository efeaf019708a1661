/**
 * The end of a letter: "Nơi nhận" (copy-to list) and the signature block ("T/M BAN THƯỜNG VỤ",
 * "PHÓ BÍ THƯ", the signer's name), in either column order once flattened.
 */
import { BULLET, cells, cleanItem, isUpperCase, type Line } from './document';
import type { Signer } from './types';

const NOI_NHAN = /^noi nhan\b\s*:?\s*/;
const MANDATE = /^(t\/m|k\/t|tm\.|kt\.|tl\.|tuq\.|q\.)\s/;
const NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
const NOT_A_NAME = /^(đã ký|ký|\(đã ký\)|\(ký, đóng dấu\))$/iu;

/**
 * Where a footer line flattened with single spaces changes column: after ";", ":" or "." when what
 * follows is a mandate ("T/M …"), a capitalised title ("TRƯỞNG BAN") or a person's name.
 */
const COLUMN_BREAK = /(?<=[;:.])(?<!^(?:KT|TM|TL|TUQ|Q)\.)\s+(?=(?:T\/M|K\/T|TM\.|KT\.|TL\.|TUQ\.)\s|[\p{Lu}\s]{4,}$|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$)/u;

function footerCells(line: Line): { text: string; fold: string }[] {
  return cells(line).flatMap((cell) => {
    const m = COLUMN_BREAK.exec(cell.text);
    if (!m) return [{ text: cell.text, fold: cell.fold }];
    const cut = m.index + m[0].length;
    return [
      { text: cell.text.slice(0, m.index), fold: cell.fold.slice(0, m.index) },
      { text: cell.text.slice(cut), fold: cell.fold.slice(cut) },
    ];
  });
}

export interface Footer {
  copyTo: string[];
  signer: Signer | null;
}

/** Reads the lines from "Nơi nhận" (index `from`) to the end. */
export function parseFooter(lines: Line[], from: number): Footer {
  const copyTo: string[] = [];
  const titles: string[] = [];
  let name: string | null = null;
  let signerLine: number | null = null;
  for (const line of lines.slice(from)) {
    for (const cell of footerCells(line)) {
      const text = cell.text.trim();
      const rest = NOI_NHAN.exec(cell.fold);
      if (rest) {
        if (text.slice(rest[0].length)) copyTo.push(cleanItem(text.slice(rest[0].length)));
      } else if (BULLET.test(text)) copyTo.push(cleanItem(text));
      else if (MANDATE.test(cell.fold) || (isUpperCase(text) && !/^\(/.test(text))) {
        titles.push(text);
        signerLine ??= line.no;
      } else if (NAME.test(text) && !NOT_A_NAME.test(text) && titles.length > 0) name = text;
    }
  }
  const signer = titles.length > 0 ? { titles, name, line: signerLine! } : null;
  return { copyTo: copyTo.filter(Boolean), signer };
}
