// Every sentence the exercises show, as templates. `{{name}}` placeholders are filled by fill().

export const goalLabels = {
  avoid: 'Nothing for {{ruleId}} to flag',
  praise: 'Earn the praise of {{ruleId}}',
  pass: 'Meet lesson {{lesson}}: {{title}}',
  passWithScore: 'Meet lesson {{lesson}} ({{title}}) with a score of {{minScore}} or more',
  address: 'Speak to {{name}} by name',
  substance: 'Say something real: at least {{words}} different words, in sentences',
  spotFindAll: 'Name every lesson this draft misses',
  spotOnlyMisses: 'Name only lessons it misses',
} as const;

export const goalExplanations = {
  avoidPassed: 'Nothing here for {{ruleId}} to flag.',
  avoidFailed: '{{messages}}',
  praisePassed: '{{messages}}',
  praiseFailed: 'Not there yet. {{advice}}',
  passPassed: 'Lesson {{lesson}} passes.',
  passFailed: '{{messages}}',
  passNotApplicable: 'Nothing in this draft speaks to lesson {{lesson}} yet: {{summary}}',
  passLowScore: 'Lesson {{lesson}} scores {{score}} of 100 so far; it needs {{minScore}}. {{summary}}',
  addressPassed: 'You speak to {{name}} directly.',
  addressFailed: 'Nobody is named yet. Use {{name}}\'s name, so the message is clearly for them.',
  pointPassed: 'You pick up {{found}}.',
  pointFailed: 'Not yet: pick up the point, for example with {{examples}}.',
  pointFailedSome: 'You pick up {{found}}; take in {{missing}} more of it, for example {{examples}}.',
  substancePassed: 'There is real content here.',
  substanceShort: '{{count}} different words so far; this needs at least {{words}}. Say a little more.',
  substanceNoSentences: 'This does not read as sentences yet. Write it the way you would say it to a person.',
  spotFoundAll: 'You found every lesson it misses.',
  spotMissing: 'You have named {{found}} of {{total}}. Read the draft again as the person receiving it.',
  spotOnlyMisses: 'Every lesson you named is one it misses.',
  spotExtra: 'The draft holds up on {{lessons}}. Untick it and look elsewhere.',
} as const;

export type MessageData = Readonly<Record<string, string | number>>;

/** Fills `{{name}}` placeholders; a missing value is a bug in the caller, so it throws. */
export function fill(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Message placeholder {{${name}}} has no data.`);
    return String(value);
  });
}
