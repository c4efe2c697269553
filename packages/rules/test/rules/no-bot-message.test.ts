import { noBotMessage } from '../../src/rules/no-bot-message.js';
import { testRule } from '../rule-tester.js';

const outreachMessage = (phrase: string) => `"${phrase}" could be sent to anyone. Say something only this person would recognise.`;

const pitchTo = (name: string, handle: string) => ({
  text: `Hi ${name}, I run a small studio and we are looking for partners in the events space this spring. Open to a quick call?`,
  kind: 'dm' as const,
  recipient: { handle },
});

testRule(noBotMessage, {
  valid: [
    {
      draft: {
        text: 'Hi Caryl, I saw you are speaking at the networking breakfast on Friday. Would you like to grab a coffee beforehand?',
        kind: 'dm',
        recipient: { handle: '@caryl', relationship: 'connection' },
      },
    },
    { draft: { text: 'Loved your talk [sic] on "community first" marketing. Is the video up yet?', kind: 'dm' } },
    { name: 'posts are not outreach', draft: { text: 'Hope this message finds you well, friends!', kind: 'post' } },
  ],
  invalid: [
    {
      draft: {
        text: 'Hi {first_name}, I came across your profile and was impressed by your background.',
        kind: 'dm',
        recipient: { handle: '@maria.lopez' },
      },
      errors: [
        { messageId: 'massOutreach', message: outreachMessage('I came across your profile'), range: [17, 43] },
        { messageId: 'massOutreach', message: outreachMessage('impressed by your background'), range: [52, 80] },
      ],
    },
    {
      draft: { text: 'Hi [Name], hope this message finds you well!', kind: 'dm', recipient: { handle: '@paulchaney' } },
      errors: [
        { messageId: 'massOutreach', message: outreachMessage('hope this message finds you well'), range: [11, 43] },
      ],
    },
    {
      draft: { text: 'Dear Sir/Madam, we are reaching out about your website.', kind: 'dm' },
      errors: [{ messageId: 'massOutreach', message: outreachMessage('Dear Sir/Madam'), range: [0, 14] }],
    },
    {
      draft: { text: 'Dear {{ company }} team, %CITY% needs you. I help coaches like you grow.', kind: 'dm' },
      errors: [
        { messageId: 'massOutreach', message: outreachMessage('I help coaches'), range: [43, 57] },
      ],
    },
  ],
  batch: [
    {
      name: 'the same DM to three people, names changed',
      drafts: [
        pitchTo('Maria', '@maria.lopez'),
        { text: 'A post for everyone about our spring events.' },
        pitchTo('Paul', '@paulchaney'),
        { ...pitchTo('Caryl', '@caryl'), text: pitchTo('Caryl', '@caryl').text.replace('this spring', 'this summer') },
      ],
      errors: [{ messageId: 'sameMessage', message: 'The same message goes to 3 people. Write to each of them about something you share.', drafts: [0, 2, 3] }],
    },
    {
      name: 'two copies are within the default limit',
      drafts: [pitchTo('Maria', '@maria.lopez'), pitchTo('Paul', '@paulchaney')],
      errors: [],
    },
    {
      name: 'a stricter limit',
      drafts: [pitchTo('Maria', '@maria.lopez'), pitchTo('Paul', '@paulchaney')],
      options: { maxCopies: 1 },
      errors: [{ messageId: 'sameMessage', message: 'The same message goes to 2 people. Write to each of them about something you share.', drafts: [0, 1] }],
    },
    {
      name: 'short thanks are alike without being templates',
      drafts: ['@maria.lopez', '@paulchaney', '@caryl'].map((handle) => ({ text: 'Thanks, see you Friday!', kind: 'dm' as const, recipient: { handle } })),
      errors: [],
    },
    {
      name: 'different messages',
      drafts: [
        pitchTo('Maria', '@maria.lopez'),
        { text: 'Hi Paul, loved your thread on guest lists. How do you find chefs willing to join a live chat?', kind: 'dm', recipient: { handle: '@paulchaney' } },
        { text: 'Caryl, the breakfast was great. Coffee next time? I owe you one for the introduction.', kind: 'dm', recipient: { handle: '@caryl' } },
      ],
      errors: [],
    },
  ],
});
