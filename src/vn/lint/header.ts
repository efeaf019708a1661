/**
 * Checks on the letter's own header and outline: the issuer named at the top against the code in
 * its symbol, missing parts, a badly spaced own symbol, section numbers that jump.
 */
import { issuerByCode, issuerCodesForName } from '../issuers';
import { findSymbols, parseSymbol } from '../symbols';
import { foldName } from '../vocabulary';
import { finding, type Rule } from './types';

export const headerIssuer: Rule = ({ directive, vocab }) => {
  const parsed = directive.symbol ? parseSymbol(directive.symbol, vocab) : null;
  if (!parsed || !directive.issuer) return [];
  const named = issuerCodesForName(foldName(directive.issuer), vocab);
  const codes = parsed.issuers.map((c) => issuerByCode(c, vocab)?.code ?? c);
  if (named.length === 0 || codes.some((c) => named.includes(c))) return [];
  const message = `Cơ quan ban hành “${directive.issuer}” (mã ${named.join(', ')}) không khớp mã “${codes.join('-')}” trong số ký hiệu “${directive.symbol}”.`;
  return [finding('HEADER_ISSUER_MISMATCH', message, directive.lines.issuer, { symbol: directive.symbol!, text: directive.issuer })];
};

export const headerMissing: Rule = ({ directive }) => {
  const missing: string[] = [];
  if (!directive.issuer) missing.push('tên cơ quan ban hành');
  if (!directive.symbol) missing.push('số, ký hiệu');
  if (!directive.issuedOn) missing.push('địa danh và ngày ban hành');
  if (!directive.subject) missing.push(directive.type === 'CV' ? 'trích yếu “V/v …”' : 'trích yếu');
  if (missing.length === 0) return [];
  return [finding('HEADER_MISSING', `Văn bản thiếu ${missing.join(', ')}.`, null, { text: missing.join(', ') })];
};

export const ownSymbolFormat: Rule = ({ directive, lines, vocab }) => {
  const no = directive.lines.symbol;
  const line = no && lines ? lines[no - 1] : undefined;
  const own = line ? findSymbols(line.text, vocab).find((m) => m.canonical === directive.symbol) : undefined;
  if (!own?.spaced) return [];
  return [finding('SYMBOL_FORMAT', `Số ký hiệu “${own.raw}” có khoảng trắng thừa; viết liền: “${own.canonical}”.`, no, { symbol: own.canonical, text: own.raw })];
};

export const sectionNumbers: Rule = ({ directive }) =>
  directive.sections.flatMap((s, i) => {
    const expected = i === 0 ? 1 : directive.sections[i - 1]!.number + 1;
    if (s.number === expected) return [];
    return [finding('SECTION_NUMBERING', `Mục “${s.label}.” đứng sau ${i === 0 ? 'phần mở đầu' : `mục ${directive.sections[i - 1]!.label}`}; lẽ ra là mục ${expected}.`, s.line, { text: s.label })];
  });

export const headerRules: Rule[] = [headerIssuer, headerMissing, ownSymbolFormat, sectionNumbers];
