import { LESSON_NUMBERS, type LessonResults } from '@kindling/rules';
import type { DraftLocation, ReportResult } from '@kindling/report';
import type { OutputFormat } from '../output-formats.js';

/**
 * How much of each result a format needs. Formats that show every draft need every result.
 * SARIF shows findings with their text; stylish shows only where findings are and what they
 * say. Keeping no more than that, plus a bare place for each draft a calendar finding names,
 * is what keeps memory low on a large batch.
 */
type Retention = 'every-result' | 'results-with-findings' | 'finding-places';

const RETENTION: Readonly<Record<OutputFormat, Retention>> = {
  stylish: 'finding-places',
  sarif: 'results-with-findings',
  json: 'every-result',
  markdown: 'every-result',
  html: 'every-result',
};

const NOT_APPLICABLE = Object.fromEntries(LESSON_NUMBERS.map((lesson) => [lesson, { status: 'n/a', score: 0 }])) as unknown as LessonResults;

/** A result reduced to its place and its findings' places and messages. */
function slim(result: ReportResult): ReportResult {
  const { source, index, line, row, id, score } = result;
  return {
    source,
    index,
    ...(line !== undefined ? { line } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(id !== undefined ? { id } : {}),
    text: '',
    findings: result.findings.map(({ suggestions: _suggestions, ...finding }) => finding),
    praise: [],
    lessons: NOT_APPLICABLE,
    score,
  };
}

export class ResultRetention {
  readonly keepsEveryResult: boolean;
  readonly #slim: boolean;
  readonly #kept: ReportResult[] = [];
  /** Per source, the indexes of results kept, so a named draft is not added twice. */
  readonly #keptIndexes = new Map<string, Set<number>>();

  constructor(format: OutputFormat) {
    this.keepsEveryResult = RETENTION[format] === 'every-result';
    this.#slim = RETENTION[format] === 'finding-places';
  }

  result(result: ReportResult): void {
    if (this.keepsEveryResult || result.findings.length === 0) return;
    this.#kept.push(this.#slim ? slim(result) : result);
    this.#indexesOf(result.source).add(result.index);
  }

  /** Keeps the place of each draft a calendar finding names, so reports can label it. */
  named(source: string, places: readonly Omit<DraftLocation, 'source'>[]): void {
    if (this.keepsEveryResult) return;
    const indexes = this.#indexesOf(source);
    for (const place of places) {
      if (indexes.has(place.index)) continue;
      indexes.add(place.index);
      this.#kept.push({ source, ...place, text: '', findings: [], praise: [], lessons: NOT_APPLICABLE, score: 0 });
    }
  }

  /** The kept results, in input order. */
  results(sourceOrder: readonly string[]): ReportResult[] {
    const rank = new Map(sourceOrder.map((source, i) => [source, i]));
    return this.#kept.sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || a.index - b.index);
  }

  #indexesOf(source: string): Set<number> {
    let indexes = this.#keptIndexes.get(source);
    if (!indexes) {
      indexes = new Set();
      this.#keptIndexes.set(source, indexes);
    }
    return indexes;
  }
}
