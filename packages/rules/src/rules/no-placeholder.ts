import { defineRule, noOptions } from '../define-rule.js';
import { firstNameOf } from '../names.js';
import { findPlaceholders } from '../placeholders.js';

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
  appliesTo: (_draft, doc) => findPlaceholders(doc).length > 0,
  check({ draft, doc, report }) {
    const name = draft.recipient ? firstNameOf(draft.recipient.handle) : undefined;
    for (const placeholder of findPlaceholders(doc)) {
      const range = [placeholder.start, placeholder.end] as const;
      const suggestions = name && placeholder.isFirstName ? [{ messageId: 'writeName' as const, data: { name }, fix: { range, text: name } }] : undefined;
      report({ messageId: 'placeholder', data: { placeholder: placeholder.text }, range, suggestions });
    }
  },
});
