import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Text gathered before it is handed to the stream: fewer, larger writes. */
const BUFFER_CHARS = 64 * 1024;

/**
 * Writes a report as it is produced, with backpressure: `write` hands back a promise when the
 * stream is full, and the caller (the linting) waits for it instead of piling text up in memory.
 * Text is written in the order `write` is called, whether or not the caller waits.
 */
export class OutputSink {
  readonly #stream: NodeJS.WritableStream;
  readonly #ownsStream: boolean;
  #buffer = '';
  #draining: Promise<unknown> | undefined;

  /** `ownsStream`: end the stream when done (an output file), rather than leave it open (stdout). */
  constructor(stream: NodeJS.WritableStream, ownsStream: boolean) {
    this.#stream = stream;
    this.#ownsStream = ownsStream;
  }

  write(text: string): Promise<unknown> | undefined {
    this.#buffer += text;
    if (this.#buffer.length < BUFFER_CHARS) return this.#draining;
    return this.#flush();
  }

  /** Writes what is left and waits until the stream has taken it all. */
  async end(): Promise<void> {
    const rest = this.#buffer;
    this.#buffer = '';
    await this.#draining;
    if (this.#ownsStream) {
      const finished = once(this.#stream, 'finish');
      this.#stream.end(rest);
      await finished;
      return;
    }
    await new Promise<void>((resolve, reject) => this.#stream.write(rest, (error) => (error ? reject(error) : resolve())));
  }

  #flush(): Promise<unknown> | undefined {
    const text = this.#buffer;
    this.#buffer = '';
    if (this.#stream.write(text) || this.#draining) return this.#draining;
    this.#draining = once(this.#stream, 'drain').finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }
}

/** A report being written to a temporary file beside its destination. */
export interface ReportFile {
  sink: OutputSink;
  /** Renames the finished report over its destination. Call after the sink has ended. */
  commit(): Promise<void>;
  /** Removes the temporary file, leaving the destination untouched. Safe to call more than once, and from a signal handler. */
  abandon(): void;
}

/**
 * Opens a report for `path`: creates missing folders, then writes to a temporary file in the
 * same folder (so the rename is atomic), which replaces `path` only on `commit`.
 */
export async function openReportFile(path: string): Promise<ReportFile> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.kindling-${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  let pending = true;
  return {
    sink: new OutputSink(handle.createWriteStream(), true),
    async commit() {
      await rename(temporary, path);
      pending = false;
    },
    abandon() {
      if (!pending) return;
      pending = false;
      rmSync(temporary, { force: true });
    },
  };
}
