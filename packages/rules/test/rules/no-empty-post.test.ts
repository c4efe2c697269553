import { noEmptyPost } from '../../src/rules/no-empty-post.js';
import { testRule } from '../rule-tester.js';

const EMPTY = 'This draft is empty. Write what you want to say before it goes out.';

testRule(noEmptyPost, {
  valid: [
    { draft: { text: 'Happy Monday! This week I am trying per-project quotes instead of hourly rates.' } },
    { draft: { text: 'This guide to pricing your first project saved me hours: https://example.com/pricing' } },
    { draft: { text: 'Loving Lisbon!' }, name: 'two content words are enough by default' },
    { draft: { text: '👏👏', kind: 'reply', replyingTo: { author: '@chefanna', text: 'Tonight on #FoodTVChat!' } }, name: 'replies are for lesson 4' },
    { draft: { text: 'Reposting because everyone needs to see this.', kind: 'share' } },
    { draft: { text: '@sam He is!' }, name: 'a post that opens with a handle is addressed, like a reply' },
  ],
  invalid: [
    { name: 'an empty post', draft: { text: '' }, errors: [{ messageId: 'empty', message: EMPTY, range: [0, 0] }] },
    { name: 'a reply of only spaces and a line break', draft: { text: '   \n ', kind: 'reply' }, errors: [{ messageId: 'empty', message: EMPTY, range: [0, 0] }] },
    { name: 'a DM of only a zero-width space', draft: { text: '\u200b', kind: 'dm' }, errors: [{ messageId: 'empty', message: EMPTY, range: [0, 0] }] },
    {
      draft: { text: 'Happy Monday everyone! #motivation #mondayvibes' },
      errors: [
        {
          messageId: 'filler',
          message: '"Happy Monday everyone" gives the reader nothing to learn, use or answer. Add the point you want to make.',
          range: [0, 21],
        },
      ],
    },
    {
      draft: { text: 'Check this out https://example.com/article' },
      errors: [
        {
          messageId: 'bareLink',
          message: 'This post is a bare link. Say in a sentence what the reader will find there and why it is worth their time.',
          range: [15, 42],
        },
      ],
    },
    {
      draft: { text: 'Must read! https://example.com/a and https://example.com/b', kind: 'share' },
      errors: [
        {
          messageId: 'bareLink',
          message: 'This post is a bare link. Say in a sentence what the reader will find there and why it is worth their time.',
          range: [11, 58],
        },
      ],
    },
    {
      draft: { text: '🔥🔥🔥' },
      errors: [{ messageId: 'noWords', message: 'This post has no words, only hashtags, mentions or emoji. Say what you want the reader to know.', range: [0, 0] }],
    },
    {
      draft: { text: '#tbt @sam ✨' },
      errors: [{ messageId: 'noWords', message: 'This post has no words, only hashtags, mentions or emoji. Say what you want the reader to know.', range: [0, 0] }],
    },
    {
      draft: { text: 'Good morning all, have a great day!' },
      errors: [
        {
          messageId: 'filler',
          message: '"Good morning all, have a great day" gives the reader nothing to learn, use or answer. Add the point you want to make.',
          range: [0, 34],
        },
      ],
    },
    {
      draft: { text: 'Loving Lisbon!' },
      options: { minContentWords: 3 },
      errors: [
        {
          messageId: 'filler',
          message: '"Loving Lisbon" gives the reader nothing to learn, use or answer. Add the point you want to make.',
          range: [0, 13],
        },
      ],
    },
  ],
});
