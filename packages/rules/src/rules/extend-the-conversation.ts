import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const extendTheConversation = defineRule({
  id: 'extend-the-conversation',
  meta: {
    lesson: 4,
    description: 'Ask replies to connect to what they answer and add a thought, information or a question.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
