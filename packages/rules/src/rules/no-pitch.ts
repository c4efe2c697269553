import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noPitch = defineRule({
  id: 'no-pitch',
  meta: {
    lesson: 2,
    description: 'Flag selling in a DM or an invitation to talk: prices, packages, demos, growth promises.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
