import * as z from 'zod/mini';
import { takesTalkOffline } from '../asks.js';
import { defineRule, type BatchEntry } from '../define-rule.js';
import { findTermsIn } from '../lexicon-index.js';
import { greetings, massOutreachLines } from '../lexicons/outreach.js';
import { nameMatcher } from '../names.js';
import { groupNearDuplicates } from '../near-duplicates.js';

/** Shorter messages ("Thanks!", "See you there") are the same for everyone without being templates. */
const MIN_WORDS_TO_COMPARE = 6;

/** Where the whitespace before `offset` starts: "Hi Maria" gives the end of "Hi" for "Maria". */
function startOfGap(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /\s/u.test(text[start - 1]!)) start--;
  return start;
}

/**
 * The message with everything personal taken out (the reader's name, the word after "Hi",
 * placeholders), as a set of word pairs: two copies of a template come out the same.
 */
function messageShape(entry: BatchEntry): Set<string> {
  const { draft, doc } = entry;
  const namesReader = draft.recipient ? nameMatcher(draft.recipient.handle) : () => false;
  const greetingEnds = new Set(findTermsIn(doc, greetings).map((greeting) => greeting.end));
  const kept: string[] = [];
  for (const word of doc.words) {
    if (!namesReader(word) && !greetingEnds.has(startOfGap(doc.text, word.start))) kept.push(word.lower);
  }
  const pairs = new Set<string>();
  for (let i = 1; i < kept.length; i++) pairs.add(`${kept[i - 1]} ${kept[i]}`);
  return kept.length < MIN_WORDS_TO_COMPARE ? new Set() : pairs;
}

export const noBotMessage = defineRule({
  id: 'no-bot-message',
  meta: {
    lesson: 2,
    description: 'Flag mass-outreach openers and the same DM sent to several people.',
    messages: {
      massOutreach: '"{{phrase}}" could be sent to anyone. Say something only this person would recognise.',
      sameMessage: 'The same message goes to {{count}} people. Write to each of them about something you share.',
    },
    options: z.object({
      /** How many people may get the same DM before it counts as mass outreach. */
      maxCopies: z._default(z.number().check(z.int(), z.minimum(1)), 2),
      /** How alike two DMs must be (0..1, shared word pairs) to count as copies. */
      similarity: z._default(z.number().check(z.minimum(0.5), z.maximum(1)), 0.8),
    }),
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: takesTalkOffline,
  check({ doc, report }) {
    for (const line of findTermsIn(doc, massOutreachLines)) {
      report({ messageId: 'massOutreach', data: { phrase: line.text }, range: [line.start, line.end] });
    }
  },
  checkBatch({ entries, options, report }) {
    const shapes = entries.map((entry) => (entry.draft.kind === 'dm' ? messageShape(entry) : new Set<string>()));
    for (const group of groupNearDuplicates(shapes, options.similarity)) {
      const readers = new Set(group.map((index) => entries[index]!.draft.recipient?.handle.toLowerCase() ?? index));
      if (readers.size > options.maxCopies) report({ messageId: 'sameMessage', data: { count: readers.size }, drafts: group });
    }
  },
});
