import { defineRule, noOptions } from '../define-rule.js';

// In progress: the checks land with this rule's table test.
export const warmTone = defineRule({
  id: 'warm-tone',
  meta: {
    lesson: 1,
    description: 'Flag negativity aimed at people and curt replies that read cold without tone cues; praise warm drafts.',
    messages: { todo: 'Not yet implemented.' },
    options: noOptions,
    defaultSeverity: 'warning',
    hasSuggestions: false,
    scope: 'draft',
    docs: { rationale: '', howToFix: '', correct: [], incorrect: [] },
  },
  check() {},
});
