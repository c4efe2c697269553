import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
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
};
