import { Tag } from 'antd';
import { memo, type ReactNode } from 'react';
import type { TFinding, TSeverity } from '../../modules/documents/documents.schemas';
import { lineId, SEVERITY_COLOR, SEVERITY_ORDER, SEVERITY_TEXT, worst } from './documents.labels';

interface Props {
  text: string;
  findings: TFinding[];
}

/** Where in the line a finding points: its text as written, else its symbol (too short a text would match elsewhere). */
function spanOf(line: string, f: TFinding): [number, number] | null {
  for (const needle of [f.text, f.symbol]) {
    if (!needle || needle.length < 3) continue;
    const at = line.indexOf(needle);
    if (at >= 0) return [at, at + needle.length];
  }
  return null;
}

/** The line with the words its findings are about marked, most serious first where they overlap. */
function marked(line: string, notes: TFinding[]): ReactNode {
  const spans: [number, number, TSeverity][] = [];
  const bySeverity = [...notes].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  for (const f of bySeverity) {
    const s = spanOf(line, f);
    if (s && !spans.some(([a, b]) => s[0] < b && a < s[1])) spans.push([...s, f.severity]);
  }
  if (spans.length === 0) return line;
  spans.sort((a, b) => a[0] - b[0]);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [from, to, severity] of spans) {
    parts.push(line.slice(at, from), <mark key={from} className={`dv-mark-${severity}`}>{line.slice(from, to)}</mark>);
    at = to;
  }
  parts.push(line.slice(at));
  return parts;
}

/**
 * The normalised text line by line with its numbers (the numbers every finding refers to); a line
 * with findings is coloured by its most serious one, its messages right below it.
 */
export const AnnotatedText = memo(function AnnotatedText({ text, findings }: Props) {
  const byLine = new Map<number, TFinding[]>();
  for (const f of findings) if (f.line !== null) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const lines = text.split('\n');
  return (
    <div className="dv-doc" role="region" aria-label="Nội dung văn bản" tabIndex={0}>
      {lines.map((content, i) => {
        const no = i + 1;
        const notes = byLine.get(no);
        const severity = notes ? worst(notes) : null;
        return (
          <div key={no} id={lineId(no)} tabIndex={-1} data-severity={severity ?? undefined} className={`dv-doc-line${severity ? ` dv-sev-${severity}` : ''}`}>
            <span className="dv-doc-no" aria-hidden>{no}</span>
            <div className="dv-doc-body">
              <div className="dv-doc-text">{notes ? marked(content, notes) : content}</div>
              {notes && (
                <ul className="dv-doc-notes" aria-label={`Lỗi ở dòng ${no}`}>
                  {notes.map((f, k) => (
                    <li key={k}>
                      <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_TEXT[f.severity]}</Tag>
                      {f.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
});
