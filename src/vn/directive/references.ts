/**
 * Every document the letter cites, one entry per symbol with each citation kept as a mention
 * (a symbol cited twice with two dates is a finding, not a reason to drop one).
 */
import { docTypeByAbbr } from '../issuers';
import { findSymbols, issuerCodeOf, type SymbolMatch } from '../symbols';
import type { Vocabulary } from '../vocabulary';
import { citationContext } from './citation';
import type { Line } from './document';
import type { Mention, Reference } from './types';

interface Found {
  match: SymbolMatch;
  mention: Mention;
  /** Abbreviation of the type named before the symbol, for laws whose symbol has none. */
  citedType: string | null;
}

function mentionOf(line: Line, match: SymbolMatch, vocab: Vocabulary): Found {
  const ctx = citationContext(line, match, vocab);
  const mention: Mention = {
    line: line.no,
    raw: match.raw,
    date: ctx.date?.iso ?? null,
    invalidDate: ctx.date && !ctx.date.valid ? ctx.date.raw : null,
    issuer: ctx.issuer,
    namedIssuerCodes: ctx.namedIssuerCodes,
    citedTypeName: ctx.citedType?.name ?? null,
    title: ctx.title,
  };
  return { match, mention, citedType: ctx.citedType?.abbr ?? null };
}

/**
 * The date to keep when citations disagree: one that can be right (not after the letter itself),
 * else the first. The disagreement is reported by the lint either way.
 */
function bestDate(mentions: Mention[], issuedOn: string | null): string | null {
  const dates = mentions.map((m) => m.date).filter((d): d is string => d !== null);
  return dates.find((d) => !issuedOn || d <= issuedOn) ?? dates[0] ?? null;
}

function toReference(found: Found[], issuedOn: string | null, vocab: Vocabulary): Reference {
  const { match } = found[0]!;
  const s = match.symbol;
  const mentions = found.map((f) => f.mention);
  const system = s.form === 'party' ? 'party' : 'state';
  const type = s.type ?? found.map((f) => f.citedType).find((t) => t) ?? null;
  const typeName = (type ? docTypeByAbbr(type, system, vocab)?.name : undefined) ?? mentions.map((m) => m.citedTypeName).find((t) => t) ?? null;
  return {
    symbol: match.canonical,
    type,
    number: s.number,
    issuerCode: issuerCodeOf(s),
    issuer: mentions.map((m) => m.issuer).find((i) => i) ?? null,
    date: bestDate(mentions, issuedOn),
    title: mentions.map((m) => m.title).find((t) => t) ?? null,
    typeName,
    year: s.year,
    form: s.form,
    issuerCodes: s.issuers,
    line: mentions[0]!.line,
    mentions,
  };
}

/** References cited in `lines` (body and subject), in order of first citation. */
export function parseReferences(lines: Line[], issuedOn: string | null, vocab: Vocabulary, own: string | null): Reference[] {
  const bySymbol = new Map<string, Found[]>();
  for (const line of lines) {
    for (const match of findSymbols(line.text, vocab)) {
      if (match.canonical === own) continue;
      const list = bySymbol.get(match.canonical) ?? [];
      list.push(mentionOf(line, match, vocab));
      bySymbol.set(match.canonical, list);
    }
  }
  return [...bySymbol.values()].map((found) => toReference(found, issuedOn, vocab));
}
