import { describe, expect, it } from 'vitest';
import { createJsonlReader, locateJsonError, parseJson, parseJsonl } from '../src/index.js';

describe('parseJson', () => {
  it('reads one draft', () => {
    expect(parseJson('{"text":"Hi","id":"a1"}')).toEqual({
      drafts: [{ draft: { id: 'a1', text: 'Hi', kind: 'post', channel: 'other' }, location: { index: 0 } }],
      problems: [],
    });
  });

  it('reads an array, naming the index and field of each bad draft', () => {
    const { drafts, problems } = parseJson('[{"text":"a"},{"text":3},5,{"text":"d","kind":"story"},{"text":"e","kind":7}]');
    expect(drafts.map((d) => [d.location, d.draft.kind])).toEqual([
      [{ index: 0 }, 'post'],
      [{ index: 3 }, 'post'],
    ]);
    expect(problems).toEqual([
      { index: 1, field: 'text', message: 'expected string' },
      { index: 2, field: '(draft)', message: 'expected object' },
      { index: 3, field: 'kind', severity: 'info', message: 'unknown kind "story"; linted as "post"' },
      { index: 4, field: 'kind', message: 'expected "post", "reply", "comment", "share" or "dm"' },
    ]);
  });

  it('names the line of a syntax error', () => {
    expect(parseJson('[\n  {"text": "a"},\n  {"text" "b"}\n]').problems).toEqual([{ line: 3, message: 'invalid JSON: expected ":" (column 11)' }]);
  });

  it('skips a draft nested past the depth limit, naming it, and reads the rest', () => {
    const deep = `{"text":"deep","meta":${'['.repeat(200)}${']'.repeat(200)}}`;
    const { drafts, problems } = parseJson(`[${deep},{"text":"fine"}]`);
    expect(drafts.map((d) => d.draft.text)).toEqual(['fine']);
    expect(problems).toEqual([{ index: 0, message: 'nested more than 100 levels deep; this draft was skipped' }]);
  });

  it('reads an empty file as one empty draft', () => {
    expect(parseJson(' \n').drafts).toEqual([{ draft: { text: '', kind: 'post', channel: 'other' }, location: { index: 0, line: 1 } }]);
    expect(parseJsonl('\n\n').drafts).toEqual([{ draft: { text: '', kind: 'post', channel: 'other' }, location: { index: 0, line: 1 } }]);
  });

  it('rejects a JSON value that is not a draft or an array', () => {
    expect(parseJson('"hello"').problems).toEqual([{ line: 1, message: 'expected a draft object or an array of drafts, found a string' }]);
  });
});

describe('locateJsonError', () => {
  it('accepts valid JSON and places the first error', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9"]}')).toBeUndefined();
    expect(locateJsonError('{"a": 1,}')).toEqual({ line: 1, column: 9, reason: 'expected a property name in double quotes' });
    expect(locateJsonError('{"a": "b"} x')).toEqual({ line: 1, column: 12, reason: 'unexpected text after the JSON value' });
    expect(locateJsonError('["a"')).toEqual({ line: 1, column: 5, reason: 'expected "," or "]" after an array element' });
  });
});

describe('parseJsonl', () => {
  it('reads one draft per line, skipping blank lines but counting them', () => {
    const { drafts, problems } = parseJsonl('{"text":"a"}\n\n{"text":\r\n{"text":"b","kind":"dm"}\n');
    expect(drafts.map((d) => [d.draft.text, d.location])).toEqual([
      ['a', { index: 0, line: 1 }],
      ['b', { index: 2, line: 4 }],
    ]);
    expect(problems).toEqual([{ index: 1, line: 3, message: 'invalid JSON: the input ended where a value was expected (column 9)' }]);
  });

  it('reads line by line for streaming, with the same locations', () => {
    const reader = createJsonlReader({ defaults: { channel: 'linkedin' } });
    expect(reader.readLine('\uFEFF{"text":"a"}').drafts).toEqual([{ draft: { text: 'a', kind: 'post', channel: 'linkedin' }, location: { index: 0, line: 1 } }]);
    expect(reader.readLine('{"text":"b","channel":"x"}').drafts[0]).toEqual({ draft: { text: 'b', kind: 'post', channel: 'x' }, location: { index: 1, line: 2 } });
  });

  it('reads a part of a file from where it starts, locating drafts and problems as a whole-file read does', () => {
    const lines = ['{"text":"a"}', '', '{"text":', '{"text":"b"}', '{"text":"c"}'];
    const whole = createJsonlReader();
    const expected = lines.map((line) => whole.readLine(line));
    const part = createJsonlReader({ start: { line: 3, index: 1 } });
    expect(lines.slice(2).map((line) => part.readLine(line))).toEqual(expected.slice(2));
  });
});
