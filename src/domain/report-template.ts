/**
 * The small template language of report texts, a subset of Mustache that a clerk can edit safely:
 * `{{name}}` or `{{a.b}}` prints a value; `{{#list}}…{{/list}}` repeats for each item (or shows once when the
 * value is true or an object, whose fields then resolve first); `{{^flag}}…{{/flag}}` shows when the value is
 * false, empty or missing. A line holding only a section tag disappears with its line break, so blocks can be
 * written one tag per line. No HTML escaping: the output goes into a DOCX run, never into a page. Pure.
 */

export type TemplateValue = string | number | boolean | null | undefined | TemplateContext | readonly TemplateContext[];
export interface TemplateContext { [name: string]: TemplateValue }

type Node =
  | { type: 'text'; text: string }
  | { type: 'var'; name: string; offset: number }
  | { type: 'section'; name: string; inverted: boolean; offset: number; children: Node[] };

/** A placeholder the renderer knows, with what it prints; `children` are the names valid inside its block. */
export interface PlaceholderSpec {
  name: string;
  description: string;
  kind: 'value' | 'list' | 'flag' | 'object';
  children?: readonly PlaceholderSpec[];
}

export interface TemplateProblem {
  /** 'unknown' placeholder, 'unclosed' section, 'unexpected' closing tag, 'mismatch' of open and close names, 'syntax'. */
  kind: 'unknown' | 'unclosed' | 'unexpected' | 'mismatch' | 'syntax';
  name: string;
  line: number;
}

export class TemplateError extends Error {
  constructor(readonly problems: readonly TemplateProblem[]) {
    super(problems.map((p) => `${p.kind} ${p.name} (dòng ${p.line})`).join('; '));
  }
}

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** A line that holds nothing but one section tag: the tag stays, its indentation and line break go. */
const STANDALONE = /^[ \t]*(\{\{\s*[#^/][^{}]*\}\})[ \t]*\r?\n/gm;

const lineAt = (src: string, offset: number) => src.slice(0, offset).split('\n').length;

/** Parses the template; problems (unbalanced sections, bad names, names unknown to `catalog`) are collected, not thrown. */
export function parseTemplate(source: string, catalog?: readonly PlaceholderSpec[]): { nodes: Node[]; problems: TemplateProblem[] } {
  const src = source.replace(STANDALONE, '$1');
  const problems: TemplateProblem[] = [];
  const root: Node[] = [];
  const stack: Extract<Node, { type: 'section' }>[] = [];
  const out = () => (stack.length > 0 ? stack[stack.length - 1]!.children : root);
  let last = 0;
  for (const m of src.matchAll(TAG)) {
    if (m.index > last) out().push({ type: 'text', text: src.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, sigil, name = ''] = m;
    const line = lineAt(src, m.index);
    if (!NAME.test(name)) {
      problems.push({ kind: 'syntax', name: m[0], line });
      continue;
    }
    if (sigil === '/') {
      const open = stack.pop();
      if (!open) problems.push({ kind: 'unexpected', name, line });
      else if (open.name !== name) problems.push({ kind: 'mismatch', name: `${open.name}/${name}`, line });
      continue;
    }
    if (sigil === '') {
      out().push({ type: 'var', name, offset: m.index });
      continue;
    }
    const section: Extract<Node, { type: 'section' }> = { type: 'section', name, inverted: sigil === '^', offset: m.index, children: [] };
    out().push(section);
    stack.push(section);
  }
  if (last < src.length) out().push({ type: 'text', text: src.slice(last) });
  for (const open of stack) problems.push({ kind: 'unclosed', name: open.name, line: lineAt(src, open.offset) });
  return { nodes: root, problems: catalog ? [...problems, ...unknownNames(root, src, catalog)] : problems };
}

/** Every name the template uses, checked against the catalog of the blocks it sits in (innermost first). */
function unknownNames(nodes: readonly Node[], src: string, catalog: readonly PlaceholderSpec[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const walk = (list: readonly Node[], scopes: readonly (readonly PlaceholderSpec[])[]) => {
    for (const n of list) {
      if (n.type === 'text') continue;
      const spec = resolveSpec(n.name, scopes);
      if (!spec) problems.push({ kind: 'unknown', name: n.name, line: lineAt(src, n.offset) });
      if (n.type === 'section') walk(n.children, spec?.children ? [spec.children, ...scopes] : scopes);
    }
  };
  walk(nodes, [catalog]);
  return problems;
}

function resolveSpec(name: string, scopes: readonly (readonly PlaceholderSpec[])[]): PlaceholderSpec | undefined {
  const [head, ...rest] = name.split('.');
  for (const scope of scopes) {
    let spec = scope.find((s) => s.name === head);
    for (const part of rest) spec = spec?.children?.find((s) => s.name === part);
    if (spec) return spec;
  }
  return undefined;
}

/** The problems of a template against a catalog of placeholders: empty when it can be saved. */
export function checkTemplate(source: string, catalog: readonly PlaceholderSpec[]): TemplateProblem[] {
  return parseTemplate(source, catalog).problems;
}

function lookup(name: string, stack: readonly TemplateContext[]): TemplateValue {
  const [head, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const ctx = stack[i]!;
    if (!Object.hasOwn(ctx, head!)) continue;
    let v: TemplateValue = ctx[head!];
    for (const part of rest) v = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as TemplateContext)[part] : undefined;
    return v;
  }
  return undefined;
}

const truthy = (v: TemplateValue) => (Array.isArray(v) ? v.length > 0 : v !== false && v !== null && v !== undefined && v !== '' && v !== 0);

function renderNodes(nodes: readonly Node[], stack: TemplateContext[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.text;
    else if (n.type === 'var') {
      const v = lookup(n.name, stack);
      out += v === null || v === undefined || typeof v === 'object' ? '' : String(v);
    } else {
      const v = lookup(n.name, stack);
      if (n.inverted) {
        if (!truthy(v)) out += renderNodes(n.children, stack);
      } else if (Array.isArray(v)) {
        for (const item of v) out += renderNodes(n.children, [...stack, item]);
      } else if (truthy(v)) {
        out += renderNodes(n.children, typeof v === 'object' && v !== null ? [...stack, v as TemplateContext] : stack);
      }
    }
  }
  return out;
}

/** Renders the template over the context; throws TemplateError on a malformed template (unknown names print nothing). */
export function renderTemplate(source: string, context: TemplateContext): string {
  const { nodes, problems } = parseTemplate(source);
  if (problems.length > 0) throw new TemplateError(problems);
  return renderNodes(nodes, [context]);
}

/**
 * Every placeholder of a catalog as it is written in a template, with its description: the editor's cheat sheet.
 * Names valid only inside a list's block say so ("trong {{#yeuCau}}").
 */
export function placeholderList(catalog: readonly PlaceholderSpec[], prefix = '', within = ''): { placeholder: string; description: string }[] {
  return catalog.flatMap((s) => {
    const name = `${prefix}${s.name}`;
    const description = within ? `${s.description} (trong {{#${within}}})` : s.description;
    const self = s.kind === 'list' || s.kind === 'flag'
      ? { placeholder: `{{#${name}}}…{{/${name}}}`, description }
      : { placeholder: `{{${name}}}`, description };
    if (!s.children) return [self];
    const inner = s.kind === 'list' ? placeholderList(s.children, '', name) : placeholderList(s.children, `${name}.`, within);
    return [self, ...inner];
  });
}
