import {
  LESSON_NUMBERS,
  type BatchFinding,
  type CalendarBalance,
  type Finding,
  type LessonNumber,
  type LintResult,
  type Praise,
} from '@kindling/rules';
import { LineIndex } from './line-index.js';

/** Where a draft came from, so every result points back to it. */
export interface DraftLocation {
  /** The file path (as given), or `<stdin>`, or a file name in the browser. */
  source: string;
  /** 0-based position of the draft among the drafts of its source. */
  index: number;
  /** 1-based line where the draft starts (jsonl, md, txt). */
  line?: number;
  /** 1-based data row, not counting the header (csv). */
  row?: number;
}

export interface LocatedFinding extends Finding {
  /** 1-based line within the draft text, derived from `range`. */
  line: number;
  /** 1-based column within the draft text, derived from `range`. */
  column: number;
}

export interface ReportResult extends DraftLocation {
  id?: string | number;
  text: string;
  findings: LocatedFinding[];
  praise: Praise[];
  lessons: LintResult['lessons'];
  score: number;
  meta?: unknown;
  /** With --fix or --fix-dry-run: the text with every fix applied, when any applies. */
  output?: string;
}

export interface ReportBatchFinding extends BatchFinding {
  source: string;
}

/** Input that could not be read as a draft: one clear line naming the place and the field. */
export interface InputProblem {
  source: string;
  line?: number;
  row?: number;
  index?: number;
  field?: string;
  message: string;
  /** 'info' for a problem that did not stop the draft being linted; it is listed but not counted. */
  severity?: 'info';
}

export interface LessonSummary {
  pass: number;
  fail: number;
  notApplicable: number;
  /** Mean score over the drafts the lesson applies to; null when it applies to none. */
  meanScore: number | null;
}

export interface ReportSummary {
  drafts: number;
  errors: number;
  warnings: number;
  infos: number;
  praise: number;
  problems: number;
  /** Mean overall draft score, 0..100; null for an empty report. */
  score: number | null;
  lessons: Record<LessonNumber, LessonSummary>;
  calendar: CalendarBalance;
}

/** The report every formatter renders. Its JSON form is the CLI's `--format json` contract. */
export interface Report {
  version: 1;
  results: ReportResult[];
  batch: ReportBatchFinding[];
  problems: InputProblem[];
  summary: ReportSummary;
}

/** Adds line and column, derived from each finding's range, to a lint result. */
export function locateResult(result: LintResult, location: DraftLocation): ReportResult {
  const lines = result.findings.length === 0 ? undefined : new LineIndex(result.text);
  // Object.assign rather than spreads: a large batch locates every finding, and it is several times faster.
  const findings = result.findings.map((finding): LocatedFinding => Object.assign({}, finding, lines!.lineColumn(finding.range[0])));
  const located: ReportResult = { ...location, text: result.text, findings, praise: result.praise, lessons: result.lessons, score: result.score };
  if (result.id !== undefined) located.id = result.id;
  if (result.meta !== undefined) located.meta = result.meta;
  return located;
}

/**
 * What a run of results adds to a report's summary, as plain data: a builder on a worker thread
 * hands it over with `totals()`, and the builder that writes the report takes it with `addTotals`.
 */
export interface ResultTotals {
  drafts: number;
  errors: number;
  warnings: number;
  infos: number;
  praise: number;
  scoreTotal: number;
  lessons: Record<LessonNumber, { pass: number; fail: number; notApplicable: number; scoreTotal: number }>;
}

function emptyLessons(): Record<LessonNumber, LessonSummary> {
  const lessons = {} as Record<LessonNumber, LessonSummary>;
  for (const lesson of LESSON_NUMBERS) lessons[lesson] = { pass: 0, fail: 0, notApplicable: 0, meanScore: null };
  return lessons;
}

/**
 * Collects results as they arrive (the CLI streams them) and works out the summary at the end,
 * keeping only running totals for it.
 */
export class ReportBuilder {
  readonly #results: ReportResult[] = [];
  readonly #batch: ReportBatchFinding[] = [];
  readonly #problems: InputProblem[] = [];
  readonly #lessons = emptyLessons();
  readonly #scoreSums = new Map<LessonNumber, number>();
  readonly #calendar: CalendarBalance = { total: 0, amplifying: 0, selfPromotion: 0, conversation: 0 };
  #errors = 0;
  #warnings = 0;
  #infos = 0;
  #praise = 0;
  #scoreTotal = 0;
  #drafts = 0;
  #problemCount = 0;
  readonly #keepResults: boolean;

  /** With `keepResults: false` only the summary is kept, for streaming formatters. */
  constructor(options: { keepResults?: boolean } = {}) {
    this.#keepResults = options.keepResults ?? true;
  }

  addResult(result: ReportResult): void {
    if (this.#keepResults) this.#results.push(result);
    this.#drafts++;
    this.#scoreTotal += result.score;
    this.#praise += result.praise.length;
    for (const finding of result.findings) {
      if (finding.severity === 'error') this.#errors++;
      else if (finding.severity === 'warning') this.#warnings++;
      else this.#infos++;
    }
    for (const lesson of LESSON_NUMBERS) {
      const { status, score } = result.lessons[lesson];
      const summary = this.#lessons[lesson];
      if (status === 'n/a') summary.notApplicable++;
      else {
        if (status === 'pass') summary.pass++;
        else summary.fail++;
        this.#scoreSums.set(lesson, (this.#scoreSums.get(lesson) ?? 0) + score);
      }
    }
  }

  /** The totals of the results added so far (not of calendar findings or problems). */
  totals(): ResultTotals {
    const lessons = {} as ResultTotals['lessons'];
    for (const lesson of LESSON_NUMBERS) {
      const { pass, fail, notApplicable } = this.#lessons[lesson];
      lessons[lesson] = { pass, fail, notApplicable, scoreTotal: this.#scoreSums.get(lesson) ?? 0 };
    }
    const counts = { drafts: this.#drafts, errors: this.#errors, warnings: this.#warnings, infos: this.#infos, praise: this.#praise };
    return { ...counts, scoreTotal: this.#scoreTotal, lessons };
  }

  /** Counts results added elsewhere (see `totals()`), as if each had been added here. */
  addTotals(totals: ResultTotals): void {
    this.#drafts += totals.drafts;
    this.#errors += totals.errors;
    this.#warnings += totals.warnings;
    this.#infos += totals.infos;
    this.#praise += totals.praise;
    this.#scoreTotal += totals.scoreTotal;
    for (const lesson of LESSON_NUMBERS) {
      const { pass, fail, notApplicable, scoreTotal } = totals.lessons[lesson];
      const summary = this.#lessons[lesson];
      summary.pass += pass;
      summary.fail += fail;
      summary.notApplicable += notApplicable;
      if (pass + fail > 0) this.#scoreSums.set(lesson, (this.#scoreSums.get(lesson) ?? 0) + scoreTotal);
    }
  }

  addBatch(source: string, findings: readonly BatchFinding[], calendar: CalendarBalance): void {
    for (const finding of findings) {
      if (finding.severity === 'error') this.#errors++;
      else if (finding.severity === 'warning') this.#warnings++;
      else this.#infos++;
      this.#batch.push({ ...finding, source });
    }
    this.#calendar.total += calendar.total;
    this.#calendar.amplifying += calendar.amplifying;
    this.#calendar.selfPromotion += calendar.selfPromotion;
    this.#calendar.conversation += calendar.conversation;
  }

  addProblem(problem: InputProblem): void {
    this.#problems.push(problem);
    if (problem.severity !== 'info') this.#problemCount++;
  }

  finish(): Report {
    const lessons = emptyLessons();
    for (const lesson of LESSON_NUMBERS) {
      const summary = this.#lessons[lesson];
      const applied = summary.pass + summary.fail;
      lessons[lesson] = { ...summary, meanScore: applied === 0 ? null : Math.round((this.#scoreSums.get(lesson) ?? 0) / applied) };
    }
    return {
      version: 1,
      results: this.#results,
      batch: this.#batch,
      problems: this.#problems,
      summary: {
        drafts: this.#drafts,
        errors: this.#errors,
        warnings: this.#warnings,
        infos: this.#infos,
        praise: this.#praise,
        problems: this.#problemCount,
        score: this.#drafts === 0 ? null : Math.round(this.#scoreTotal / this.#drafts),
        lessons,
        calendar: { ...this.#calendar },
      },
    };
  }
}
