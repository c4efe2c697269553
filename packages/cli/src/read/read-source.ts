import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { decodeWhole, StrictDecoder, type DecoderOptions } from './decode.js';

const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EMFILE: 'too many open files',
  EIO: 'an input/output error',
  ELOOP: 'a symbolic link loop',
};

/** Turns a file-system error into a one-line InputError. */
export function toInputError(error: unknown): Error {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('notFound');
  return new InputError('unreadable', { reason: (code && FS_REASONS[code]) ?? code ?? 'unknown error' });
}

/** Reads a whole file (txt, md, json) as strict UTF-8 text. */
export async function readWholeFile(path: string, encoding?: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw toInputError(error);
  }
  return decodeWhole(bytes, encoding);
}

/** Reads a whole stream, such as stdin, as strict UTF-8 text. */
export async function readWholeStream(stream: NodeJS.ReadableStream, encoding?: string): Promise<string> {
  let text = '';
  for await (const chunk of decodeChunks(stream, encoding !== undefined ? { encoding } : {})) text += chunk;
  return text;
}

async function* decodeChunks(stream: AsyncIterable<unknown>, options: DecoderOptions): AsyncGenerator<string> {
  const decoder = new StrictDecoder(options);
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    const text = decoder.decode(bytes);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

export interface ChunkProgress {
  /** Called with the byte count of each chunk read, for the progress bar. */
  (bytes: number): void;
}

/**
 * Streams a file as text chunks, so a file of any size is read in bounded memory. With
 * `decoding.onBadLine`, invalid UTF-8 is reported line by line instead of stopping the read.
 */
export async function* readFileChunks(path: string, onBytes?: ChunkProgress, decoding: DecoderOptions = {}): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const counted = onBytes
    ? (async function* () {
        for await (const chunk of stream) {
          onBytes((chunk as Uint8Array).length);
          yield chunk as Uint8Array;
        }
      })()
    : stream;
  try {
    yield* decodeChunks(counted, decoding);
  } catch (error) {
    throw toInputError(error);
  } finally {
    stream.destroy();
  }
}

/** Splits text chunks into lines (without their line breaks); only one line is held at a time. */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      yield text.slice(start, newline > start && text[newline - 1] === '\r' ? newline - 1 : newline);
      start = newline + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') yield rest;
}
