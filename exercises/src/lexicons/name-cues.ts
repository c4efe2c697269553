/**
 * Words that usually come just before a person's name in a social-media draft: greetings,
 * thanks, sign-offs and self-introductions. A capitalised word right after one is taken to be
 * a name when a facilitator's examples are anonymised.
 */
export const nameCues = {
  id: 'name-cues',
  description: 'Words that are usually followed by a name.',
  terms: [
    'hi', 'hello', 'hey', 'dear', 'morning', 'welcome', 'congratulations', 'congrats',
    'thanks', 'thank you', 'cheers', 'love', 'best', 'regards', 'thanks again',
    "i'm", 'i am', 'my name is', 'this is', 'with', 'and', 'meet',
  ],
} as const;

/** Capitalised words that start sentences or name things, never people, so they are kept. */
export const notNames = {
  id: 'not-names',
  description: 'Capitalised words that are not names.',
  terms: [
    'I', 'The', 'A', 'An', 'All', 'Everyone', 'Team', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
    'Friday', 'Saturday', 'Sunday', 'LinkedIn', 'Facebook', 'Instagram', 'X', 'Twitter', 'Mastodon',
    'Bluesky', 'Threads', 'You', 'Your', 'It', 'This', 'That', 'So', 'Yes', 'No',
    'Cheers', 'Thanks', 'Best', 'Regards', 'Love', 'Welcome', 'Congratulations', 'Hi', 'Hello',
  ],
} as const;
