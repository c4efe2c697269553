import { defineRule, noOptions } from '../define-rule.js';
import { findHostility, type HostilityKind } from '../hostility.js';

type HostilityMessage = 'threat' | 'slur' | 'nameCalling' | 'hatred' | 'dismissal' | 'profanityAtPerson' | 'putDown' | 'contempt';

const MESSAGE_FOR: Record<HostilityKind, HostilityMessage> = {
  threat: 'threat',
  slur: 'slur',
  insult: 'nameCalling',
  hatred: 'hatred',
  dismissal: 'dismissal',
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
      nameCalling: '"{{phrase}}" is name-calling. Disagree with the idea, not the person.',
      hatred: '"{{phrase}}" declares hatred of people. Name what they did that you object to instead.',
      dismissal: '"{{phrase}}" brushes the person off instead of answering them.',
      profanityAtPerson: '"{{phrase}}" aims profanity at someone.',
      putDown: '"{{phrase}}" puts a person down. Say what you disagree with instead.',
      contempt: '"{{phrase}}" sneers at what someone said. Say what you disagree with, and why.',
      removeInsult: 'Remove "{{phrase}}".',
    },
    options: noOptions,
    defaultSeverity: 'error',
    hasSuggestions: true,
    scope: 'draft',
    docs: {
      rationale:
        'Lesson 1: online kindness creates real relationships. Online there is no face or voice to soften a jab, and an insult, a sneer or a brush-off ends a conversation that could have become a relationship. Hostile words about a group land on every reader who belongs to it.',
      howToFix:
        'Take the person out of the sentence and keep the point: say what you disagree with and why. Quoting a word to condemn it, joking about yourself and slang praise ("you killed it") are fine.',
      correct: [
        { draft: { text: 'I see it differently: most of my conversations moved to LinkedIn. What keeps you on blog comments?', kind: 'reply' } },
        { draft: { text: 'You killed it on stage tonight, and that recipe is sick.' }, note: 'Slang praise borrows hostile words.' },
        { draft: { text: "Calling people 'idiots' is never OK." }, note: 'Quoting an insult to condemn it.' },
        { draft: { text: "I'm such an idiot, I forgot my keys again." }, note: 'Joking about yourself hurts no one.' },
        { draft: { text: "You're not stupid for asking. Everyone wonders about this." }, note: 'Negated.' },
      ],
      incorrect: [
        { draft: { text: 'Nobody asked for your opinion, idiot.', kind: 'reply' } },
        { draft: { text: 'Ok boomer. Just google it next time.', kind: 'reply' } },
        { draft: { text: 'This is the dumbest take I have read all week.', kind: 'reply' } },
        { draft: { text: 'You are pathetic.', kind: 'reply' } },
      ],
    },
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
