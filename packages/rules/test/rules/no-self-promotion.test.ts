import { noSelfPromotion } from '../../src/rules/no-self-promotion.js';
import { testRule } from '../rule-tester.js';

const message = (phrases: string) =>
  `This reads as self-promotion (${phrases}) and gives the reader nothing. Lead with something useful to them: a tip, a lesson, a free resource.`;
const onVideo = { author: '@chefanna', text: 'My tomato sauce, step by step.' };

testRule(noSelfPromotion, {
  valid: [
    { name: 'engagement bait alone is a nudge, not an advert', draft: { text: 'Like if you agree' } },
    { draft: { text: 'Three things I learned from running a weekly tweet chat: prepare the questions, invite the fans, thank every guest.' } },
    { draft: { text: 'Loved this cover, the harmonies in the second verse are beautiful.', kind: 'comment', replyingTo: onVideo } },
    { draft: { text: 'We shipped my new app today.' }, name: 'news of your own work alone is not an advert' },
    { draft: { text: 'Check out this video on YouTube:' }, name: 'pointing to a video in your own post is sharing' },
    { draft: { text: 'Follow me for more!', kind: 'dm' }, name: 'DMs are judged by no-pitch' },
    {
      draft: { text: 'Best part at 2:19 https://youtube.com/watch?v=abc&t=2m19s', kind: 'comment', replyingTo: { author: '@band', text: 'Party Anthem' } },
      name: 'a link to a moment in the video points back into it',
    },
    {
      draft: {
        text: 'Here is the link to the slides if anyone needs them: https://example.com/slides',
        kind: 'reply',
        replyingTo: { author: '@maria.lopez', text: 'Sharing the slides from the workshop' },
      },
      name: 'a link to what the thread is about',
    },
    { draft: { text: 'Follow me for more!' }, options: { threshold: 3 } },
    {
      draft: { text: 'See my comment on the talk page. Is there some problem?', kind: 'comment' },
      name: 'pointing to your own words in a conversation is not promotion',
    },
    {
      draft: { text: 'Have you seen this one? https://example.com/other-recipe', kind: 'comment', replyingTo: onVideo },
      name: 'a link beside a question is part of a conversation',
    },
    {
      draft: {
        text: 'The recipe in this video matches the one my grandmother wrote down in 1962, which you can read here https://example.com/recipe',
        kind: 'comment',
        replyingTo: onVideo,
      },
      name: 'a link in a comment that says something is a source',
    },
  ],
  invalid: [
    {
      name: 'keyword bait that farms comments; the value word inside it is part of the bait',
      draft: { text: 'Comment GUIDE below and I will send it to you' },
      errors: [{ messageId: 'selfPromotion', message: message('"Comment GUIDE below"'), range: [0, 19] }],
    },
    {
      name: 'an audience goal',
      draft: { text: 'If we hit 500 subscribers we will do a live Q&A', kind: 'comment' },
      errors: [{ messageId: 'selfPromotion', message: message('"If we hit 500 subscribers"'), range: [0, 25] }],
    },
    {
      name: 'an ask for attention to your own work, in any tense',
      draft: { text: 'It would be great if you checked out some of my remixes', kind: 'comment' },
      errors: [{ messageId: 'selfPromotion', message: message('"checked out some of my remixes"'), range: [25, 55] }],
    },
    {
      name: 'a misspelt ask, as spam writes it to slip past filters',
      draft: { text: 'Sucscribe to me for more', kind: 'comment' },
      errors: [{ messageId: 'selfPromotion', message: message('"Sucscribe to me"'), range: [0, 15] }],
    },
    {
      name: 'a link written without a scheme',
      draft: { text: 'best deals at giftz dot com', kind: 'comment' },
      errors: [{ messageId: 'selfPromotion', message: message('"giftz dot com"'), range: [14, 27] }],
    },
    {
      name: 'a channel of your own announced under someone else\'s content',
      draft: { text: 'I made a cooking channel last week', kind: 'comment' },
      errors: [{ messageId: 'selfPromotion', message: message('"I made a cooking channel"'), range: [0, 24] }],
    },
    {
      draft: { text: 'BUY my new course today!! 50% off with code SAVE50, link in bio. Follow me for more!' },
      errors: [{ messageId: 'selfPromotion', message: message('"BUY my new course", "50% off", "code SAVE50"'), range: [0, 74] }],
    },
    {
      draft: { text: 'Subscribe to my channel for daily videos!! check out my latest upload youtube.com/c/mychannel', kind: 'comment', replyingTo: onVideo },
      errors: [{ messageId: 'selfPromotion', message: message('"Subscribe to my channel", "check out my", "youtube.com/c/mychannel"'), range: [0, 93] }],
    },
    {
      draft: { text: 'Check out this video on YouTube:', kind: 'comment', replyingTo: { author: '@band', text: 'Party Anthem' } },
      errors: [{ messageId: 'selfPromotion', message: message('"Check out this video"'), range: [0, 20] }],
    },
    {
      draft: { text: 'https://example.com/free-stuff', kind: 'comment', replyingTo: onVideo },
      errors: [{ messageId: 'selfPromotion', message: message('"https://example.com/free-stuff"'), range: [0, 30] }],
    },
    {
      draft: { text: 'Follow me for more!' },
      errors: [{ messageId: 'selfPromotion', message: message('"Follow me"'), range: [0, 9] }],
    },
    {
      draft: {
        text: 'Please have a look, it took me months to make and I would love to hear what everyone thinks https://example.com/x',
        kind: 'comment',
        replyingTo: onVideo,
      },
      name: 'a plea and a link under someone else\'s post',
      errors: [{ messageId: 'selfPromotion', message: message('"Please", "https://example.com/x"'), range: [0, 113] }],
    },
    {
      draft: { text: 'Make money from home, DM me for details!' },
      errors: [{ messageId: 'selfPromotion', message: message('"Make money", "DM me for"'), range: [0, 31] }],
    },
  ],
  praise: [
    {
      draft: { text: 'My new e-book on content strategy is out, and the first chapter is free for anyone here: it covers how to plan a month of posts.' },
      praise: [{ messageId: 'valueFirst', message: 'Shares your own work and gives the reader something useful with it.', range: [0, 13] }],
    },
  ],
});
