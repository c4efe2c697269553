import type { DraftInput, LessonNumber } from '@kindling/rules';

export interface LessonExample {
  /** Why the draft does or does not follow the lesson, in one sentence. */
  note: string;
  draft: DraftInput;
}

export interface LessonExamples {
  /** Drafts that follow the lesson: the library finds no warning or error for it. */
  do: readonly LessonExample[];
  /** Drafts that break the lesson: the library fails the lesson. */
  dont: readonly LessonExample[];
}

const gardeners = { name: 'Community gardeners', topics: ['gardening', 'composting', 'native plants'] };

/**
 * The do and don't drafts each lesson page runs through the library. A test replays them, so a
 * page can never claim a draft passes when the library says otherwise.
 */
export const lessonExamples: Readonly<Record<LessonNumber, LessonExamples>> = {
  6: {
    do: [
      {
        note: 'It gives the community something useful on a topic it cares about, and invites them in.',
        draft: {
          kind: 'post',
          community: gardeners,
          text: 'Three things that kept our compost warm through a cold winter: a bigger pile, a straw blanket on top, and coffee grounds from the cafe next door for nitrogen. What works in your garden?',
        },
      },
    ],
    dont: [
      {
        note: 'It is all about selling, and says nothing the community can use.',
        draft: {
          kind: 'post',
          community: gardeners,
          text: 'My new online course is OUT NOW! Buy today and save 20%. Link in bio, limited spots, sign up now!',
        },
      },
    ],
  },
  5: {
    do: [
      {
        note: 'It shares someone else’s work and names the person who made it.',
        draft: {
          kind: 'share',
          sharing: { author: '@maria', title: 'Ten native plants for small gardens', url: 'https://example.org/native-plants' },
          text: 'The clearest guide to native plants for small gardens I have read, by @maria. Thank you for putting it together!',
        },
      },
    ],
    dont: [
      {
        note: 'It passes on the content as if it came from nowhere: the creator gets no credit.',
        draft: {
          kind: 'share',
          sharing: { author: '@maria', title: 'Ten native plants for small gardens', url: 'https://example.org/native-plants' },
          text: 'Ten native plants for small gardens. A must read.',
        },
      },
    ],
  },
  4: {
    do: [
      {
        note: 'It answers with an experience and a question, so the conversation can go on.',
        draft: {
          kind: 'reply',
          replyingTo: { author: '@sam', text: 'Just published my notes from the accessibility meetup.' },
          text: 'Thanks for writing these up, Sam. The point about testing with a screen reader early matched our last project: we caught half our issues in the first week. Did the group talk about captions for live video?',
        },
      },
    ],
    dont: [
      {
        note: 'Two words add nothing to talk about.',
        draft: {
          kind: 'reply',
          replyingTo: { author: '@sam', text: 'Just published my notes from the accessibility meetup.' },
          text: 'Great post!',
        },
      },
    ],
  },
  3: {
    do: [
      {
        note: 'Someone shared your post; the reply thanks them by name.',
        draft: {
          kind: 'reply',
          trigger: { type: 'share', by: '@lee' },
          text: 'Thank you for sharing my post on volunteer gardens, @lee! I am glad it was useful to your group.',
        },
      },
    ],
    dont: [
      {
        note: 'Someone shared your post, and the reply carries on as if they had not.',
        draft: {
          kind: 'reply',
          trigger: { type: 'share', by: '@lee' },
          text: 'Yes, the article covers volunteer gardens in detail, including insurance and tools.',
        },
      },
    ],
  },
  2: {
    do: [
      {
        note: 'After a real back-and-forth, it offers to meet, with no agenda.',
        draft: {
          kind: 'dm',
          recipient: { handle: '@ana', relationship: 'connection' },
          thread: [
            { author: '@ana', text: 'Your school garden thread was great. We are trying something similar.' },
            { author: '@me', text: 'Thank you! How far along are you?' },
            { author: '@ana', text: 'Just the raised beds so far. Watering over the summer holidays is our worry.' },
            { author: '@me', text: 'That was ours too. A parent rota saved us.' },
          ],
          text: 'I have really enjoyed this conversation about school gardens. Would you like to get a coffee next week and swap notes? No agenda, I would just like to hear more about your beds.',
        },
      },
    ],
    dont: [
      {
        note: 'A template to a stranger that goes straight to a sales call.',
        draft: {
          kind: 'dm',
          recipient: { handle: '@ana', relationship: 'stranger' },
          text: 'Hi {first_name}, I came across your profile and would love to connect. I help businesses like yours grow revenue by 30%. Do you have 15 minutes for a quick call this week?',
        },
      },
    ],
  },
  1: {
    do: [
      {
        note: 'It disagrees warmly, shares its own experience and asks to hear more.',
        draft: {
          kind: 'reply',
          replyingTo: { author: '@jo', text: 'Remote work is overrated.' },
          text: 'I see it a little differently: working from home gave our team back two hours a day. I would be curious what made it hard for you.',
        },
      },
    ],
    dont: [
      {
        note: 'Shouting and name-calling answer the person, not the point.',
        draft: {
          kind: 'reply',
          replyingTo: { author: '@jo', text: 'Remote work is overrated.' },
          text: 'THIS IS THE DUMBEST TAKE I HAVE SEEN ALL WEEK!!! Do some research, idiot.',
        },
      },
    ],
  },
};
