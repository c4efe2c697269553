import type { InputProblem } from '@kindling/report';
import { DESK_TEXT } from './messages';

export type ReadOutcome = { content: string } | { problem: InputProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a chosen or dropped file as UTF-8 text. A binary file (a NUL byte) or invalid UTF-8
 * becomes one problem naming the file, so the coach knows what to do instead of seeing nothing.
 */
export function decodeDraftsFile(name: string, bytes: Uint8Array): ReadOutcome {
  if (bytes.includes(0)) return { problem: { source: name, message: DESK_TEXT.notText } };
  try {
    return { content: utf8.decode(bytes) };
  } catch {
    return { problem: { source: name, message: DESK_TEXT.notUtf8 } };
  }
}
