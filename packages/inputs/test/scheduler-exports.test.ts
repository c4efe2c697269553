import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFromPath, matchColumns, parseCsv, parseInput } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'scheduler');

/** One export, read as the CLI reads it: by its extension. */
function read(name: string) {
  return parseInput(formatFromPath(name)!, readFileSync(join(FIXTURES, name), 'utf8'));
}

const shape = (name: string) => read(name).drafts.map(({ draft, location }) => [location.row, draft.kind, draft.channel, draft.text.slice(0, 20)]);

describe('scheduler-shaped exports, read as exported', () => {
  it('a Buffer-style export: "Text", "Network" and "Type" headers, "Twitter" and "LinkedIn Page" values', () => {
    expect(read('buffer.csv').problems).toEqual([]);
    expect(shape('buffer.csv')).toEqual([
      [1, 'post', 'x', 'Our spring workshop '],
      [2, 'share', 'linkedin', 'Great read'],
      [3, 'post', 'instagram', 'Thanks @ana for shar'],
    ]);
  });

  it('a Hootsuite-style export: "Message", "Social Network" and "Post Type", with a value Kindling does not know', () => {
    expect(shape('hootsuite.csv')).toEqual([
      [1, 'post', 'x', 'BUY OUR SEED KIT NOW'],
      [2, 'share', 'facebook', 'Worth a look'],
      [3, 'post', 'other', 'Five ways to keep sl'],
    ]);
    expect(read('hootsuite.csv').problems).toEqual([
      { index: 2, row: 3, field: 'kind', severity: 'info', message: 'unknown kind "Pin"; linted as "post"' },
      { index: 2, row: 3, field: 'channel', severity: 'info', message: 'unknown channel "Pinterest"; linted as "other"' },
    ]);
  });

  it('a Later-style TSV with CRLF line ends: "Caption" and "Platform", and an empty caption kept as an empty draft', () => {
    expect(read('later.tsv').problems).toEqual([]);
    expect(shape('later.tsv')).toEqual([
      [1, 'post', 'instagram', 'Behind the scenes at'],
      [2, 'post', 'instagram', ''],
      [3, 'post', 'threads', 'Which seed catalogue'],
    ]);
  });

  it('a Sprout-style export: "Post" and "Message Type", and a reply whose original has no author', () => {
    expect(read('sprout.csv').problems).toEqual([]);
    expect(shape('sprout.csv')).toEqual([
      [1, 'reply', 'x', 'Fine.'],
      [2, 'dm', 'linkedin', 'Hi Sam, loved your t'],
      [3, 'post', 'bluesky', 'Our seed swap is thi'],
    ]);
    expect(read('sprout.csv').drafts[0]?.draft.replyingTo).toEqual({ text: 'How do you keep seedlings warm in March?' });
  });
});

describe('matchColumns', () => {
  it('prefers the column map, then a field name, then aliases in their order', () => {
    expect(matchColumns(['Caption', 'Text', 'Post', 'Platform'], { text: 'caption' }).fields).toEqual(['text', undefined, undefined, 'channel']);
    expect(matchColumns(['Post', 'Text']).fields).toEqual([undefined, 'text']);
    expect(matchColumns(['Message', 'Post Text']).fields).toEqual([undefined, 'text']);
    expect(matchColumns(['post_text', 'SOCIAL-NETWORK']).fields).toEqual(['text', 'channel']);
  });

  it('names a mapped header the row does not have, instead of guessing', () => {
    expect(parseCsv('Caption,Platform\nHi,IG\n', { columns: { text: 'Body copy' } }).problems).toEqual([
      { line: 1, field: 'text', message: 'the column map names "Body copy" for text, but the header row has: "Caption", "Platform"' },
    ]);
  });

  it('reads a header it cannot guess through the column map', () => {
    const { drafts, problems } = parseCsv('Words,Where\nHello there,LinkedIn Page\n', { columns: { text: 'words', channel: 'Where' } });
    expect(problems).toEqual([]);
    expect(drafts.map((d) => d.draft)).toEqual([{ text: 'Hello there', kind: 'post', channel: 'linkedin' }]);
  });
});
