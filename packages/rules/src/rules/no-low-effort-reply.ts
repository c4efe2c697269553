import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noLowEffortReply = defineRule({
  id: 'no-low-effort-reply',
  meta: {
    lesson: 4,
    description: 'Flag replies that add nothing: \'Great post!\', \'+1\', \'So true\', emoji alone.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
