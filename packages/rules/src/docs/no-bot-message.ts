import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Taking a conversation offline is personal or it is nothing. A line that fits anyone ("I came across your profile"), or the same DM to a dozen people tells the reader a bot or a template wrote to them, and they answer it like one.',
  howToFix:
    'Write to one person: use their name, mention what you talked about or what of theirs you read, and say why you want to talk to them in particular.',
  correct: [
    {
      draft: {
        text: 'Hi Caryl, I saw you are speaking at the networking breakfast on Friday. Would you like to grab a coffee beforehand?',
        kind: 'dm',
        recipient: { handle: '@caryl', relationship: 'connection' },
      },
    },
  ],
  incorrect: [
    {
      draft: {
        text: "Hi {first_name}, I came across your profile and was impressed by your background. I'd love to connect!",
        kind: 'dm',
      },
    },
    { draft: { text: 'Hi [Name], hope this message finds you well! I help coaches like you get more clients.', kind: 'dm' } },
  ],
};
