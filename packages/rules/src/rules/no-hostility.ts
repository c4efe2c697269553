import { defineRule, noOptions } from '../define-rule.js';
import { findHostility, type HostilityKind } from '../hostility.js';

type HostilityMessage = 'threat' | 'slur' | 'groupHostility' | 'condescension' | 'nameCalling' | 'hatred' | 'dismissal' | 'profanityAtPerson' | 'putDown' | 'contempt';

const MESSAGE_FOR: Record<HostilityKind, HostilityMessage> = {
  threat: 'threat',
  slur: 'slur',
  group: 'groupHostility',
  insult: 'nameCalling',
  hatred: 'hatred',
  dismissal: 'dismissal',
  condescension: 'condescension',
  profanity: 'profanityAtPerson',
  putDown: 'putDown',
  contempt: 'contempt',
};

export const noHostility = defineRule({
  id: 'no-hostility',
  meta: {
    lesson: 1,
    description: 'Flag insults, name-calling, contempt, dismissiveness and profanity aimed at people.',
    messages: {
      threat: '"{{phrase}}" wishes someone harm. That is never OK, even as a joke.',
      slur: '"{{phrase}}" is a slur. Leave it out.',
      groupHostility: '"{{phrase}}" attacks people for who they are. Argue with what someone does, not with who they are.',
      nameCalling: '"{{phrase}}" is name-calling. Disagree with the idea, not the person.',
      hatred: '"{{phrase}}" declares hatred of people. Name what they did that you object to instead.',
      dismissal: '"{{phrase}}" brushes the person off instead of answering them.',
      condescension: '"{{phrase}}" talks down to the reader. Answer them as an equal: say what you know, and how you know it.',
      profanityAtPerson: '"{{phrase}}" aims profanity at someone.',
      putDown: '"{{phrase}}" puts a person down. Say what you disagree with instead.',
      contempt: '"{{phrase}}" sneers at what someone said. Say what you disagree with, and why.',
      removeInsult: 'Remove "{{phrase}}".',
    },
    options: noOptions,
    defaultSeverity: 'error',
    hasSuggestions: true,
    scope: 'draft',
  },
  check({ doc, report }) {
    for (const hit of findHostility(doc)) {
      if (!hit.targeted) continue;
      const phrase = hit.text.replace(/\s+/gu, ' ');
      report({
        messageId: MESSAGE_FOR[hit.kind],
        data: { phrase },
        range: [hit.start, hit.end],
        ...(hit.vocative && {
          suggestions: [
            {
              messageId: 'removeInsult' as const,
              data: { phrase: doc.text.slice(hit.vocative[0], hit.vocative[1]) },
              fix: { range: hit.vocative, text: '' },
            },
          ],
        }),
      });
    }
  },
});
