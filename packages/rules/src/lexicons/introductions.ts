import { defineLexicon } from '../lexicon.js';

/** How people say who they are: "I'm Toby", "my name is", "I run a tweet chat". */
export const selfIntroductions = defineLexicon({
  terms: [
    'my name is', "my name's", 'i work', 'i run', 'i host', 'i lead', 'i manage',
    'i write', 'i teach', 'i organise', 'i organize', 'i co-host', 'i founded', 'i own', 'i coach', 'i design',
    'i build', 'i study', 'i help run', 'i edit', 'i produce', 'we met', 'we spoke', 'we talked', 'we chatted',
    'we connected', 'we were both', 'i was at', 'i was in', "i'm part of", "i'm a member", "i'm with",
    'i represent', 'on behalf of',
  ],
});

/**
 * "I'm Toby", "I am a designer", "this is Sam", "Sam here": a name or a role after "I'm", or a
 * name before "here". Without the flag `i`, so the capital tells "I'm Toby" from "I'm curious".
 */
export const NAMED_INTRODUCTION =
  /(?<!\p{L})(?:(?:[Ii]['’]m|I am|[Tt]his is)\s+(?:\p{Lu}\p{L}*|(?:an?|the)\s+\p{L}+|one of)|\p{Lu}\p{Ll}+ here(?!\p{L}))/u;

/**
 * How people say why they are writing: what they saw, read or share with the reader. Shared
 * history ("we met at…") says who and why at once, so it is in both lists.
 */
export const reasonsForWriting = defineLexicon({
  terms: [
    'because', 'since', 'i saw', 'i read', 'i noticed', 'i heard', 'i watched', 'i listened', 'i enjoyed',
    "i've been enjoying", "i've been following", "i've been reading", 'i follow', 'i loved', 'i liked', 'i found',
    'your post', 'your talk', 'your article', 'your thread', 'your work', 'your book', 'your podcast', 'your video',
    'your comment', 'your question', 'your group', 'your newsletter', 'your session', 'your panel', 'your blog',
    'loved your', 'enjoyed your', 'liked your', 'read your', 'saw your', 'heard your', 'watched your',
    'follow your', 'admire your', 'fan of your', 'recommended you', 'suggested i', 'pointed me to', 'i’m writing', "i'm reaching out", 'reaching out because',
    'writing to', 'the reason', "i'd love to hear", 'i would love to hear', "i'd love to learn", 'curious how',
    'curious about', 'we both', 'in common', 'we met', 'we spoke', 'we talked', 'we chatted', 'we connected',
  ],
});

/**
 * How people ask for something: direct requests and polite ones. A question mark alone is not
 * a request ("Loved your talk, was it recorded?" asks nothing of the reader's time).
 */
export const requests = defineLexicon({
  terms: [
    'can you', 'could you', 'would you', 'will you', 'would you mind', 'are you able', 'are you available',
    'are you free', 'are you open', 'do you have time', 'do you have a minute', 'can i', 'could i', 'may i',
    'can we', 'could we', 'shall we', "let's", 'please', 'pls', 'plz', 'send me', 'give me', 'introduce me',
    'connect me', 'share your', 'i need you', 'i need your', 'i want you', 'i would like you', "i'd like you",
    'would it be possible', 'is it possible', 'can we hop', 'hop on', 'jump on', 'book a', 'schedule a',
    'do me a favour', 'do me a favor', 'let me know', 'get back to me', 'dm me', 'message me', 'email me',
    'call me', 'text me', 'do you know', 'do you have', 'how much do you charge', "what's your rate",
    'what is your rate', 'are you hiring', 'any chance', 'can i ask', 'could i ask', 'hoping you could',
    'mind sharing', 'would love your', 'willing to',
  ],
});
