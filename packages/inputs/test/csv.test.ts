import { describe, expect, it } from 'vitest';
import { createCsvReader, parseCsv, type ParsedInput } from '../src/index.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, after a BOM', () => {
    const { drafts, problems } = parseCsv('\uFEFFtext,kind\r\n"Hello, ""you""\nthere",reply\r\n');
    expect(problems).toEqual([]);
    expect(drafts).toEqual([{ draft: { text: 'Hello, "you"\nthere', kind: 'reply', channel: 'other' }, location: { index: 0, row: 1 } }]);
  });

  it('nests dotted headers, splits topics on ";", omits empty cells and ignores unknown columns', () => {
    const csv = 'Text,recipient.handle,recipient.relationship,community.topics,author.handle,Scheduled at\nHi,@sam,friend,gardening; compost;,,2024-05-01\n';
    expect(parseCsv(csv).drafts[0]?.draft).toEqual({
      text: 'Hi',
      kind: 'post',
      channel: 'other',
      recipient: { handle: '@sam', relationship: 'friend' },
      community: { topics: ['gardening', 'compost'] },
    });
  });

  it('names the row and the field of a bad cell, and still reads the other rows', () => {
    const { drafts, problems } = parseCsv('text,recipient.handle,recipient.relationship\nOne,@a,pal\nTwo,@b,friend\n');
    expect(problems).toEqual([
      { index: 0, row: 1, field: 'recipient.relationship', message: 'expected "stranger", "acquaintance", "connection" or "friend"' },
    ]);
    expect(drafts.map((d) => [d.draft.text, d.location])).toEqual([['Two', { index: 1, row: 2 }]]);
  });

  it('reads a row of empty cells as an empty draft, so nothing passes silently and rows match the spreadsheet', () => {
    const { drafts } = parseCsv('text,kind\nOne,\n"",\nThree,\n');
    expect(drafts.map((d) => [d.draft.text, d.location])).toEqual([
      ['One', { index: 0, row: 1 }],
      ['', { index: 1, row: 2 }],
      ['Three', { index: 2, row: 3 }],
    ]);
  });

  it('reads an empty file as one empty draft', () => {
    expect(parseCsv('')).toEqual({ drafts: [{ draft: { text: '', kind: 'post', channel: 'other' }, location: { index: 0, line: 1 } }], problems: [] });
  });

  it('reports a missing text column once, naming the columns it found', () => {
    expect(parseCsv('Notes,Kind\nHi,post\n')).toEqual({
      drafts: [],
      problems: [{ line: 1, field: 'text', message: 'no text column (such as "text", "post", "message" or "caption"); the header row has: "Notes", "Kind"' }],
      header: ['Notes', 'Kind'],
    });
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(parseCsv('text;kind\nHi, you;reply\n').drafts[0]?.draft).toMatchObject({ text: 'Hi, you', kind: 'reply' });
    expect(parseCsv('kind\ttext\ndm\tHi\n').drafts[0]?.draft).toMatchObject({ text: 'Hi', kind: 'dm' });
  });

  it('reports a quoted field that never closes, with the line it opened on', () => {
    expect(parseCsv('text\nfine\n"never\nclosed').problems).toEqual([
      { line: 3, row: 2, message: 'a quoted field opened on line 3 is never closed' },
    ]);
  });

  it('applies defaults only where a row leaves the field empty', () => {
    const { drafts } = parseCsv('text,kind\nA,\nB,dm\n', { defaults: { kind: 'reply', channel: 'x' } });
    expect(drafts.map((d) => [d.draft.kind, d.draft.channel])).toEqual([
      ['reply', 'x'],
      ['dm', 'x'],
    ]);
  });
});

describe('createCsvReader', () => {
  it('gives the same drafts however the text is split into chunks', () => {
    const csv = '\uFEFFtext,kind\r\n"a,\r\n""b""",reply\r\nc,dm\n"d"\n';
    const whole = parseCsv(csv);
    for (const size of [1, 2, 3, 7]) {
      const reader = createCsvReader();
      const chunked: ParsedInput = { drafts: [], problems: [] };
      for (let i = 0; i < csv.length; i += size) chunked.drafts.push(...reader.push(csv.slice(i, i + size)).drafts);
      chunked.drafts.push(...reader.end().drafts);
      expect(chunked.drafts).toEqual(whole.drafts);
    }
    expect(whole.drafts.map((d) => d.draft.text)).toEqual(['a,\r\n"b"', 'c', 'd']);
  });
});
