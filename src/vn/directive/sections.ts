/**
 * Numbered sections of the body ("1. Về việc …", "II. NHIỆM VỤ"). The first numbering style met is
 * the top level; a number that restarts lower (a list inside a section) is not a new section.
 */
import { type Line, trimTrailing } from './document';
import type { Section } from './types';

const HEADING = /^(\d{1,2}|[IVXL]{1,5})\.\s+(\S.*)$/u;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "XIV" → 14; NaN when the letters are not a well-formed numeral. */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!] ?? NaN;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

interface Candidate {
  label: string;
  number: number;
  roman: boolean;
  title: string;
  line: number;
}

function candidate(line: Line): Candidate | null {
  const m = HEADING.exec(line.text);
  if (!m) return null;
  const roman = !/^\d/.test(m[1]!);
  const number = roman ? romanToNumber(m[1]!) : Number(m[1]);
  if (!Number.isFinite(number) || number < 1) return null;
  return { label: m[1]!, number, roman, title: trimTrailing(m[2]!, ' \t.:;'), line: line.no };
}

/** Top-level sections of the body, in order. A jump (1, 2, 4) is kept for the lint to report. */
export function parseSections(body: Line[]): Section[] {
  const out: Section[] = [];
  let style: boolean | null = null;
  for (const line of body) {
    const c = candidate(line);
    if (!c || (style !== null && c.roman !== style)) continue;
    const last = out[out.length - 1];
    if (last && c.number <= last.number) continue;
    if (!last && c.number > 3) continue;
    style = c.roman;
    out.push({ number: c.number, title: c.title, label: c.label, line: c.line });
  }
  return out;
}

/** Number of the section a line belongs to, or null before the first section. */
export function sectionOf(sections: Section[], lineNo: number): number | null {
  let found: number | null = null;
  for (const s of sections) if (s.line <= lineNo) found = s.number;
  return found;
}
