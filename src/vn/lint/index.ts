/**
 * Lints a letter: every rule runs on the parsed letter (and its lines when known); findings come
 * back sorted by line. A letter's own date is the reference for "future".
 */
import { parsedLetterOf, parseLetter, type ParseOptions } from '../directive';
import type { Line } from '../directive/document';
import type { Directive } from '../directive/types';
import { defaultVocabulary } from '../vocabulary';
import { deadlineRules } from './deadlines';
import { headerRules } from './header';
import { numberRules } from './numbers';
import { referenceRules } from './references';
import { textRules } from './text';
import { type Finding, LINT_CODES, type LintContext, type Rule } from './types';

export * from './types';

export interface LintOptions extends ParseOptions {
  /** Date to measure "future" from when the letter has none of its own (yyyy-mm-dd). */
  referenceDate?: string;
}

/** Every rule, in the order findings are reported for the same line. */
export const RULES: Rule[] = [...headerRules, ...referenceRules, ...deadlineRules, ...numberRules, ...textRules];
const ORDER = Object.keys(LINT_CODES);

function byPosition(a: Finding, b: Finding): number {
  return (a.line ?? 0) - (b.line ?? 0) || ORDER.indexOf(a.code) - ORDER.indexOf(b.code);
}

/** Runs every rule; a rule that fails on odd input is skipped rather than failing the whole lint. */
export function runRules(directive: Directive, lines: Line[] | null, options: LintOptions = {}): Finding[] {
  const ctx: LintContext = {
    directive,
    lines,
    vocab: options.vocabulary ?? defaultVocabulary(),
    today: directive.issuedOn ?? options.referenceDate ?? null,
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      findings.push(...rule(ctx));
    } catch {
      // A rule bug must not hide the other findings; the property tests keep rules from throwing.
    }
  }
  return findings.sort(byPosition);
}

/**
 * Findings for a letter given as text, or as a directive (from `parseDirective`, or JSON read back:
 * then only the checks that need no text run).
 */
export function lintDirective(input: string | Directive, options: LintOptions = {}): Finding[] {
  if (typeof input === 'string') {
    const parsed = parseLetter(input, options);
    return runRules(parsed.directive, parsed.lines, { ...options, vocabulary: parsed.vocabulary });
  }
  const parsed = parsedLetterOf(input);
  return runRules(input, parsed?.lines ?? null, { vocabulary: parsed?.vocabulary, ...options });
}
