/** Drafts to lint before the bar appears: small runs finish before a bar would be any use. */
export const PROGRESS_THRESHOLD = 1000;
const REDRAW_MS = 100;
const WIDTH = 24;

/**
 * A progress bar on stderr for large batches. It measures bytes read against the total size of
 * the files, since a streamed file's draft count is not known until it has been read.
 */
export class ProgressBar {
  readonly #stream: NodeJS.WritableStream;
  readonly #enabled: boolean;
  readonly #totalBytes: number;
  #bytes = 0;
  #drafts = 0;
  #lastDraw = 0;
  #drawn = false;

  constructor(stream: NodeJS.WritableStream, enabled: boolean, totalBytes: number) {
    this.#stream = stream;
    this.#enabled = enabled;
    this.#totalBytes = totalBytes;
  }

  addDrafts(count: number): void {
    this.#drafts += count;
    this.#draw();
  }

  addBytes(count: number): void {
    this.#bytes += count;
    this.#draw();
  }

  /** Clears the bar, so the report starts on a clean line. */
  done(): void {
    if (this.#drawn) this.#stream.write('\r\u001b[2K');
    this.#drawn = false;
  }

  #draw(): void {
    if (!this.#enabled || this.#drafts <= PROGRESS_THRESHOLD) return;
    const now = Date.now();
    if (now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    const share = this.#totalBytes > 0 ? Math.min(1, this.#bytes / this.#totalBytes) : 0;
    const filled = Math.round(share * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    this.#stream.write(`\r\u001b[2K${bar} ${Math.round(share * 100)}%  ${this.#drafts.toLocaleString('en')} drafts`);
    this.#drawn = true;
  }
}
