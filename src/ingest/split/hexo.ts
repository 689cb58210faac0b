// Hexo posts: a YAML front matter block between "---" lines, then the body (HTML in Sina's posts, or Markdown).
// Front matter that is never closed or not valid YAML costs a warning; the body is kept either way.
// YAML is read with js-yaml: the core schema, a repeated key keeping its last value (json mode), and local tags
// (!foo) read as their plain value; it parses a post's front matter several times faster than the yaml package.
import { CORE_SCHEMA, load as loadYaml, Type, type YAMLException } from 'js-yaml';
import type { SourceRef } from '../../core/contract';
import type { RawItem } from '../types';
import { readPlainFrontMatter } from './plainFrontMatter';
import { looksLikeHtml, type SplitResult } from './types';

const OPENING = /^\s*---[ \t]*\n/;

/** A local tag (!foo) says nothing the fields need: its node is read as if untagged. */
const LOCAL_TAGS = (['scalar', 'sequence', 'mapping'] as const).map(
  (kind) => new Type('!', { kind, multi: true, construct: (data: unknown) => data }),
);
const FRONT_MATTER_SCHEMA = CORE_SCHEMA.extend(LOCAL_TAGS);

export function hasFrontMatter(text: string): boolean {
  return OPENING.test(text);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  if (typeof v === 'number') return String(v);
  return undefined;
}

/**
 * The fields of a YAML block; null when it is not a mapping. Throws on invalid YAML. The common plain shape is read
 * without js-yaml (plainFrontMatter.ts gives what js-yaml would, or declines).
 */
function readFields(yamlText: string): RawItem['fields'] | null {
  const data: unknown = readPlainFrontMatter(yamlText) ?? loadYaml(yamlText, { schema: FRONT_MATTER_SCHEMA, json: true });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) return null;
  const fm = data as Record<string, unknown>;
  return {
    title: str(fm.title),
    date: str(fm.date) ?? str(fm.published) ?? str(fm.updated),
    url: str(fm.url) ?? str(fm.link) ?? str(fm.permalink) ?? str(fm.source_url),
    outlet: str(fm.source) ?? str(fm.author),
  };
}

function readFieldsOrNull(yamlText: string): RawItem['fields'] | null {
  try {
    return readFields(yamlText);
  } catch {
    return null;
  }
}

export function splitHexo(text: string, source: SourceRef): SplitResult {
  const open = OPENING.exec(text)!;
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  const warnings: SplitResult['warnings'] = [];
  let fields: RawItem['fields'] = {};
  let body: string;
  if (!close) {
    // Never closed: the leading "key: value" lines up to the first blank line are still read as fields.
    const blank = /\n[ \t]*\n/.exec(rest);
    const head = blank ? rest.slice(0, blank.index) : '';
    const looksLikeFields = /^[\w-]+[ \t]*:/.test(head) && head.split('\n').every((l) => /^([\w-]+[ \t]*:|[ \t]+-|[ \t]+\S)/.test(l));
    const headFields = looksLikeFields ? readFieldsOrNull(head) : null;
    fields = headFields ?? {};
    body = headFields && blank ? rest.slice(blank.index + blank[0].length) : rest;
    warnings.push({
      source,
      code: 'front-matter-unclosed',
      message: headFields ? 'The front matter block (---) is never closed; its fields were read up to the first blank line.' : 'The front matter block (---) is never closed; the whole file was read as the body.',
    });
  } else {
    body = rest.slice(close.index + close[0].length);
    try {
      const parsed = readFields(rest.slice(0, close.index));
      if (parsed) fields = parsed;
      else warnings.push({ source, code: 'front-matter-invalid', message: 'The front matter is not a list of fields; it was ignored.' });
    } catch (e) {
      // The block's lines are counted from 0; the file's first line is the opening ---.
      const line = (e as Partial<YAMLException>).mark?.line;
      warnings.push({
        source,
        code: 'front-matter-invalid',
        message: 'The front matter is not valid YAML; it was ignored and the body kept.',
        position: line !== undefined ? { line: line + 2 } : undefined,
      });
    }
  }
  const item: RawItem = { source, format: 'hexo', body, bodyIsHtml: looksLikeHtml(body), fields };
  return { items: [item], rejects: [], warnings };
}
