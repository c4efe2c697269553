import { noShouting } from '../../src/rules/no-shouting.js';
import { testRule } from '../rule-tester.js';

const allCaps = 'This sentence is in capitals, which reads as shouting. Write it in sentence case.';

/** The finding for a pile of marks at `range`, whose fix gives `output`. */
const exclamations = (marks: string, range: [number, number], output: string, severity?: 'info') => ({
  messageId: 'exclamations',
  message: `"${marks}" reads as shouting. One exclamation mark is enough.`,
  range,
  ...(severity && { severity }),
  suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', output }],
});

testRule(noShouting, {
  valid: [
    { draft: { text: 'Loved the NASA livestream today!' } },
    { name: 'an empty draft raises no voice', draft: { text: '' } },
    { name: 'nor does an empty reply', draft: { text: '', kind: 'reply' } },
    { draft: { text: 'So proud of this team!!' } },
    { draft: { text: 'OK, see you at 5 PM.' } },
    { draft: { text: 'Wow!!!' }, options: { maxExclamations: 3 } },
    { name: 'delight, not anger', draft: { text: 'So proud of you!!!!' } },
    { name: 'capitals of joy', draft: { text: 'HAPPY BIRTHDAY MOM!!! 🎉' } },
    { name: 'capitals of a win', draft: { text: 'WE WON THE CUP TODAY.' } },
    { name: 'a joyful emoji just after the marks makes them delight', draft: { text: 'The bake sale runs till noon!!! 🎉' } },
    { name: 'so does one inside the sentence', draft: { text: 'The bake sale 🎉 runs till noon!!!' } },
    { name: 'or one that starts at the last place of the reach', draft: { text: 'The bake sale runs till noon!!!       🎉' } },
    { name: 'hashtags and handles are names', draft: { text: 'Great panel with @NASA today #SPACEWEEK #STEMFORALL' } },
    { name: 'one capitalised word is emphasis', draft: { text: 'UNBELIEVABLE. The bus is late again.' } },
    { name: 'shouting quoted from someone else', draft: { text: 'Our coach yelled "NOBODY LEAVES THIS FIELD UNTIL WE SCORE!!!" and we stayed.' } },
  ],
  invalid: [
    {
      name: '"won\'t" is not "won": a refusal in capitals is no joy',
      draft: { text: "WE WON'T COMPROMISE ON THIS." },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [0, 28],
          severity: 'info',
          suggestions: [{ messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: "We won't compromise on this." }],
        },
      ],
    },
    {
      name: 'a cool word in a post that speaks to nobody is not anger: "never" here is resolve',
      draft: { text: 'Passed my driving test!!!! Never giving up on anything again' },
      errors: [exclamations('!!!!', [22, 26], 'Passed my driving test! Never giving up on anything again', 'info')],
    },
    {
      name: 'an emoji past the reach of the sentence does not make it delight',
      draft: { text: 'The bake sale runs till noon!!!        🎉' },
      errors: [exclamations('!!!', [28, 31], 'The bake sale runs till noon!        🎉', 'info')],
    },
    {
      name: 'an invitation to stop by is not a command to stop',
      draft: { text: 'The bake sale runs till noon!!! Stop by if you can.' },
      errors: [exclamations('!!!', [28, 31], 'The bake sale runs till noon! Stop by if you can.', 'info')],
    },
    {
      name: 'capitals said to someone, in a draft no reader would take as offensive, are excitement',
      draft: { text: 'YOU PLAYED SO WELL TONIGHT' },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [0, 26],
          severity: 'info',
          suggestions: [{ messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: 'You played so well tonight' }],
        },
      ],
    },
    {
      name: 'a cool question in capitals, said to someone, is still raised at them',
      draft: { text: 'WHY DO YOU KEEP DOING THIS' },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [0, 26],
          suggestions: [{ messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: 'Why do you keep doing this' }],
        },
      ],
    },
    {
      name: 'the same cool words said to someone are raised at them',
      draft: { text: 'You never answer anything!!!!' },
      errors: [exclamations('!!!!', [25, 29], 'You never answer anything!')],
    },
    {
      name: 'a negative word makes a loud post cross, whoever it speaks to',
      draft: { text: 'The new timetable is wrong!!!!' },
      errors: [exclamations('!!!!', [26, 30], 'The new timetable is wrong!')],
    },
    {
      name: 'a plea with "please" is loud but not cross',
      draft: { text: 'Please read this before Friday!!!!' },
      errors: [exclamations('!!!!', [30, 34], 'Please read this before Friday!', 'info')],
    },
    {
      name: 'a cool question in a reply is raised at the person replied to',
      draft: { text: 'Why is this still broken?!!!', kind: 'reply' },
      errors: [exclamations('!!!', [25, 28], 'Why is this still broken?!')],
    },
    {
      name: 'the same question posted to nobody is exasperation, a note',
      draft: { text: 'Why is this still broken?!!!' },
      errors: [exclamations('!!!', [25, 28], 'Why is this still broken?!', 'info')],
    },
    {
      name: 'a sentence that opens with a command is said at someone',
      draft: { text: "Don't touch my bike!!!" },
      errors: [exclamations('!!!', [19, 22], "Don't touch my bike!")],
    },
    {
      name: 'a quote that says whose words it is not is the writer shouting',
      draft: { text: '"STOP DOING THIS RIGHT NOW!!!"', kind: 'reply' },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [0, 29],
          suggestions: [{ messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: '"Stop doing this right now!!!"' }],
        },
        {
          messageId: 'exclamations',
          message: '"!!!" reads as shouting. One exclamation mark is enough.',
          range: [26, 29],
          suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', output: '"STOP DOING THIS RIGHT NOW!"' }],
        },
      ],
    },
    {
      name: 'excitement in a draft that attacks nobody is a note, not a warning',
      draft: { text: 'Finally finished my first marathon!!! Still shaking!!!' },
      errors: [exclamations('!!!', [51, 54], 'Finally finished my first marathon!!! Still shaking!', 'info')],
    },
    {
      draft: { text: 'THIS IS WRONG AND EVERYONE KNOWS IT!!!', kind: 'reply' },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [0, 38],
          suggestions: [
            { messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: 'This is wrong and everyone knows it!!!' },
          ],
        },
        {
          messageId: 'exclamations',
          message: '"!!!" reads as shouting. One exclamation mark is enough.',
          range: [35, 38],
          suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', output: 'THIS IS WRONG AND EVERYONE KNOWS IT!' }],
        },
      ],
    },
    {
      draft: { text: 'Read the thread before replying!!!!' },
      errors: [exclamations('!!!!', [31, 35], 'Read the thread before replying!')],
    },
    {
      name: 'handles and hashtags keep their case in the fix; in a draft that is not cross, capitals are a note',
      draft: { text: '@NASA READ THE REPORT ON #SPACEWEEK NOW' },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [0, 39],
          severity: 'info',
          suggestions: [
            { messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: '@NASA Read the report on #SPACEWEEK now' },
          ],
        },
      ],
    },
    {
      name: 'only the capital sentence is flagged',
      draft: { text: 'I asked twice. STOP IGNORING MY EMAILS.' },
      errors: [
        {
          messageId: 'allCaps',
          message: allCaps,
          range: [15, 39],
          suggestions: [{ messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: 'I asked twice. Stop ignoring my emails.' }],
        },
      ],
    },
  ],
});
