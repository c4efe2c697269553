import type { Range } from '@kindling/rules';
import { LOCATION, TEXT } from './labels.js';
import type { LineIndex } from './line-index.js';
import type { DraftLocation, InputProblem } from './model.js';
import { fill } from './template.js';

/**
 * Where a draft or problem came from, as a person reads it: `drafts.jsonl:3`, `drafts.csv row 2`,
 * `batch.json [1]`, or just the source when nothing narrower is known.
 */
export function describeLocation(location: Pick<DraftLocation, 'source'> & Partial<Omit<DraftLocation, 'source'>>): string {
  const { source, line, row, index } = location;
  if (row !== undefined) return fill(LOCATION.row, { source, row });
  if (line !== undefined) return fill(LOCATION.line, { source, line });
  if (index !== undefined) return fill(LOCATION.index, { source, index });
  return source;
}

/** Where a draft sits within its source, without the source: `line 3`, `row 2`, `[1]`. */
export function describePlace(location: Partial<Omit<DraftLocation, 'source'>>): string | undefined {
  const { line, row, index } = location;
  if (row !== undefined) return fill(LOCATION.rowAlone, { row });
  if (line !== undefined) return fill(LOCATION.lineAlone, { line });
  if (index !== undefined) return fill(LOCATION.indexAlone, { index });
  return undefined;
}

export interface TextSpan {
  startLine: number;
  startColumn: number;
  endLine: number;
  /** 1-based, exclusive: the column just after the last character. */
  endColumn: number;
}

/** Start and end of a range as lines and columns within the draft text, whose lines are given. */
export function spanOf(lines: LineIndex, range: Range): TextSpan {
  const start = lines.lineColumn(range[0]);
  const end = lines.lineColumn(range[1]);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** `[0, 0]` is how a finding says it is about the draft as a whole rather than a passage. */
export function isWholeDraft(range: Range): boolean {
  return range[0] === 0 && range[1] === 0;
}

/** A calendar finding can name thousands of drafts; a report lists this many and counts the rest. */
export const MAX_LISTED_DRAFTS = 10;

/**
 * The places of drafts by source and index, gathered in one pass, so a report can name the
 * drafts of every calendar finding without searching all its results for each one.
 */
export class DraftPlaces {
  readonly #bySource = new Map<string, Map<number, DraftLocation>>();

  constructor(places: readonly DraftLocation[]) {
    for (const place of places) {
      let byIndex = this.#bySource.get(place.source);
      if (!byIndex) this.#bySource.set(place.source, (byIndex = new Map()));
      byIndex.set(place.index, place);
    }
  }

  get(source: string, index: number): DraftLocation | undefined {
    return this.#bySource.get(source)?.get(index);
  }
}

/**
 * The drafts a batch finding names, as `row 1, row 3, row 4`, looked up among the places of the
 * same source. A draft whose place was not kept (streaming) falls back to its index.
 */
export function describeBatchDrafts(source: string, drafts: readonly number[], places: DraftPlaces): string {
  const wanted = new Set(drafts.slice(0, MAX_LISTED_DRAFTS));
  const listed = [...wanted].map((index) => describePlace(places.get(source, index) ?? { index }) ?? fill(LOCATION.indexAlone, { index })).join(', ');
  const more = drafts.length - wanted.size;
  return more > 0 ? fill(LOCATION.andMore, { listed, more }) : listed;
}

/** A problem's message, led by the field it is about when there is one. */
export function describeProblem(problem: InputProblem): string {
  return problem.field ? fill(TEXT.problemWithField, { field: problem.field, message: problem.message }) : problem.message;
}
