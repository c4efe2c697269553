import { warmTone } from '../../src/rules/warm-tone.js';
import { testRule } from '../rule-tester.js';

const friendlyRequest = { author: '@caryl', text: 'Could we move our call to Thursday? Something came up, sorry!' };
const profanity = (word: string) => `"${word}" is profanity. In writing, with no tone of voice to soften it, it reads harsh.`;
const praiseSwearing = (word: string) => `"${word}" is swearing used as praise. Friends will read it as warmth; a stranger may still read it as harsh.`;
const emphatic = (word: string) => `"${word}" is swearing for emphasis, aimed at nobody. Friends will read it as energy; a stranger may still read it as harsh.`;
/** The note for a swear word at `range` that only adds emphasis. */
const emphasisNote = (word: string, range: [number, number]) => ({ messageId: 'emphaticProfanity', message: emphatic(word), range, severity: 'info' as const });
/** The note for a swear word at `range` that praises, where dropping it would leave no sentence. */
const praiseNote = (word: string, range: [number, number]) => ({ messageId: 'praiseProfanity', message: praiseSwearing(word), range, severity: 'info' as const });
const readsHostile = (word: string) => `Most readers would take this as offensive, "${word}" most of all, though it is aimed at no one in particular. Say what you mean without the edge.`;
const curt = (reply: string) => `"${reply}" is the whole reply. Without a face or a voice it reads cold: add a reason or a word of warmth.`;

testRule(warmTone, {
  valid: [
    { name: 'a harsh word in a song title, joined to its artist by a small word', draft: { text: 'Stupid Love by Lady Gaga is on repeat today' } },
    { draft: { text: 'Thursday works for me, thanks for letting me know!', kind: 'reply', replyingTo: friendlyRequest } },
    { draft: { text: 'I see it differently: the numbers point the other way for me. Happy to compare notes?', kind: 'reply' } },
    { name: 'a short reply with a tone cue', draft: { text: 'Fine!', kind: 'reply', replyingTo: friendlyRequest } },
    { name: 'a plain acknowledgement of a neutral message', draft: { text: 'Ok.', kind: 'reply', replyingTo: { author: '@sam', text: 'The meeting moved to 3pm.' } } },
    { name: 'a one-word post is not a reply', draft: { text: 'Fine.' } },
    { name: 'hostility is left to no-hostility', draft: { text: 'You fucking idiot.' } },
    { name: 'profanity allowed by the community', draft: { text: 'This shit is crazy.' }, options: { allowProfanity: true } },
    { name: 'slang praise', draft: { text: 'This recipe is sick, you killed it.' } },
    { name: 'a word the model weighs as hostile, inside praise slang, is not pointed at', draft: { text: 'He is a monster on the court' } },
    { name: 'the model says nothing of an empty draft', draft: { text: '' } },
    { name: 'nor of a generic one', draft: { text: 'Great post, thanks for sharing!' } },
    { name: 'nor of one listed word that the rest of the draft does not bear out', draft: { text: 'This is crazy.' } },
  ],
  invalid: [
    {
      name: 'swearing that intensifies praise is only a note',
      draft: { text: 'So fucking excited for the show tonight' },
      errors: [
        {
          messageId: 'praiseProfanity',
          message: praiseSwearing('fucking'),
          range: [3, 10],
          severity: 'info',
          suggestions: [{ messageId: 'dropIntensifier', message: 'Drop "fucking".', output: 'So excited for the show tonight' }],
        },
      ],
    },
    {
      name: 'praise slang with a swear word in it',
      draft: { text: 'That was a damn fine game' },
      errors: [
        {
          messageId: 'praiseProfanity',
          message: praiseSwearing('damn'),
          range: [11, 15],
          severity: 'info',
          suggestions: [{ messageId: 'dropIntensifier', message: 'Drop "damn".', output: 'That was a fine game' }],
        },
      ],
    },
    {
      name: 'a stock phrase broken by a comma is still the whole reply',
      draft: { text: 'Fine, whatever.', kind: 'reply', replyingTo: friendlyRequest },
      errors: [{ messageId: 'curtReply', message: curt('Fine, whatever.'), range: [0, 15] }],
    },
    {
      draft: { text: 'Fine.', kind: 'reply', replyingTo: friendlyRequest },
      errors: [{ messageId: 'curtReply', message: curt('Fine.'), range: [0, 5] }],
    },
    {
      name: 'a cold reply needs no context',
      draft: { text: 'Whatever.', kind: 'dm' },
      errors: [{ messageId: 'curtReply', message: curt('Whatever.'), range: [0, 9] }],
    },
    {
      name: 'a plain acknowledgement of a warm message',
      draft: { text: 'Ok.', kind: 'reply', replyingTo: { author: '@sam', text: 'Thanks so much for the intro, I really appreciate it!' } },
      errors: [{ messageId: 'curtReply', message: curt('Ok.'), range: [0, 3] }],
    },
    {
      draft: { text: 'This weather is fucking brutal.' },
      errors: [
        {
          messageId: 'profanity',
          message: profanity('fucking'),
          range: [16, 23],
          suggestions: [{ messageId: 'dropIntensifier', message: 'Drop "fucking".', output: 'This weather is brutal.' }],
        },
      ],
    },
    {
      name: 'a masked or stretched intensifier can be dropped like the plain word',
      draft: { text: 'This weather is f**king brutal, sooo fuuucking brutal.' },
      errors: [
        {
          messageId: 'profanity',
          message: profanity('f**king'),
          range: [16, 23],
          suggestions: [{ messageId: 'dropIntensifier', message: 'Drop "f**king".', output: 'This weather is brutal, sooo fuuucking brutal.' }],
        },
        {
          messageId: 'profanity',
          message: profanity('fuuucking'),
          range: [37, 46],
          suggestions: [{ messageId: 'dropIntensifier', message: 'Drop "fuuucking".', output: 'This weather is f**king brutal, sooo brutal.' }],
        },
      ],
    },
    {
      name: 'dropping an intensifier keeps the capital',
      draft: { text: 'Damn good coffee.' },
      errors: [
        {
          messageId: 'praiseProfanity',
          message: praiseSwearing('Damn'),
          range: [0, 4],
          severity: 'info',
          suggestions: [{ messageId: 'dropIntensifier', message: 'Drop "Damn".', output: 'Good coffee.' }],
        },
      ],
    },
    {
      name: 'a surprise with a swear word in it is emphasis',
      draft: { text: 'Holy shit, I just got tickets for Saturday' },
      errors: [emphasisNote('shit', [5, 9])],
    },
    {
      name: 'a swear word as an interjection, closed by a comma',
      draft: { text: 'Damn, look at that view from the ridge' },
      errors: [emphasisNote('Damn', [0, 4])],
    },
    {
      name: 'a swear word that opens a clause of praise, with no comma',
      draft: { text: 'shit that was an amazing set tonight' },
      errors: [emphasisNote('shit', [0, 4])],
    },
    {
      name: 'a swear word that opens a complaint is not emphasis',
      draft: { text: 'shit that was an awful set tonight' },
      errors: [{ messageId: 'profanity', message: profanity('shit'), range: [0, 4] }],
    },
    {
      name: 'a swearing abbreviation after what it intensifies',
      draft: { text: 'This week has been busy af' },
      errors: [emphasisNote('af', [24, 26])],
    },
    {
      name: 'a degree idiom about a thing',
      draft: { text: 'The band played the hell out of that last song' },
      errors: [emphasisNote('hell', [20, 24])],
    },
    {
      name: 'the same idiom about a person is not emphasis',
      draft: { text: 'Someone should beat the hell out of him' },
      errors: [{ messageId: 'profanity', message: profanity('hell'), range: [24, 28] }],
    },
    {
      name: 'the idiom reads the same spelt "outta"',
      draft: { text: 'Our drummer played the hell outta that encore' },
      errors: [emphasisNote('hell', [23, 27])],
    },
    {
      name: 'after a word of love the idiom praises, whoever it lands on',
      draft: { text: 'We love the hell out of you, coach' },
      errors: [praiseNote('hell', [12, 16])],
    },
    {
      name: 'praise slang that is a noun phrase praises what something is',
      draft: { text: 'Your new mixtape is just the shit' },
      errors: [praiseNote('shit', [29, 33])],
    },
    {
      name: 'or stands as an exclamation of its own',
      draft: { text: 'Front row seats. The shit!' },
      errors: [praiseNote('shit', [21, 25])],
    },
    {
      name: 'the same words as a subject mean what they say',
      draft: { text: 'The shit is about to hit the fan at work' },
      errors: [{ messageId: 'profanity', message: profanity('shit'), range: [4, 8] }],
    },
    {
      name: 'and so they do as an object',
      draft: { text: 'I am tired of cleaning up the shit they leave' },
      errors: [{ messageId: 'profanity', message: profanity('shit'), range: [30, 34] }],
    },
    {
      name: 'the idiom that lands on a person named by a noun is not emphasis',
      draft: { text: 'She scared the hell out of that poor guy' },
      errors: [{ messageId: 'profanity', message: profanity('hell'), range: [15, 19] }],
    },
    {
      name: 'a verdict on a claim is no cry of surprise, even said as one',
      draft: { text: 'Bullshit! The match was fair.' },
      errors: [{ messageId: 'profanity', message: profanity('Bullshit'), range: [0, 8] }],
    },
    {
      name: 'laughter after a swear word is not praise it intensifies',
      draft: { text: 'He only cares about his own ass lol' },
      errors: [{ messageId: 'profanity', message: profanity('ass'), range: [28, 31] }],
    },
    {
      name: 'a swear word after an ordinary word is not a surprise',
      draft: { text: 'What a shit week' },
      errors: [{ messageId: 'profanity', message: profanity('shit'), range: [7, 11] }],
    },
    {
      name: 'the model finds offence that no rule names, and points at the word that weighs most',
      draft: { text: 'This whole thing is a disgrace and a fraud' },
      errors: [{ messageId: 'readsHostile', message: readsHostile('fraud'), range: [37, 42] }],
    },
    {
      name: 'with swearing allowed, the model reads the draft without the swear word, and points at the word that weighs most',
      draft: { text: 'This fucking thing is a disgrace and a fraud' },
      options: { allowProfanity: true },
      errors: [{ messageId: 'readsHostile', message: readsHostile('fraud'), range: [39, 44] }],
    },
    {
      name: 'the degree idiom about a named person is not emphasis',
      draft: { text: 'I will beat the hell out of Jordan' },
      errors: [{ messageId: 'profanity', message: profanity('hell'), range: [16, 20] }],
    },
    {
      name: 'untargeted profanity',
      draft: { text: 'This shit is crazy.' },
      errors: [{ messageId: 'profanity', message: profanity('shit'), range: [5, 9] }],
    },
    {
      name: 'a harsh word aimed at no one',
      draft: { text: 'Stupid traffic again.' },
      errors: [
        {
          messageId: 'harshWord',
          message: '"Stupid" is a harsh word. With no tone of voice to soften it, it lands on whoever reads it.',
          range: [0, 6],
        },
      ],
    },
    {
      name: 'a stretched spelling',
      draft: { text: 'That was sooo stupiddd.' },
      errors: [
        {
          messageId: 'harshWord',
          message: '"stupiddd" is a harsh word. With no tone of voice to soften it, it lands on whoever reads it.',
          range: [14, 22],
        },
      ],
    },
    {
      name: 'a profane name said of oneself is still swearing',
      draft: { text: "I'm an asshole, I know." },
      errors: [{ messageId: 'profanity', message: profanity('asshole'), range: [7, 14] }],
    },
    {
      draft: { text: 'Shame on you for posting this.', kind: 'reply' },
      errors: [
        {
          messageId: 'personalNegativity',
          message: '"Shame on you" makes it about the person rather than the point. Say what you would like to see instead.',
          range: [0, 12],
        },
      ],
    },
  ],
  praise: [
    {
      draft: { text: 'Thank you so much for the intro, I really appreciate it.' },
      praise: [{ messageId: 'warm', message: '"Thank you" warms the message, the way a smile would face to face.', range: [0, 9] }],
    },
    {
      name: 'a courteous request',
      draft: { text: 'Could you please take a look when you have a moment? Thanks!' },
      praise: [{ messageId: 'warm', message: '"Thanks" warms the message, the way a smile would face to face.', range: [53, 59] }],
    },
  ],
});
