import { parseDocument } from 'yaml';
import { stripBom, trimBody } from './body.js';
import { describeType, problem } from './problems.js';
import { addDraft } from './to-draft.js';
import { emptyInput, type ParseOptions, type ParsedInput } from './types.js';

const FENCE = /^---[ \t]*\r?$/u;

interface Frontmatter {
  /** The YAML between the fences, or undefined when the file has no frontmatter. */
  yaml?: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

function splitFrontmatter(content: string): Frontmatter | 'unclosed' {
  const lines = content.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { body: content, bodyLine: 1 };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) return 'unclosed';
  // A Windows editor ends lines with "\r\n"; YAML keeps a "\r" before "\n" in plain values, so it goes.
  const yaml = lines.slice(1, close).map((line) => line.replace(/\r$/u, '')).join('\n');
  return { yaml, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/**
 * The key a top-level `key: value` line sets: what comes before its first colon, without
 * trailing whitespace, when the line starts with neither whitespace, "#" nor ":". Found with
 * plain scans, since a regular expression could backtrack over a long run of spaces.
 */
function keyOf(line: string): string | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || /^[\s#]/u.test(line)) return undefined;
  const key = line.slice(0, colon).trimEnd();
  return key === '' ? undefined : key;
}

/** The file line of each top-level frontmatter key, so a bad field points at its own line. */
function keyLines(yaml: string): Map<string, number> {
  const lines = new Map<string, number>();
  yaml.split('\n').forEach((line, i) => {
    const key = keyOf(line);
    // +2: the opening fence is line 1.
    if (key !== undefined && !lines.has(key)) lines.set(key.replace(/^["']|["']$/gu, ''), i + 2);
  });
  return lines;
}

/** The first line of a YAML error, without the "at line N, column M" the problem already carries. */
function yamlReason(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/u, '');
}

/** A `.md` file: YAML frontmatter holds the draft's context fields, and the body is its text. */
export function parseMarkdown(content: string, options: ParseOptions = {}): ParsedInput {
  const output = emptyInput();
  const split = splitFrontmatter(stripBom(content));
  if (split === 'unclosed') {
    output.problems.push(problem('unclosedFrontmatter', { line: 1 }));
    return output;
  }
  let fields: Record<string, unknown> = {};
  if (split.yaml !== undefined) {
    const doc = parseDocument(split.yaml, { prettyErrors: true });
    const [error] = doc.errors;
    if (error) {
      // +1 for the opening fence: YAML counts lines from the first line inside it.
      const line = (error.linePos?.[0].line ?? 1) + 1;
      output.problems.push(problem('invalidFrontmatter', { line }, { reason: yamlReason(error.message) }));
      return output;
    }
    let value: unknown;
    try {
      // Throws on an alias bomb (aliases expanding past yaml's limit), so one file cannot stall a run.
      value = doc.toJS();
    } catch (error) {
      output.problems.push(problem('invalidFrontmatter', { line: 2 }, { reason: yamlReason(error instanceof Error ? error.message : String(error)) }));
      return output;
    }
    if (value !== null && value !== undefined) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        output.problems.push(problem('frontmatterNotMapping', { line: 2 }, { found: describeType(value) }));
        return output;
      }
      fields = value as Record<string, unknown>;
    }
  }
  const lines = keyLines(split.yaml ?? '');
  if ('text' in fields) {
    output.problems.push(problem('textInFrontmatter', { line: lines.get('text') ?? 2, field: 'text' }));
    return output;
  }
  const { text, line } = trimBody(split.body, split.bodyLine);
  addDraft(output, { ...fields, text }, { index: 0, line }, options.defaults);
  for (const found of output.problems) {
    const keyLine = lines.get(found.field?.split('.')[0] ?? '');
    if (keyLine !== undefined) found.line = keyLine;
  }
  return output;
}
