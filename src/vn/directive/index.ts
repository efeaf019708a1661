/**
 * Parses an official letter (Party or State) into the structure of DESIGN.md §4.
 * Pure: the text in, the JSON out; never throws on any input.
 */
import { docTypeByAbbr, issuerNameAt } from '../issuers';
import { issuerCodeOf } from '../symbols';
import { normalizeText } from '../text';
import { defaultVocabulary, foldName, type Vocabulary } from '../vocabulary';
import { parseContacts } from './contacts';
import { type Line, toLines } from './document';
import { parseFooter } from './footer';
import { type Header, parseHeader } from './header';
import { layoutOf } from './layout';
import { parseReferences } from './references';
import { parseSections } from './sections';
import { parseStats } from './stats';
import { parseTasks } from './tasks';
import type { Directive } from './types';

export type * from './types';

export interface ParseOptions {
  /** Document types and issuers to use instead of the default vocabulary. */
  vocabulary?: Vocabulary;
}

/** A parsed letter together with the lines it was read from (what the lint needs). */
export interface ParsedLetter {
  directive: Directive;
  /** The normalised text (`normalizeText`), which `lines` split. */
  text: string;
  lines: Line[];
  vocabulary: Vocabulary;
}

/**
 * The parsed letter behind a directive, kept on it under a symbol key (not enumerable, so never in
 * its JSON), so that `lintDirective(directive)` can use the lines without parsing again.
 */
const SOURCE = Symbol('danvan.vn.source');

export function parsedLetterOf(directive: Directive): ParsedLetter | undefined {
  return (directive as { [SOURCE]?: ParsedLetter })[SOURCE];
}

function letterType(header: Header, vocab: Vocabulary): Pick<Directive, 'system' | 'type' | 'typeName' | 'issuerCode'> {
  const sym = header.symbol?.symbol;
  const system = header.system ?? (sym ? (sym.form === 'party' ? 'party' : 'state') : null);
  const type = sym?.type ?? header.heading?.abbr ?? null;
  const typeName = (type ? docTypeByAbbr(type, system ?? undefined, vocab)?.name : undefined) ?? header.heading?.name ?? null;
  const named = header.issuer ? issuerNameAt(foldName(header.issuer), 0, vocab)?.value.code : undefined;
  return { system, type, typeName, issuerCode: sym ? issuerCodeOf(sym) : (named ?? null) };
}

/** Parses a letter and keeps the lines it came from. */
export function parseLetter(text: string, options: ParseOptions = {}): ParsedLetter {
  const vocab = options.vocabulary ?? defaultVocabulary();
  const normalized = normalizeText(text);
  const lines = toLines(normalized);
  const layout = layoutOf(lines);
  const header = parseHeader(lines, layout.headerEnd, vocab);
  const body = lines.slice(layout.bodyStart, layout.bodyEnd);
  const sections = parseSections(body);
  const issuedOn = header.date?.iso ?? null;
  const subjectLine = header.subjectLine ? [lines[header.subjectLine - 1]!] : [];
  const footer = parseFooter(lines, layout.bodyEnd);
  const kind = letterType(header, vocab);
  // Built in the order of DESIGN.md §4, then the added fields: stable, readable JSON.
  const directive: Directive = {
    symbol: header.symbol?.canonical ?? null,
    number: header.symbol?.symbol.number ?? null,
    type: kind.type,
    typeName: kind.typeName,
    issuer: header.issuer,
    issuerCode: kind.issuerCode,
    parentIssuer: header.parentIssuer,
    place: header.place,
    issuedOn,
    subject: header.subject,
    recipients: layout.recipients,
    sections,
    references: parseReferences([...subjectLine, ...body], issuedOn, vocab, header.symbol?.canonical ?? null),
    tasks: parseTasks(body, sections),
    stats: parseStats(body),
    contacts: parseContacts(body),
    system: kind.system,
    signer: footer.signer,
    copyTo: footer.copyTo,
    lines: {
      symbol: header.symbolLine,
      issuedOn: header.dateLine,
      subject: header.subjectLine,
      issuer: header.issuerLine,
      body: body.length ? [body[0]!.no, body[body.length - 1]!.no] : null,
    },
  };
  const parsed = { directive, text: normalized, lines, vocabulary: vocab };
  Object.defineProperty(parsed.directive, SOURCE, { value: parsed });
  return parsed;
}

/** Parses a letter's text into the JSON of `danvan parse --json`. */
export function parseDirective(text: string, options: ParseOptions = {}): Directive {
  return parseLetter(text, options).directive;
}
