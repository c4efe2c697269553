import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const shareTheSpotlight = defineRule({
  id: 'share-the-spotlight',
  meta: {
    lesson: 5,
    description: 'Check that a content calendar amplifies others often enough and promotes itself rarely enough.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'batch',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  checkBatch() {},
});
