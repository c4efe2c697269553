import type { LineColumn } from '@kindling/rules';

/**
 * Where each line of a text starts, found in one pass over it. A finding's line and column is
 * then a binary search, so a draft with thousands of findings costs one pass over its text
 * rather than one per finding (as `lineColumn` from `@kindling/rules` would).
 */
export class LineIndex {
  readonly #starts: number[] = [0];
  readonly #length: number;

  constructor(text: string) {
    this.#length = text.length;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) this.#starts.push(newline + 1);
  }

  /** The 1-based line and column of a UTF-16 offset, as `lineColumn` gives them. */
  lineColumn(offset: number): LineColumn {
    const end = Math.max(0, Math.min(offset, this.#length));
    // The last line start at or before `end`; a line break at `end` itself still belongs to the line before.
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.#starts[middle]! <= end) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: end - this.#starts[low]! + 1 };
  }
}
