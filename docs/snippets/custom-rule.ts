import * as z from 'zod/mini';
import { defineRule, lint } from '@kindling/rules';

// A house rule for one community: never call members "users".
export const noUsers = defineRule({
  id: 'no-users',
  meta: {
    lesson: 1,
    description: 'Flag "users" when the community prefers "members".',
    messages: {
      users: 'Say "{{preferred}}": this community does not call people "users".',
      replace: 'Replace with "{{preferred}}".',
    },
    options: z.object({ preferred: z._default(z.string(), 'members') }),
    defaultSeverity: 'warning',
    hasSuggestions: true,
    scope: 'draft',
  },
  check({ doc, options, report }) {
    for (const match of doc.text.matchAll(/\busers\b/giu)) {
      const range = [match.index, match.index + match[0].length] as const;
      report({
        messageId: 'users',
        data: { preferred: options.preferred },
        range,
        suggestions: [{ messageId: 'replace', data: { preferred: options.preferred }, fix: { range, text: options.preferred } }],
      });
    }
  },
});

export const result = lint(
  { text: 'Thanks to all our users for coming!' },
  { customRules: [noUsers], rules: { 'no-users': ['warning', { preferred: 'neighbours' }] } },
);
// result.findings[0].message: 'Say "neighbours": this community does not call people "users".'
