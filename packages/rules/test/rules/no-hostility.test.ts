import { noHostility } from '../../src/rules/no-hostility.js';
import { testRule } from '../rule-tester.js';

const nameCalling = (phrase: string) => `"${phrase}" is name-calling. Disagree with the idea, not the person.`;
const dismissal = (phrase: string) => `"${phrase}" brushes the person off instead of answering them.`;
const group = (phrase: string) => `"${phrase}" attacks people for who they are. Argue with what someone does, not with who they are.`;
const condescending = (phrase: string) => `"${phrase}" talks down to the reader. Answer them as an equal: say what you know, and how you know it.`;
const putDown = (phrase: string) => `"${phrase}" puts a person down. Say what you disagree with instead.`;

testRule(noHostility, {
  valid: [
    { draft: { text: 'I see it differently: most of my conversations moved to LinkedIn. What keeps you on blog comments?', kind: 'reply' } },
    { name: 'slang praise: sick', draft: { text: 'This recipe is sick.' } },
    { name: 'slang praise: killed it', draft: { text: 'You killed it on stage tonight!' } },
    { name: 'slang praise: killer', draft: { text: "That's a killer idea." } },
    { name: 'slang praise: badass', draft: { text: "You're a bad ass, never change." } },
    { name: 'an insult quoted to condemn it', draft: { text: "Calling people 'idiots' is never OK." } },
    { name: 'an insult reported', draft: { text: 'He called me a moron yesterday and I am still upset.' } },
    { name: 'self-deprecation', draft: { text: "I'm such an idiot, forgot my keys." } },
    { name: 'self-deprecation, inverted', draft: { text: 'What an idiot I am!' } },
    { name: 'a profane name said of oneself', draft: { text: "I'm an asshole, I know." } },
    { name: 'negated', draft: { text: "You're not stupid." } },
    { name: 'negated noun', draft: { text: "You aren't an idiot for asking." } },
    { name: 'an adjective about a thing', draft: { text: 'It was a terrible day.' } },
    { name: 'an adjective with no one to aim at', draft: { text: 'Stupid traffic again.' } },
    { name: 'a command phrase used as a description', draft: { text: 'When kids grow up they move away.' } },
    { name: 'hating a thing', draft: { text: 'I hate Mondays.' } },
    { name: 'a name with an adjective may be a place', draft: { text: 'Texas is ridiculous in August.' } },
    { name: 'violence to a thing', draft: { text: 'Time to kill the old branch and start fresh.' } },
    { name: 'an idiom', draft: { text: 'Happy April fools day!' } },
    { name: 'a fixed phrase of delight', draft: { text: 'Shut up and take my money, this keyboard looks amazing' } },
    { name: 'markdown emphasis is no mask', draft: { text: 'What a **great** talk, and *so* useful.' } },
    { name: 'a price is no mask', draft: { text: 'Tickets are $5 at the door, 2-for-1 on Fridays.' } },
    { name: 'a harsh word inside a title', draft: { text: 'Watching Why Nations Go To Hell tonight with my dad' } },
    { name: 'a harsh word turned to praise by the word before it', draft: { text: 'My kids love these awesomely horrible shark movies' } },
    { name: 'an insult in quoted speech, said by someone else', draft: { text: 'Sam said "you are an idiot" to me yesterday, which hurt' } },
    { name: 'a dismissal used as a verb with an object', draft: { text: 'I am making it my mission to piss off a rival fan today' } },
    { name: 'a pet name in a warm post', draft: { text: 'Happy birthday sweetie!' } },
    { name: 'a hashtag in lower case is not split', draft: { text: 'Back home at last #sendthemhome' } },
    { name: 'untargeted profanity is warm-tone, not hostility', draft: { text: 'This shit is crazy.' } },
  ],
  invalid: [
    {
      draft: { text: 'Nobody asked for your opinion, idiot.', kind: 'reply' },
      errors: [
        { messageId: 'dismissal', message: dismissal('Nobody asked'), range: [0, 12] },
        {
          messageId: 'nameCalling',
          message: nameCalling('idiot'),
          range: [31, 36],
          suggestions: [{ messageId: 'removeInsult', message: 'Remove ", idiot".', output: 'Nobody asked for your opinion.' }],
        },
      ],
    },
    {
      draft: { text: 'Ok boomer. Just google it next time.', kind: 'reply' },
      errors: [
        { messageId: 'dismissal', message: dismissal('Ok boomer'), range: [0, 9] },
        { messageId: 'dismissal', message: dismissal('Just google it'), range: [11, 25] },
      ],
    },
    {
      name: 'an addressed command',
      draft: { text: 'You need to grow up.' },
      errors: [{ messageId: 'dismissal', message: dismissal('grow up'), range: [12, 19] }],
    },
    {
      draft: { text: 'This is the dumbest take I have read all week.', kind: 'reply' },
      errors: [{ messageId: 'contempt', message: '"dumbest" sneers at what someone said. Say what you disagree with, and why.', range: [12, 19] }],
    },
    {
      draft: { text: 'You are pathetic.' },
      errors: [{ messageId: 'putDown', message: putDown('pathetic'), range: [8, 16] }],
    },
    {
      name: 'an adjective that describes the person',
      draft: { text: 'You are a terrible person.' },
      errors: [{ messageId: 'putDown', message: putDown('terrible'), range: [10, 18] }],
    },
    {
      name: 'exclusion written as a camel-case hashtag',
      draft: { text: 'Enough is enough. #SendThemBack' },
      errors: [{ messageId: 'groupHostility', message: group('SendThemBack'), range: [19, 31] }],
    },
    {
      name: 'a group called animals',
      draft: { text: 'Migrants are animals and everyone knows it' },
      errors: [{ messageId: 'groupHostility', message: group('Migrants are animals'), range: [0, 20] }],
    },
    {
      name: 'a command to go and learn',
      draft: { text: 'Do your homework before you comment', kind: 'reply' },
      errors: [{ messageId: 'condescension', message: condescending('Do your homework'), range: [0, 16] }],
    },
    {
      name: 'a command to go and learn, another way',
      draft: { text: 'Go read a book before you reply' },
      errors: [{ messageId: 'condescension', message: condescending('Go read a book before'), range: [0, 21] }],
    },
    {
      name: 'mock delight',
      draft: { text: 'It is adorable that you tried' },
      errors: [{ messageId: 'condescension', message: condescending('It is adorable that you'), range: [0, 23] }],
    },
    {
      name: 'a belittling form of address',
      draft: { text: 'Listen sweetie, that is not how it works', kind: 'reply' },
      errors: [{ messageId: 'condescension', message: condescending('Listen sweetie'), range: [0, 14] }],
    },
    {
      name: 'a put-down of a group',
      draft: { text: 'They are so stupid.' },
      errors: [{ messageId: 'putDown', message: putDown('stupid'), range: [12, 18] }],
    },
    {
      name: 'a one-word verdict on the person replied to',
      draft: { text: '@sam Pathetic.' },
      errors: [{ messageId: 'putDown', message: putDown('Pathetic'), range: [5, 13] }],
    },
    {
      name: 'profanity and an insult become one finding',
      draft: { text: 'You fucking idiot.' },
      errors: [{ messageId: 'nameCalling', message: nameCalling('fucking idiot'), range: [4, 17] }],
    },
    {
      name: 'two capitals joined by a small word are no title',
      draft: { text: 'You are Stupid and Lazy.' },
      errors: [
        { messageId: 'putDown', message: putDown('Stupid'), range: [8, 14] },
        { messageId: 'putDown', message: putDown('Lazy'), range: [19, 23] },
      ],
    },
    {
      name: 'a dismissal outside the fixed phrase that holds its words',
      draft: { text: 'Shut up and listen to me.' },
      errors: [{ messageId: 'dismissal', message: dismissal('Shut up'), range: [0, 7] }],
    },
    {
      name: 'masked profanity is read as the word it masks',
      draft: { text: 'You f***ing muppet.' },
      errors: [{ messageId: 'nameCalling', message: nameCalling('f***ing muppet'), range: [4, 18] }],
    },
    {
      name: 'a masked insult with a look-alike letter',
      draft: { text: 'Shut it, b!tch' },
      errors: [{ messageId: 'nameCalling', message: nameCalling('b!tch'), range: [9, 14] }],
    },
    {
      name: 'full-width letters read as plain ones',
      draft: { text: 'You are a ｍｏｒｏｎ' },
      errors: [{ messageId: 'nameCalling', message: nameCalling('ｍｏｒｏｎ'), range: [10, 15] }],
    },
    {
      name: 'styled letters read as plain ones, ranges in code units',
      draft: { text: 'Such a 𝗹𝗼𝘀𝗲𝗿' },
      errors: [{ messageId: 'nameCalling', message: nameCalling('𝗹𝗼𝘀𝗲𝗿'), range: [7, 17] }],
    },
    {
      name: '"don\'t be" does not negate the insult',
      draft: { text: "Don't be an idiot." },
      errors: [{ messageId: 'nameCalling', message: nameCalling('idiot'), range: [12, 17] }],
    },
    {
      name: 'a stretched spelling',
      draft: { text: 'You are sooo stupiddd.' },
      errors: [{ messageId: 'putDown', message: putDown('stupiddd'), range: [13, 21] }],
    },
    {
      name: 'a description after "you are"',
      draft: { text: 'You are fake news.' },
      errors: [{ messageId: 'putDown', message: putDown('fake'), range: [8, 12] }],
    },
    {
      name: 'a label said of a named person',
      draft: { text: 'Carrey is a pig.' },
      errors: [{ messageId: 'putDown', message: putDown('a pig'), range: [10, 15] }],
    },
    {
      name: '"nothing but" insists',
      draft: { text: 'He is nothing but a clown.' },
      errors: [{ messageId: 'nameCalling', message: nameCalling('clown'), range: [20, 25] }],
    },
    {
      draft: { text: 'He is a liar and a coward.' },
      errors: [
        { messageId: 'nameCalling', message: nameCalling('liar'), range: [8, 12] },
        { messageId: 'nameCalling', message: nameCalling('coward'), range: [19, 25] },
      ],
    },
    {
      draft: { text: 'I hate them all.' },
      errors: [{ messageId: 'hatred', message: '"hate" declares hatred of people. Name what they did that you object to instead.', range: [2, 6] }],
    },
    {
      name: 'violence with a person as its object',
      draft: { text: 'Someone should punch him.' },
      errors: [{ messageId: 'threat', message: '"punch him" wishes someone harm. That is never OK, even as a joke.', range: [15, 24] }],
    },
    {
      name: 'violence that reaches its object through a degree idiom',
      draft: { text: 'Somebody smack the crap outta him' },
      errors: [{ messageId: 'threat', message: '"smack the crap outta him" wishes someone harm. That is never OK, even as a joke.', range: [9, 33] }],
    },
    {
      name: 'a degree idiom that lands on the reader aims its swear word at them, whoever says it',
      draft: { text: "I'll beat the hell out of you" },
      errors: [{ messageId: 'profanityAtPerson', message: '"hell" aims profanity at someone.', range: [14, 18] }],
    },
    {
      draft: { text: 'Kill yourself.' },
      errors: [{ messageId: 'threat', message: '"Kill yourself" wishes someone harm. That is never OK, even as a joke.', range: [0, 13] }],
    },
    {
      draft: { text: 'Only a retard would say that.' },
      errors: [{ messageId: 'slur', message: '"retard" is a slur. Leave it out.', range: [7, 13] }],
    },
    {
      draft: { text: 'Kiss my ass.' },
      errors: [{ messageId: 'dismissal', message: dismissal('Kiss my ass'), range: [0, 11] }],
    },
    {
      name: 'profanity aimed at the reader',
      draft: { text: 'Fuck your rules.' },
      errors: [{ messageId: 'profanityAtPerson', message: '"Fuck" aims profanity at someone.', range: [0, 4] }],
    },
  ],
});
