import { InputError } from '../errors.js';
import { firstInvalidUtf8, looksBinary } from './utf8.js';

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/**
 * Decodes a file chunk by chunk as strict UTF-8. A binary file or an invalid byte becomes an
 * InputError naming the line, instead of text full of replacement characters.
 */
export class StrictDecoder {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  #bytesBefore = 0;
  #linesBefore = 0;
  #started = false;
  /** The tail of the previous chunk, so a sequence split across chunks is checked whole. */
  #tail: Uint8Array = new Uint8Array(0);

  decode(bytes: Uint8Array, final = false): string {
    if (!this.#started) {
      this.#started = true;
      if (looksBinary(bytes)) throw new InputError('binaryFile');
    }
    try {
      const text = this.#decoder.decode(bytes, { stream: !final });
      this.#advance(bytes);
      return text;
    } catch {
      const joined = new Uint8Array(this.#tail.length + bytes.length);
      joined.set(this.#tail);
      joined.set(bytes, this.#tail.length);
      const at = Math.max(0, firstInvalidUtf8(joined, final));
      const offset = this.#bytesBefore - this.#tail.length + at;
      const line = this.#linesBefore - countNewlines(this.#tail) + countNewlines(joined, at) + 1;
      throw new InputError('invalidUtf8', { offset }, line);
    }
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }

  #advance(bytes: Uint8Array): void {
    this.#bytesBefore += bytes.length;
    this.#linesBefore += countNewlines(bytes);
    this.#tail = bytes.subarray(Math.max(0, bytes.length - 3));
  }
}

/** Decodes a whole file as strict UTF-8. */
export function decodeWhole(bytes: Uint8Array): string {
  const decoder = new StrictDecoder();
  return decoder.decode(bytes) + decoder.end();
}
