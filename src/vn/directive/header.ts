/**
 * The letter's header: issuer (and the body above it), number and symbol, place and date, subject.
 * The official layout has two columns (issuer | national motto); text copied out of it arrives
 * either row by row (cells split by tabs) or column by column, as in the sample letter, so each
 * cell is classified by what it says, not by where it is.
 */
import { type DateMatch, dateAt } from '../dates';
import { docTypeNameAt, issuerNameAt } from '../issuers';
import { findSymbols, type SymbolMatch } from '../symbols';
import type { DocSystem, DocType, Vocabulary } from '../vocabulary';
import { cells, isUpperCase, type Line, type Span } from './document';

export interface Header {
  system: DocSystem | null;
  symbol: SymbolMatch | null;
  symbolLine: number | null;
  issuer: string | null;
  parentIssuer: string | null;
  issuerLine: number | null;
  place: string | null;
  date: DateMatch | null;
  dateLine: number | null;
  subject: string | null;
  subjectLine: number | null;
  /** A heading naming the type ("KẾ HOẠCH") in letters other than công văn. */
  heading: DocType | null;
}

const MOTTO = /dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/;
const SEPARATOR = /^[-–—*_=.\s]+$/;
const PLACE_WORD = /^(tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran|va)\s/;

/** Cuts the national motto out of a cell ("ĐẢNG BỘ TỈNH YÊN BÁI ĐẢNG CỘNG SẢN VIỆT NAM" flattened on one line). */
function withoutMotto(cell: Span): { parts: Span[]; system: DocSystem | null } {
  const m = MOTTO.exec(cell.fold);
  if (!m) return { parts: [cell], system: null };
  const system: DocSystem = m[0].startsWith('dang') ? 'party' : 'state';
  const sub = (from: number, to: number): Span => ({ ...cell, start: cell.start + from, end: cell.start + to, text: cell.text.slice(from, to), fold: cell.fold.slice(from, to) });
  const parts = [sub(0, m.index), sub(m.index + m[0].length, cell.text.length)].filter((p) => p.text.trim() !== '');
  return { parts: parts.flatMap((p) => withoutMotto(trimSpan(p)).parts), system };
}

function trimSpan(s: Span): Span {
  const lead = s.text.length - s.text.trimStart().length;
  const text = s.text.trim();
  return { ...s, start: s.start + lead, end: s.start + lead + text.length, text, fold: s.fold.slice(lead, lead + text.length) };
}

/** "Yên Bái, ngày 22 tháng 5 năm 2024" → place and date; null when the cell is not that line. */
function placeDate(cell: Span): { place: string | null; date: DateMatch } | null {
  const m = /(?:^|,\s*)ngay\s+\d/.exec(cell.fold);
  if (!m) return null;
  const at = cell.fold.indexOf('ngay', m.index);
  const date = dateAt(cell.text, at);
  if (!date || date.date.day === null) return null;
  const place = m.index > 0 ? cell.text.slice(0, m.index).trim() : '';
  return { place: place && place.length <= 60 ? place : null, date };
}

/** Issuer lines: a line starting "TỈNH …" or "VÀ …" continues the previous name (ỦY BAN NHÂN DÂN / TỈNH YÊN BÁI). */
function issuerNames(spans: Span[], vocab: Vocabulary): { issuer: string | null; parent: string | null; line: number | null } {
  const names: { text: string; line: number }[] = [];
  for (const s of spans) {
    const prev = names[names.length - 1];
    if (prev && PLACE_WORD.test(s.fold) && !issuerNameAt(s.fold, 0, vocab)) prev.text += ` ${s.text}`;
    else names.push({ text: s.text, line: s.line.no });
  }
  if (names.length === 0) return { issuer: null, parent: null, line: null };
  const last = names.length === 1 ? names[0]! : { text: names.slice(1).map((n) => n.text).join(' '), line: names[1]!.line };
  return { issuer: last.text, parent: names.length > 1 ? names[0]!.text : null, line: last.line };
}

interface State {
  header: Header;
  issuerSpans: Span[];
  subjectOpen: boolean;
  lastSubjectLine: number;
}

/** "Số 1720-CV/ĐUK": takes the symbol; returns whether it did and what follows it on the cell. */
function takeSymbol(st: State, cell: Span, vocab: Vocabulary): { taken: boolean; rest: Span | null } {
  if (st.header.symbol || !/^so\b/.test(cell.fold)) return { taken: false, rest: null };
  const found = findSymbols(cell.text, vocab)[0];
  if (!found || found.index > 12) return { taken: false, rest: null };
  Object.assign(st.header, { symbol: found, symbolLine: cell.line.no });
  const cut = found.index + found.length;
  const rest = trimSpan({ ...cell, start: cell.start + cut, text: cell.text.slice(cut), fold: cell.fold.slice(cut) });
  return { taken: true, rest: rest.text ? rest : null };
}

function addSubject(st: State, cell: Span): void {
  const h = st.header;
  if (h.subject) h.subject = `${h.subject} ${cell.text}`;
  else Object.assign(h, { subject: cell.text, subjectLine: cell.line.no });
  st.subjectOpen = true;
  st.lastSubjectLine = cell.line.no;
}

/** A subject goes on over the next lines: any text under a heading, lower-case text after "V/v". */
function continuesSubject(st: State, cell: Span): boolean {
  if (!st.subjectOpen || cell.line.no - st.lastSubjectLine > 1 || isUpperCase(cell.text)) return false;
  return st.header.subject === null || /^\p{Ll}/u.test(cell.text);
}

function classify(st: State, cell: Span, vocab: Vocabulary): void {
  const h = st.header;
  if (SEPARATOR.test(cell.text)) return;
  const pd = h.date ? null : placeDate(cell);
  if (pd) {
    Object.assign(h, { place: pd.place, date: pd.date, dateLine: cell.line.no });
    st.subjectOpen = false;
    return;
  }
  if (!h.subject && /^(v\s*\/\s*v|ve viec)\b/.test(cell.fold)) return addSubject(st, cell);
  const heading = isUpperCase(cell.text) ? docTypeNameAt(cell.fold, 0, vocab) : null;
  if (heading && heading.end === cell.fold.length && !h.heading) {
    h.heading = heading.value;
    st.subjectOpen = h.subject === null;
    st.lastSubjectLine = cell.line.no;
    return;
  }
  if (continuesSubject(st, cell)) return addSubject(st, cell);
  if (isUpperCase(cell.text) && !h.symbol && !h.heading) st.issuerSpans.push(cell);
}

/** Parses the header lines (those before "Kính gửi" or the first paragraph). */
export function parseHeader(lines: Line[], end: number, vocab: Vocabulary): Header {
  const header: Header = {
    system: null, symbol: null, symbolLine: null, issuer: null, parentIssuer: null, issuerLine: null,
    place: null, date: null, dateLine: null, subject: null, subjectLine: null, heading: null,
  };
  const st: State = { header, issuerSpans: [], subjectOpen: false, lastSubjectLine: 0 };
  for (const line of lines.slice(0, end)) {
    for (const raw of cells(line)) {
      const { parts, system } = withoutMotto(trimSpan(raw));
      header.system ??= system;
      for (const part of parts) {
        const { taken, rest } = takeSymbol(st, part, vocab);
        if (!taken) classify(st, part, vocab);
        else if (rest) classify(st, rest, vocab);
      }
    }
  }
  const names = issuerNames(st.issuerSpans, vocab);
  Object.assign(header, { issuer: names.issuer, parentIssuer: names.parent, issuerLine: names.line });
  return header;
}
