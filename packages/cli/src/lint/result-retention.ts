import { LESSON_NUMBERS, type LessonResults } from '@kindling/rules';
import type { DraftLocation, ReportResult } from '@kindling/report';
import type { OutputFormat } from '../output-formats.js';

/**
 * How much of each result a format that needs the whole report keeps (stylish and json are
 * written as results arrive and keep none). Formats that show every draft need every result;
 * SARIF shows only findings, with their text. Keeping no more than that, plus a bare place for
 * each draft a calendar finding names, keeps memory lower on a large batch.
 */
type Retention = 'every-result' | 'results-with-findings';

/** The formats written whole, at the end. */
export type WholeReportFormat = Exclude<OutputFormat, 'stylish' | 'json'>;

const RETENTION: Readonly<Record<WholeReportFormat, Retention>> = {
  sarif: 'results-with-findings',
  markdown: 'every-result',
  html: 'every-result',
};

const NOT_APPLICABLE = Object.fromEntries(LESSON_NUMBERS.map((lesson) => [lesson, { status: 'n/a', score: 0 }])) as unknown as LessonResults;

export class ResultRetention {
  readonly keepsEveryResult: boolean;
  readonly #kept: ReportResult[] = [];
  /** Per source, the indexes of results kept, so a named draft is not added twice. */
  readonly #keptIndexes = new Map<string, Set<number>>();

  constructor(format: WholeReportFormat) {
    this.keepsEveryResult = RETENTION[format] === 'every-result';
  }

  result(result: ReportResult): void {
    if (this.keepsEveryResult || result.findings.length === 0) return;
    this.#kept.push(result);
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
