import { creditTheSource } from '../../src/rules/credit-the-source.js';
import { testRule } from '../rule-tester.js';

const uncredited = (author: string) =>
  `This shares ${author}'s work without naming them. Credit the creator with their @handle or name, "via" or "h/t".`;
const unattributedQuote = 'This quotation does not say who said it. Name the source, e.g. "— Name" or "via @handle".';
const credits = (author: string) => `Names ${author}, who made what you share.`;

testRule(creditTheSource, {
  valid: [
    {
      name: 're-sharing your own post needs no credit',
      draft: { text: 'Still true a year later.', kind: 'share', author: { handle: '@toby' }, sharing: { author: '@Toby', text: 'Kindness online is a habit.' } },
    },
    { draft: { text: '"People will forget what you said, but never how you made them feel." — Maya Angelou' } },
    { draft: { text: 'As Maya Angelou said, "people will never forget how you made them feel."' } },
    { draft: { text: 'Worth your time, h/t Maria', kind: 'share' }, name: 'a share with no known author credits whoever it names' },
    { draft: { text: 'Worth your time, h/t May-Britt', kind: 'share' }, name: 'a hyphenated name that starts with a month' },
    { draft: { text: "Worth your time, via O'Neill", kind: 'share' }, name: 'a name with an apostrophe' },
    { draft: { text: 'I am not a "morning person" at all.' }, name: 'scare quotes are not a quotation' },
    { draft: { text: 'Our panel on pricing starts at noon.' }, name: 'nothing shared or quoted' },
    {
      draft: { text: 'You wrote "Blog comments are still the best place for real talk" and I agree.', kind: 'reply' },
      name: 'a reply quoting the thread back to it',
    },
    { draft: { text: 'This gesture you call a "sign of the end of the world as we know it" is a wave.' }, name: 'a quote inside a sentence' },
    { draft: { text: 'Waitress: "There is a fifteen dollar minimum on food and drinks."' }, name: 'a speaker named before a colon' },
    { draft: { text: 'He said ""this is how we always did it around here"" again.' }, name: 'doubled quote marks are escaped quotes' },
  ],
  invalid: [
    {
      draft: {
        text: 'Great read on building trust with clients: https://example.org/trust',
        kind: 'share',
        sharing: { author: '@jason_montoya', url: 'https://example.org/trust' },
      },
      errors: [
        {
          messageId: 'uncredited',
          message: uncredited('@jason_montoya'),
          range: [0, 0],
          suggestions: [
            {
              messageId: 'addCredit',
              message: 'Add "(via @jason_montoya)".',
              output: 'Great read on building trust with clients: https://example.org/trust (via @jason_montoya)',
            },
          ],
        },
      ],
    },
    {
      draft: {
        text: 'Found this checklist for hosting a tweet chat, sharing it here: https://example.com/checklist',
        kind: 'share',
        sharing: { author: 'Toby Bloomberg' },
      },
      errors: [
        {
          messageId: 'uncredited',
          message: uncredited('Toby Bloomberg'),
          range: [0, 0],
          suggestions: [
            {
              messageId: 'addCredit',
              message: 'Add "(via Toby Bloomberg)".',
              output: 'Found this checklist for hosting a tweet chat, sharing it here: https://example.com/checklist (via Toby Bloomberg)',
            },
          ],
        },
      ],
    },
    {
      draft: { text: '"People will forget what you said, but never how you made them feel." So true.' },
      name: 'the quoted words cannot attribute themselves',
      errors: [{ messageId: 'unattributedQuote', message: unattributedQuote, range: [0, 69] }],
    },
    ...[
      ['Reposting this, by Sunday-Monday everyone should have read it.', 'a hyphenated pair of days'],
      ["Worth a read, via I'm not sure who.", 'a pronoun with an apostrophe'],
    ].map(([text, name]) => ({
      draft: { text: text!, kind: 'share' as const },
      name: `a marker before no name: ${name}`,
      errors: [
        {
          messageId: 'noSource',
          message: 'This share does not say whose work it is. Name the creator with their @handle or name, "via" or "h/t".',
          range: [0, 0] as [number, number],
        },
      ],
    })),
    {
      draft: { text: 'Reposting because everyone needs to see this.', kind: 'share' },
      errors: [
        {
          messageId: 'noSource',
          message: 'This share does not say whose work it is. Name the creator with their @handle or name, "via" or "h/t".',
          range: [0, 0],
        },
      ],
    },
  ],
  praise: [
    {
      draft: {
        text: 'Great read on building trust with clients by @jason_montoya: the part about under-promising changed how I write proposals.',
        kind: 'share',
        sharing: { author: '@jason_montoya' },
      },
      praise: [{ messageId: 'creditsCreator', message: credits('@jason_montoya'), range: [45, 59] }],
    },
    {
      draft: { text: 'Toby Bloomberg wrote a checklist for hosting a tweet chat.', kind: 'share', sharing: { author: 'Toby Bloomberg' } },
      praise: [{ messageId: 'creditsCreator', message: credits('Toby Bloomberg'), range: [0, 4] }],
    },
    {
      draft: { text: 'HT @ckkerley for this photo of 100+ bloggers meeting in NYC.', kind: 'share', sharing: { author: '@ckkerley' } },
      praise: [{ messageId: 'creditsCreator', message: credits('@ckkerley'), range: [3, 12] }],
    },
    {
      draft: { text: "So good, read Jason's whole thread.", kind: 'share', sharing: { author: '@jason_montoya' } },
      name: 'a possessive names the creator',
      praise: [{ messageId: 'creditsCreator', message: credits('@jason_montoya'), range: [14, 21] }],
    },
  ],
});
