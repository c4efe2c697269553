import { shareTheSpotlight } from '../../src/rules/share-the-spotlight.js';
import { testBatchRule } from '../rule-tester.js';

const share = (text: string, author: string) => ({ text, kind: 'share' as const, sharing: { author } });
const promo = { text: 'Buy my new course today, link in bio!' };
const own = (n: number) => ({ text: `Tip ${n}: quote per project, not per hour, and list three outcomes for the client.` });
const tooFew = (amplifying: number, total: number) =>
  `Only ${amplifying} of ${total} posts share or credit someone else's work. Aim for about 1 in 3: pass on what your community makes, and name who made it.`;

testBatchRule(shareTheSpotlight, [
  {
    name: 'one share in three, no promotion',
    drafts: [own(1), share('Great thread on retainers by @paulchaney.', '@paulchaney'), own(2)],
    errors: [],
  },
  {
    name: 'a credit in a post counts as amplifying',
    drafts: [own(1), { text: 'The best pricing advice I had this year, h/t @maria.lopez: charge for outcomes.' }, own(2)],
    errors: [],
  },
  {
    name: 'too small to judge',
    drafts: [own(1), promo],
    errors: [],
  },
  {
    name: 'no amplifying at all',
    drafts: [own(1), own(2), own(3)],
    errors: [{ messageId: 'tooFewAmplifying', message: tooFew(0, 3), drafts: [0, 1, 2] }],
  },
  {
    name: '"by" before a date or an -ing word credits nobody',
    drafts: [{ text: 'I raised my rate by quoting per project.' }, { text: 'Invoices go out by Friday.' }, own(3)],
    errors: [{ messageId: 'tooFewAmplifying', message: tooFew(0, 3), drafts: [0, 1, 2] }],
  },
  {
    name: 'too much self-promotion',
    drafts: [share('Great thread by @paulchaney.', '@paulchaney'), promo, own(1), share('Read this, h/t @caryl', '@caryl'), promo],
    errors: [
      {
        messageId: 'tooMuchSelfPromotion',
        message: "2 of 5 posts promote your own work. Keep it under about 1 in 5, and fill the rest with value and other people's work.",
        drafts: [1, 4],
      },
    ],
  },
  {
    name: 'replies, comments and DMs are conversation, not the calendar',
    drafts: [
      own(1),
      { text: 'Great point, Sam: what worked for your group?', kind: 'reply' },
      { text: 'Saturday mornings suit us too.', kind: 'comment' },
      { text: 'Thanks for the intro, see you Friday.', kind: 'dm' },
      own(2),
    ],
    errors: [],
  },
  {
    name: 'thresholds are options',
    drafts: [share('Great thread by @paulchaney.', '@paulchaney'), own(1), own(2), own(3)],
    options: { minAmplifying: 0.5, maxSelfPromotion: 0.5, minDrafts: 4 },
    errors: [
      {
        messageId: 'tooFewAmplifying',
        message:
          "Only 1 of 4 posts share or credit someone else's work. Aim for about 1 in 2: pass on what your community makes, and name who made it.",
        drafts: [1, 2, 3],
      },
    ],
  },
]);
