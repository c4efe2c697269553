import { defineRule, noOptions } from '../define-rule.js';
import { firstNameOf } from '../names.js';
import { findPlaceholders } from '../placeholders.js';
import { TextDoc } from '../text.js';

/** Whether each draft's text holds a placeholder, with the text it was worked out for: a draft edited in place is asked again. */
const drafts = new WeakMap<object, { text: string; has: boolean }>();

export const noPlaceholder = defineRule({
  id: 'no-placeholder',
  meta: {
    lesson: 2,
    description: 'Flag template fields left unfilled, in any kind of draft.',
    messages: {
      placeholder: 'The template field "{{placeholder}}" was never filled in, so this reads as a mass message from a bot.',
      writeName: 'Write "{{name}}".',
    },
    options: noOptions,
    // An unfilled field is always a defect, never a matter of tone.
    defaultSeverity: 'error',
    hasSuggestions: true,
    scope: 'draft',
  },
  // Only drafts with a placeholder: a post with none has nothing for lesson 2 to judge.
  appliesTo(draft) {
    let known = drafts.get(draft);
    if (known?.text !== draft.text) {
      known = { text: draft.text, has: /[{[%]/u.test(draft.text) && findPlaceholders(new TextDoc(draft.text)).length > 0 };
      drafts.set(draft, known);
    }
    return known.has;
  },
  check({ draft, doc, report }) {
    const name = draft.recipient ? firstNameOf(draft.recipient.handle) : undefined;
    for (const placeholder of findPlaceholders(doc)) {
      const range = [placeholder.start, placeholder.end] as const;
      const suggestions = name && placeholder.isFirstName ? [{ messageId: 'writeName' as const, data: { name }, fix: { range, text: name } }] : undefined;
      report({ messageId: 'placeholder', data: { placeholder: placeholder.text }, range, suggestions });
    }
  },
});
