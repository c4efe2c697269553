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

/**
 * Other headers that mean a draft field, as scheduling tools (Buffer, Hootsuite, Later, Sprout
 * Social and the like) write them, matched whatever their case and spacing. A field's own name
 * wins over these; among these, the first in the list that the header row has wins.
 */
export const COLUMN_ALIASES: Readonly<Partial<Record<CsvColumn, readonly string[]>>> = {
  text: [
    'post',
    'post text',
    'post content',
    'post copy',
    'post body',
    'message',
    'message text',
    'content',
    'caption',
    'body',
    'tweet',
    'tweet text',
    'copy',
    'status text',
    'update',
  ],
  channel: ['network', 'social network', 'platform', 'profile type', 'social platform', 'service'],
  kind: ['type', 'post type', 'message type', 'content type'],
  id: ['post id', 'message id', 'draft id'],
  'author.handle': ['author', 'handle', 'username', 'profile name', 'account', 'profile handle'],
  'replyingTo.text': ['in reply to', 'replying to', 'original post', 'original message'],
  'replyingTo.author': ['in reply to author', 'replying to author', 'original author'],
  'community.topics': ['topics'],
};

/**
 * Which header holds which field, for exports whose headers Kindling cannot guess: field name
 * to header, e.g. `{ text: 'Caption', channel: 'Platform' }`. Headers match whatever their case.
 */
export type ColumnMap = Partial<Record<CsvColumn, string>>;

/** The header as compared: lower case, with runs of spaces, dashes and underscores as one space. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/gu, ' ');
}

/**
 * Which field each header names (undefined for columns carried along and ignored), and the
 * mapped headers the row does not have. The map wins, then a field's own name, then its aliases.
 */
export function matchColumns(header: readonly string[], map: ColumnMap = {}): { fields: (CsvColumn | undefined)[]; missing: [CsvColumn, string][] } {
  const keys = header.map(headerKey);
  const fields: (CsvColumn | undefined)[] = header.map(() => undefined);
  const taken = new Set<CsvColumn>();
  const claim = (column: CsvColumn, key: string): boolean => {
    if (taken.has(column)) return true;
    const at = keys.findIndex((candidate, i) => candidate === key && fields[i] === undefined);
    if (at === -1) return false;
    fields[at] = column;
    taken.add(column);
    return true;
  };
  const missing: [CsvColumn, string][] = [];
  for (const [column, name] of Object.entries(map) as [CsvColumn, string][]) {
    if (!claim(column, headerKey(name))) missing.push([column, name]);
  }
  for (const column of CSV_COLUMNS) claim(column, headerKey(column));
  for (const column of CSV_COLUMNS) {
    for (const alias of COLUMN_ALIASES[column] ?? []) if (claim(column, alias)) break;
  }
  return { fields, missing };
}
