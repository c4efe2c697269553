import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { describeIssue } from './describe-issue.js';
import { Exercise } from './exercise.js';
import type { FileIssue } from './file-issue.js';

/** Finds the line of a frontmatter field, such as `['goals', 'avoid', 0]`. */
export type LocateField = (path: readonly PropertyKey[]) => number;

export type ParsedExercise =
  | { exercise: Exercise; issues: []; locate: LocateField }
  | { exercise?: undefined; issues: FileIssue[]; locate: LocateField };

const firstLine: LocateField = () => 1;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

function nodeAt(document: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = document.contents;
  let found: Node | undefined = node as Node | undefined;
  for (const key of path) {
    if (isMap(node) || isSeq(node)) {
      node = node.get(typeof key === 'number' ? key : String(key), true);
      if (node) found = node as Node;
      else break;
    } else break;
  }
  return found;
}

/**
 * Reads an exercise file: YAML frontmatter for the data, the Markdown body for the scenario.
 * Never throws; every problem comes back with its line and field.
 */
export function parseExercise(source: string, file: string): ParsedExercise {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      issues: [{ file, line: 1, field: '(frontmatter)', message: 'the file must start with YAML frontmatter between two "---" lines' }],
      locate: firstLine,
    };
  }
  const yamlText = match[1]!;
  // The YAML starts on line 2, after the opening "---".
  const firstYamlLine = 2;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstYamlLine - 1;
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  const locate: LocateField = (path) => {
    if (path[0] === 'scenario') return bodyLine;
    const node = nodeAt(document, path);
    return node?.range ? lineOf(node.range[0]) : 1;
  };
  if (document.errors.length > 0) {
    return {
      issues: document.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        field: '(frontmatter)',
        message: error.message.split('\n')[0]!,
      })),
      locate,
    };
  }
  const data: unknown = document.toJS();
  const scenario = source.slice(match[0].length).trim();
  const input = typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, scenario } : data;
  const parsed = Exercise.safeParse(input, { reportInput: true });
  if (parsed.success) return { exercise: parsed.data, issues: [], locate };
  return {
    issues: parsed.error.issues.map((issue) => {
      const { path, message } = describeIssue(issue, '(frontmatter)');
      const field = issue.path[0] === 'scenario' ? '(scenario)' : path;
      return { file, line: locate(issue.path), field, message };
    }),
    locate,
  };
}
