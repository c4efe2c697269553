import { stayOnTopic } from '../../src/rules/stay-on-topic.js';
import { testRule } from '../rule-tester.js';

const freelancers = { name: 'Path of the Freelancers', topics: ['freelancing', 'pricing'] };
const chats = { topics: ['tweet chats', 'community building'] };
const onTopic = (topic: string, community = 'this community') => `Speaks to "${topic}", which ${community} cares about.`;

testRule(stayOnTopic, {
  valid: [
    { draft: { text: 'My cat learned to open the fridge.' }, name: 'no topics given: nothing to judge' },
    { draft: { text: 'My cat learned to open the fridge.', community: { topics: [] } }, name: 'an empty topic list' },
    { draft: { text: 'My cat learned to open the fridge.', kind: 'reply', community: chats }, name: 'replies follow their thread' },
  ],
  invalid: [
    {
      draft: { text: 'Look at the sunset from my balcony tonight.', community: freelancers },
      errors: [
        {
          messageId: 'offTopic',
          message: 'This post touches none of the topics Path of the Freelancers is here for ("freelancing", "pricing"). Tie it to one of them, or share it where it fits.',
          range: [0, 0],
        },
      ],
    },
    {
      draft: { text: 'My cat learned to open the fridge.', community: chats },
      errors: [
        {
          messageId: 'offTopic',
          message: 'This post touches none of the topics this community is here for ("tweet chats", "community building"). Tie it to one of them, or share it where it fits.',
          range: [0, 0],
        },
      ],
    },
    {
      draft: { text: 'Any tips?', community: { topics: ['pricing tips'] } },
      name: 'a topic is not touched by its generic words alone',
      errors: [
        {
          messageId: 'offTopic',
          message: 'This post touches none of the topics this community is here for ("pricing tips"). Tie it to one of them, or share it where it fits.',
          range: [0, 0],
        },
      ],
    },
  ],
  praise: [
    {
      draft: { text: 'Freelancers: I raised my day rate 20% this year.', community: freelancers },
      praise: [{ messageId: 'onTopic', message: onTopic('freelancing', 'Path of the Freelancers'), range: [0, 11] }],
    },
    {
      draft: { text: 'How I quote per project now.', community: freelancers },
      name: 'a word from the same family as the topic',
      praise: [{ messageId: 'onTopic', message: onTopic('pricing', 'Path of the Freelancers'), range: [6, 11] }],
    },
    {
      draft: { text: 'Three things I learned running a tweet chat with TV chefs.', community: chats },
      praise: [{ messageId: 'onTopic', message: onTopic('tweet chats'), range: [33, 38] }],
    },
    {
      draft: { text: 'Loved tonight! #TweetChat', community: { topics: ['tweet chats'] } },
      name: 'a camel-case hashtag',
      praise: [{ messageId: 'onTopic', message: onTopic('tweet chats'), range: [15, 25] }],
    },
  ],
});
