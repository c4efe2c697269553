import { TextDecoder } from 'node:util';
import { InputError } from '../errors.js';
import { firstInvalidUtf8, looksBinary } from './utf8.js';

function countNewlines(bytes: Uint8Array, end = bytes.length, from = 0): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a, from); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/** A line that could not be decoded: its 1-based line and the offset of its first bad byte. */
export interface BadLine {
  line: number;
  offset: number;
}

export interface DecoderOptions {
  /** A WHATWG encoding label, e.g. `windows-1252`; UTF-8 when omitted. */
  encoding?: string;
  /**
   * Called once for each line with bytes that are not valid UTF-8, which then decode as U+FFFD.
   * Without it, the first bad byte throws an InputError naming its line.
   */
  onBadLine?: (bad: BadLine) => void;
}

/** Whether `label` is an encoding this Node can decode. */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a file chunk by chunk. A binary file is an InputError. In UTF-8, an invalid byte is an
 * InputError naming its line, or, with `onBadLine`, is reported for its line alone, so a
 * streamed file loses only the drafts on that line. Other encodings are decoded as given.
 */
export class StrictDecoder {
  readonly #utf8: boolean;
  readonly #onBadLine: ((bad: BadLine) => void) | undefined;
  readonly #decoder: TextDecoder;
  #bytesBefore = 0;
  #linesBefore = 0;
  #started = false;
  #lastBadLine = 0;
  /** The tail of the previous chunk, so a sequence split across chunks is checked whole. */
  #tail: Uint8Array = new Uint8Array(0);

  constructor(options: DecoderOptions = {}) {
    const encoding = options.encoding ?? 'utf-8';
    this.#utf8 = new TextDecoder(encoding).encoding === 'utf-8';
    this.#onBadLine = this.#utf8 ? options.onBadLine : undefined;
    this.#decoder = new TextDecoder(encoding, { fatal: this.#utf8 && !this.#onBadLine });
  }

  decode(bytes: Uint8Array, final = false): string {
    if (!this.#started) {
      this.#started = true;
      if (looksBinary(bytes)) throw new InputError('binaryFile');
    }
    let text: string;
    try {
      text = this.#decoder.decode(bytes, { stream: !final });
    } catch {
      const [first] = this.#badBytes(bytes, final, true);
      throw new InputError('invalidUtf8', { offset: first?.offset ?? this.#bytesBefore }, first?.line);
    }
    // A real U+FFFD in the file is valid UTF-8, so the scan then simply finds nothing.
    if (this.#onBadLine && text.includes('\uFFFD')) {
      for (const bad of this.#badBytes(bytes, final, false)) this.#onBadLine(bad);
    }
    this.#advance(bytes);
    return text;
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }

  /** The first bad byte of each line with one in this chunk, not yet reported. */
  #badBytes(bytes: Uint8Array, final: boolean, firstOnly: boolean): BadLine[] {
    const joined = new Uint8Array(this.#tail.length + bytes.length);
    joined.set(this.#tail);
    joined.set(bytes, this.#tail.length);
    const found: BadLine[] = [];
    const start = this.#bytesBefore - this.#tail.length;
    // Lines are counted on from the last bad byte, so a file full of bad bytes is still read in linear time.
    let line = this.#linesBefore - countNewlines(this.#tail) + 1;
    let counted = 0;
    for (let pos = 0; pos < joined.length; ) {
      const at = firstInvalidUtf8(joined.subarray(pos), final);
      if (at === -1) break;
      line += countNewlines(joined, pos + at, counted);
      counted = pos + at;
      if (line > this.#lastBadLine) {
        this.#lastBadLine = line;
        found.push({ line, offset: start + pos + at });
        if (firstOnly) break;
      }
      pos += at + 1;
    }
    return found;
  }

  #advance(bytes: Uint8Array): void {
    this.#bytesBefore += bytes.length;
    this.#linesBefore += countNewlines(bytes);
    this.#tail = bytes.subarray(Math.max(0, bytes.length - 3));
  }
}

/** Decodes a whole file, strictly in UTF-8 (see StrictDecoder). */
export function decodeWhole(bytes: Uint8Array, encoding?: string): string {
  const decoder = new StrictDecoder(encoding !== undefined ? { encoding } : {});
  return decoder.decode(bytes) + decoder.end();
}
