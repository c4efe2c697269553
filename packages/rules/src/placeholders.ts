import { firstNameFields, PLACEHOLDER, templateFields } from './lexicons/outreach.js';
import { once } from './memo.js';
import { spanAt } from './spans.js';
import type { Span, TextDoc } from './text.js';

const TEMPLATE_FIELDS: ReadonlySet<string> = new Set(templateFields.terms);
const FIRST_NAME_FIELDS: ReadonlySet<string> = new Set(firstNameFields.terms);
const ALL_CAPS = /^[\p{Lu}_ ]+$/u;
/** Every placeholder syntax opens with one of these; a draft without any has none. */
const OPENERS = /[{[%]/u;

export interface Placeholder extends Span {
  /** The field name, lower case: "first_name". */
  field: string;
  /** Whether the field stands for the recipient's first name, so their name can be written in. */
  isFirstName: boolean;
}

/**
 * Unfilled mail-merge fields: "{first_name}", "{{name}}", "[FIRST NAME]", "%FIRSTNAME%".
 * Square brackets also hold asides ("[sic]", "[link]"), so there only known fields or CAPITALS
 * count. A field inside a code span (`{name}`) is written about, not left unfilled, and a
 * "%CE%" inside a link is an escape.
 */
export const findPlaceholders = once((doc: TextDoc): Placeholder[] => {
  const found: Placeholder[] = [];
  if (OPENERS.test(doc.text)) {
    PLACEHOLDER.lastIndex = 0;
    // On the prose, where links, handles and hashtags are blanked: "%C3%89" in a link is no field.
    for (const match of doc.prose.matchAll(PLACEHOLDER)) {
      const [whole, curly, bracket, percent] = match;
      const field = (curly ?? bracket ?? percent ?? '').toLowerCase();
      if (bracket !== undefined && !TEMPLATE_FIELDS.has(field) && !ALL_CAPS.test(bracket)) continue;
      if (spanAt(doc.codeSpans, match.index)) continue;
      found.push({ text: whole, start: match.index, end: match.index + whole.length, field, isFirstName: FIRST_NAME_FIELDS.has(field) });
    }
  }
  return found;
});
