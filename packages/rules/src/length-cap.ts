import { formatMessage } from './define-rule.js';
import type { Finding } from './finding.js';
import { DOCS_BASE_URL } from './lessons.js';

/**
 * The longest text linted, in UTF-16 code units (one million: about 1 MB of ASCII). Longer text
 * is linted on its first part only, so an untrusted post of any size takes bounded time; the
 * result says so with an info finding from `TEXT_TOO_LONG`.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

/** The id of the info finding on text cut at MAX_TEXT_LENGTH. Not a rule: it cannot be configured, and no rule may take it. */
export const TEXT_TOO_LONG = 'text-too-long';

const MESSAGE = 'This text is {{length}} characters long. Only the first {{linted}} were checked; the rest was not.';

/** How far back from the cap to look for whitespace to cut at, so a word is not split. */
const LOOK_BACK = 256;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/**
 * Where to cut text longer than `max`: at the last whitespace within LOOK_BACK units of the cap,
 * else at the cap itself, moved back one unit when it would split a surrogate pair.
 */
export function cutPoint(text: string, max: number = MAX_TEXT_LENGTH): number {
  if (text.length <= max) return text.length;
  for (let at = max; at > max - LOOK_BACK && at > 0; at--) if (isWhitespace(text.charCodeAt(at))) return at;
  const before = text.charCodeAt(max - 1);
  return before >= 0xd800 && before <= 0xdbff ? max - 1 : max;
}

/** The info finding on a text that was cut at `cut`: its range is the part left unchecked. */
export function textTooLongFinding(length: number, cut: number): Finding {
  return {
    ruleId: TEXT_TOO_LONG,
    messageId: 'truncated',
    lesson: 6,
    severity: 'info',
    message: formatMessage(MESSAGE, { length, linted: cut }, TEXT_TOO_LONG),
    range: [cut, length],
    url: `${DOCS_BASE_URL}/developer-guide`,
  };
}
