// Every sentence the exercises show, as templates. `{{name}}` placeholders are filled by fill().

export const goalLabels = {
  avoid: 'Nothing for {{ruleId}} to flag',
  praise: 'Earn the praise of {{ruleId}}',
  pass: 'Meet lesson {{lesson}}: {{title}}',
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
