/**
 * What a letter says around one cited symbol: the type named before it ("Kế hoạch số …"), then in
 * any order its date ("ngày 25/3/2024") and issuer ("của Ban Dân vận Tỉnh uỷ"), then its title
 * ("về việc …" or a quoted “…”). The issuer and date may also come first: "ngày 25/3/2024 Đảng ủy
 * Khối đã ban hành Kế hoạch số 253-KH/ĐUK".
 */
import { type DateMatch, dateAt, findDates } from '../dates';
import { docTypeNameEnding, issuerCodesForKey, issuerNameAt, issuerNameEnding } from '../issuers';
import type { SymbolMatch } from '../symbols';
import type { DocType, Vocabulary } from '../vocabulary';
import type { Line } from './document';
import { titleAt } from './title';

export interface CitationContext {
  citedType: DocType | null;
  date: DateMatch | null;
  issuer: string | null;
  namedIssuerCodes: string[];
  title: string | null;
}

/**
 * What follows a known name and still belongs to it: capitalised words ("Tỉnh ủy" + " Yên Bái") and
 * the lower-case words of a level or place ("Đảng ủy Khối" + " cơ quan và doanh nghiệp tỉnh").
 */
const NAME_TAIL =
  /^(?:\s+(?:(?!(?:Về|Ban|Ngày|Về việc)(?![\p{L}]))\p{Lu}\p{L}*|(?:cơ quan và doanh nghiệp|cơ quan|doanh nghiệp|tỉnh|huyện|thành phố|thị xã|xã|phường|quận|khối)(?![\p{L}])))+/u;

function placeWordsEnd(text: string, from: number): number {
  const m = NAME_TAIL.exec(text.slice(from, from + 80));
  return m ? from + m[0].length : from;
}

const NAME_STOP = /^(ve|ngay|gan|va|da|de|nham|theo|voi|tai|trong|ban hanh|cho)\b/;

/** An issuer named at `at`: a known one (plus place words), else capitalised words up to a stop word. */
function issuerAt(line: Line, at: number, vocab: Vocabulary): { name: string; codes: string[]; end: number } | null {
  const known = issuerNameAt(line.fold, at, vocab);
  if (known) {
    const end = placeWordsEnd(line.text, known.end);
    return { name: line.text.slice(at, end), codes: issuerCodesForKey(line.fold.slice(at, known.end), vocab), end };
  }
  if (!/^\p{Lu}/u.test(line.text.slice(at))) return null;
  let end = at;
  const word = /\s*[\p{L}\p{N}-]+/uy;
  for (let n = 0; n < 10; n++) {
    word.lastIndex = end;
    const m = word.exec(line.text);
    if (!m || (n > 0 && NAME_STOP.test(line.fold.slice(end).trimStart()))) break;
    end = word.lastIndex;
  }
  return { name: line.text.slice(at, end), codes: [], end };
}

// Sticky regexes read at an offset of the whole line: slicing the rest of a 2,000-character line
// for every citation would copy it again and again.
const LEAD = /\s*,?\s*/y;
const DATE_NEXT = /(ban hanh\s+)?ngay\b/y;
const ISSUER_NEXT = /cua\s/y;
const ABOUT_NEXT = /\s*,?\s*ve\s*(viec\s+)?/y;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Reads date, issuer and title after the symbol. */
function after(line: Line, from: number, vocab: Vocabulary, ctx: CitationContext): void {
  let at = from;
  for (let round = 0; round < 3; round++) {
    const next = at + stickyAt(LEAD, line.text, at)![0].length;
    const date = ctx.date ? null : stickyAt(DATE_NEXT, line.fold, next);
    const of = ctx.issuer || date ? null : stickyAt(ISSUER_NEXT, line.fold, next);
    if (date) {
      const found = dateAt(line.text, next + (date[1]?.length ?? 0));
      if (!found) break;
      ctx.date = found;
      at = found.index + found.length;
    } else if (of) {
      const issuer = issuerAt(line, next + of[0].length, vocab);
      if (!issuer) break;
      Object.assign(ctx, { issuer: issuer.name, namedIssuerCodes: issuer.codes });
      at = issuer.end;
    } else break;
  }
  const about = stickyAt(ABOUT_NEXT, line.fold, at);
  if (about) ctx.title = titleAt(line.text, at + about[0].length);
}

/** "[ngày D,] X (đã) ban hành <type> số …": issuer and date written before the citation. */
function before(line: Line, cueStart: number, vocab: Vocabulary, ctx: CitationContext): void {
  const head = line.fold.slice(0, cueStart).trimEnd();
  if (!head.endsWith('ban hanh')) return;
  const verb = /(?:\s+da)?\s+(?:ky\s+)?ban hanh$/.exec(head.slice(-20));
  if (!verb) return;
  verb.index += head.length - Math.min(20, head.length);
  let end = verb.index;
  let found = issuerNameEnding(line.fold, end, vocab);
  // "Tỉnh ủy Yên Bái đã ban hành": step back over the place words to find the name.
  for (let n = 0; !found && n < 3; n++) {
    const word = /\s+\S+$/.exec(line.text.slice(0, end));
    if (!word || !/^\s+\p{Lu}/u.test(word[0])) break;
    end = word.index;
    found = issuerNameEnding(line.fold, end, vocab);
  }
  if (!found) return;
  if (!ctx.issuer) Object.assign(ctx, { issuer: line.text.slice(found.start, verb.index), namedIssuerCodes: issuerCodesForKey(line.fold.slice(found.start, found.end), vocab) });
  const dates = findDates(line.text.slice(0, found.start));
  const last = dates[dates.length - 1];
  if (!ctx.date && last && /^\s*,?\s*$/.test(line.text.slice(last.index + last.length, found.start))) ctx.date = last;
}

/** Back over spaces, tabs and ":" from `i`. */
function backOverSpaces(fold: string, i: number): number {
  for (let c = fold.charCodeAt(i - 1); i > 0 && (c === 32 || c === 58 || c === 9); c = fold.charCodeAt(i - 1)) i--;
  return i;
}

/** Where the type name before a symbol ends: back over spaces, ":" and the word "số". */
function cueEnd(fold: string, at: number): number {
  const end = backOverSpaces(fold, at);
  const isSo = fold.charCodeAt(end - 1) === 111 && fold.charCodeAt(end - 2) === 115 && (end === 2 || fold[end - 3] === ' ');
  return isSo ? backOverSpaces(fold, end - 2) : end;
}

/** Everything the line says about the citation `m`. */
export function citationContext(line: Line, m: SymbolMatch, vocab: Vocabulary): CitationContext {
  const ctx: CitationContext = { citedType: null, date: null, issuer: null, namedIssuerCodes: [], title: null };
  const cue = docTypeNameEnding(line.fold, cueEnd(line.fold, m.index), vocab);
  if (cue) ctx.citedType = cue.value;
  after(line, m.index + m.length, vocab, ctx);
  before(line, cue ? cue.start : m.index, vocab, ctx);
  return ctx;
}
