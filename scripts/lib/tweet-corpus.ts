// A deterministic corpus of tweet-like drafts for benchmarks, so figures compare across runs
// and machines without shipping anyone's real posts.

const openers = ['', 'Honestly, ', 'Quick thought: ', 'Hey @sam, ', 'Thread 🧵 ', 'PSA: ', 'So ', '@maria '];
const bodies = [
  'thanks so much for sharing this, it made my morning',
  'this is the dumbest take I have read all week, learn to read',
  'could you please take a look at my draft when you have a moment?',
  'BUY my new course today!! 50% off with code SAVE50, link in bio',
  'I raised my day rate by quoting per project instead of per hour',
  'why did you revert my edit without saying anything',
  'check out my channel and subscribe for daily videos',
  'great read on building trust with clients by @jason_montoya',
  'nobody asked for your opinion',
  'what is your favourite way to find new clients?',
  'the keynote on community building was fantastic, slides are up',
  'I had a rough week but this community keeps me going',
];
const closers = ['', ' 🙏', ' #freelancing', ' https://example.com/post/42', '!!!', ' What do you think?', ' 😂😂', ' via @paulchaney'];

/** `count` drafts cycling deterministically through the combinations above. */
export function tweetCorpus(count: number): { text: string; kind: 'post' | 'reply' }[] {
  const drafts: { text: string; kind: 'post' | 'reply' }[] = [];
  for (let i = 0; i < count; i++) {
    const opener = openers[i % openers.length]!;
    const body = bodies[(i * 7) % bodies.length]!;
    const closer = closers[(i * 5) % closers.length]!;
    drafts.push({ text: `${opener}${body}${closer}`, kind: i % 3 === 0 ? 'reply' : 'post' });
  }
  return drafts;
}

/** A realistic long post of about `length` characters, built from the same sentences. */
export function longPost(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${bodies[i % bodies.length]}. `;
  return text.slice(0, length);
}
