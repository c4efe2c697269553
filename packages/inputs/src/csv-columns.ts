/**
 * The draft fields a CSV header may name, nested with dots. Headers match them whatever their
 * case, so a spreadsheet export works as it is; other columns are carried along and ignored.
 */
export const CSV_COLUMNS = [
  'id',
  'text',
  'kind',
  'channel',
  'author.handle',
  'author.name',
  'replyingTo.author',
  'replyingTo.text',
  'sharing.author',
  'sharing.url',
  'sharing.title',
  'sharing.text',
  'trigger.type',
  'trigger.by',
  'recipient.handle',
  'recipient.relationship',
  'community.name',
  'community.topics',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns whose cell holds a list, and the separator between its items. */
export const LIST_COLUMNS: Readonly<Partial<Record<CsvColumn, string>>> = {
  'community.topics': ';',
};
