/**
 * The single entry point: a letter's text or file bytes in, its normalised text, the encoding it
 * was read as, the parsed directive and the lint findings out.
 */
import { parseLetter } from './directive';
import type { Directive } from './directive/types';
import { decodeText, type EncodingName, repairMojibake } from './legacy-encoding';
import { type Finding, type LintOptions, runRules } from './lint';

export interface AnalyzeOptions extends LintOptions {
  /** Repair text that arrived already mis-decoded (".VnTime" DOCX, UTF-8 read as Windows-1252). Default true. */
  repairLegacy?: boolean;
}

export interface EncodingInfo {
  name: EncodingName;
  bom: boolean;
  /** True when a Unicode string was recognised as mis-decoded legacy text and converted. */
  repaired: boolean;
}

export interface Analysis {
  /** The normalised text the line numbers refer to (NFC, clean spaces, lines kept). */
  text: string;
  /** Present for bytes, and for a string that had to be repaired. */
  encoding?: EncodingInfo;
  directive: Directive;
  findings: Finding[];
}

export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Analysis {
  let text: string;
  let encoding: EncodingInfo | undefined;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input);
    text = decoded.text;
    encoding = { name: decoded.encoding, bom: decoded.bom, repaired: false };
  }
  const repaired = options.repairLegacy === false ? null : repairMojibake(text);
  if (repaired) {
    text = repaired.text;
    encoding = { name: repaired.encoding, bom: false, repaired: true };
  }
  const parsed = parseLetter(text, options);
  const findings = runRules(parsed.directive, parsed.lines, { ...options, vocabulary: parsed.vocabulary });
  return { text: parsed.text, ...(encoding ? { encoding } : {}), directive: parsed.directive, findings };
}
