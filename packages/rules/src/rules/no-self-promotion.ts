import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const noSelfPromotion = defineRule({
  id: 'no-self-promotion',
  meta: {
    lesson: 6,
    description: 'Flag drafts that sell or ask for follows and subscriptions while giving the reader nothing.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
