import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const stayOnTopic = defineRule({
  id: 'stay-on-topic',
  meta: {
    lesson: 6,
    description: "Flag posts that miss every topic the community cares about, when the community's topics are given.",
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
