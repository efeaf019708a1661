/**
 * Checks on cited documents: dates that disagree or lie in the future, issuers that do not match
 * the symbol or do not exist, types and years that contradict the symbol, and badly spaced symbols.
 */
import { formatDate } from '../dates';
import { docTypeByAbbr, issuerByCode } from '../issuers';
import type { Mention, Reference } from '../directive/types';
import { type Finding, finding, type LintContext, type Rule } from './types';

const q = (s: string): string => `“${s}”`;

export const symbolFormat: Rule = ({ directive }) =>
  directive.references.flatMap((ref) =>
    ref.mentions
      .filter((m) => /\s/.test(m.raw))
      .map((m) => finding('SYMBOL_FORMAT', `Số ký hiệu ${q(m.raw)} có khoảng trắng thừa; viết liền: ${q(ref.symbol)}.`, m.line, { symbol: ref.symbol, text: m.raw })),
  );

export const dateConflict: Rule = ({ directive }) =>
  directive.references.flatMap((ref) => {
    const dated = ref.mentions.filter((m): m is Mention & { date: string } => m.date !== null);
    const odd = dated.find((m) => m.date !== ref.date);
    if (!odd || !ref.date) return [];
    const kept = dated.find((m) => m.date === ref.date)!;
    const message = `${q(ref.symbol)} được dẫn với hai ngày khác nhau: ${formatDate(odd.date)} (dòng ${odd.line}) và ${formatDate(kept.date)} (dòng ${kept.line}).`;
    return [finding('REF_DATE_CONFLICT', message, odd.line, { symbol: ref.symbol, date: odd.date })];
  });

export const dateFuture: Rule = ({ directive, today }) => {
  if (!today) return [];
  const seen = new Set<string>();
  return directive.references.flatMap((ref) =>
    ref.mentions.flatMap((m) => {
      if (!m.date || m.date <= today || seen.has(`${ref.symbol}|${m.date}`)) return [];
      seen.add(`${ref.symbol}|${m.date}`);
      const message = `${q(ref.symbol)} mang ngày ${formatDate(m.date)}, sau ngày ban hành của văn bản này (${formatDate(today)}).`;
      return [finding('REF_DATE_FUTURE', message, m.line, { symbol: ref.symbol, date: m.date })];
    }),
  );
};

/**
 * The named issuer agrees with a code when it is that issuer, or one of its boards: a letter may say
 * "Công văn 12-CV/ĐUK của Ban Tuyên giáo Đảng ủy Khối" for the board that drafted it.
 */
function agrees(named: string, code: string): boolean {
  return named === code || (named.length > code.length && named.endsWith(code));
}

function mismatch(ref: Reference, m: Mention, codes: string[], ctx: LintContext): Finding | null {
  const known = codes.map((c) => issuerByCode(c, ctx.vocab)?.code ?? c);
  if (m.namedIssuerCodes.length === 0 || known.some((c) => m.namedIssuerCodes.some((n) => agrees(n, c)))) return null;
  const named = m.namedIssuerCodes.map((c) => q(c)).join(', ');
  const message = `${q(ref.symbol)} có mã cơ quan ${q(codes.join('-'))} nhưng được ghi là của ${q(m.issuer ?? '')} (mã ${named}).`;
  return finding('REF_ISSUER_MISMATCH', message, m.line, { symbol: ref.symbol, text: m.issuer ?? undefined });
}

export const issuerChecks: Rule = (ctx) =>
  ctx.directive.references.flatMap((ref) => {
    const codes = ref.issuerCodes ?? [ref.issuerCode];
    const unknown = codes.filter((c) => !issuerByCode(c, ctx.vocab));
    if (unknown.length === 0) return ref.mentions.map((m) => mismatch(ref, m, codes, ctx)).filter((f): f is Finding => f !== null);
    const hint = ref.mentions.find((m) => m.namedIssuerCodes.length > 0);
    const guess = hint ? ` Có lẽ là ${q(hint.namedIssuerCodes[0]!)} (${hint.issuer}).` : '';
    const message = `Không có cơ quan ban hành mã ${q(unknown.join('-'))} trong ${q(ref.symbol)}.${guess}`;
    // The State's list of issuers is open (every Sở, every UBND unit): only a warning there.
    const severity = (ref.form ?? 'party') === 'party' ? 'error' : 'warning';
    return [{ ...finding('REF_UNKNOWN_ISSUER', message, ref.line, { symbol: ref.symbol, text: unknown.join('-') }), severity }];
  });

export const typeChecks: Rule = (ctx) =>
  ctx.directive.references.flatMap((ref) => {
    if (!ref.type) return [];
    const known = docTypeByAbbr(ref.type, undefined, ctx.vocab);
    if (!known) return [finding('REF_UNKNOWN_TYPE', `Loại văn bản ${q(ref.type)} trong ${q(ref.symbol)} không có trong danh mục.`, ref.line, { symbol: ref.symbol, text: ref.type })];
    const typeName = ref.typeName?.toLowerCase();
    const wrong = ref.mentions.find((m) => m.citedTypeName && typeName && m.citedTypeName.toLowerCase() !== typeName);
    if (!wrong) return [];
    const message = `${q(ref.symbol)} là ${ref.typeName?.toLowerCase()} (${ref.type}) nhưng được gọi là ${q(wrong.citedTypeName!)}.`;
    return [finding('REF_TYPE_MISMATCH', message, wrong.line, { symbol: ref.symbol, text: wrong.citedTypeName! })];
  });

export const yearCheck: Rule = ({ directive }) =>
  directive.references.flatMap((ref) => {
    const m = ref.year === null ? undefined : ref.mentions.find((x) => x.date && Number(x.date.slice(0, 4)) !== ref.year);
    if (!m?.date) return [];
    const message = `${q(ref.symbol)} mang năm ${ref.year} trong số ký hiệu nhưng ngày ban hành là ${formatDate(m.date)}.`;
    return [finding('REF_YEAR_MISMATCH', message, m.line, { symbol: ref.symbol, date: m.date })];
  });

export const referenceRules: Rule[] = [symbolFormat, dateConflict, dateFuture, issuerChecks, typeChecks, yearCheck];
