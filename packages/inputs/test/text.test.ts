import { describe, expect, it } from 'vitest';
import { parseInput, parseMarkdown, parseText } from '../src/index.js';

describe('parseText', () => {
  it('takes the whole file as one draft, starting at its first non-blank line', () => {
    expect(parseText('\uFEFF\n\nThanks for sharing!\nSee you.\n\n')).toEqual({
      drafts: [{ draft: { text: 'Thanks for sharing!\nSee you.', kind: 'post', channel: 'other' }, location: { index: 0, line: 3 } }],
      problems: [],
    });
  });
});

describe('parseMarkdown', () => {
  it('reads the context from the frontmatter and the text from the body', () => {
    const md = '---\nid: welcome\nkind: reply\nreplyingTo:\n  author: "@ana"\n  text: Any tips?\n---\n\nTry the **compost** guide.\n';
    expect(parseMarkdown(md)).toEqual({
      drafts: [
        {
          draft: { id: 'welcome', text: 'Try the **compost** guide.', kind: 'reply', channel: 'other', replyingTo: { author: '@ana', text: 'Any tips?' } },
          location: { index: 0, line: 9 },
        },
      ],
      problems: [],
    });
  });

  it('reads frontmatter with Windows line ends, leaving no carriage return in its values', () => {
    const md = '---\r\nkind: reply\r\nreplyingTo:\r\n  author: "@ana"\r\n  text: Any tips?\r\n---\r\n\r\nTry the compost guide.\r\n';
    expect(parseMarkdown(md)).toEqual({
      drafts: [{ draft: { text: 'Try the compost guide.', kind: 'reply', channel: 'other', replyingTo: { author: '@ana', text: 'Any tips?' } }, location: { index: 0, line: 8 } }],
      problems: [],
    });
  });

  it('reports a YAML alias bomb as one problem instead of expanding it', () => {
    const bomb = ['---', 'a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]', '---', 'Hi'].join('\n');
    expect(parseMarkdown(bomb)).toEqual({ drafts: [], problems: [{ line: 2, message: 'invalid YAML frontmatter: Excessive alias count indicates a resource exhaustion attack' }] });
  });

  it('takes a file without frontmatter as plain text', () => {
    expect(parseMarkdown('Just a post.').drafts[0]?.draft.text).toBe('Just a post.');
  });

  it('points a bad field at its frontmatter line', () => {
    expect(parseMarkdown('---\nkind: reply\nchannel: myspace\n---\nHi')).toEqual({
      drafts: [{ draft: { text: 'Hi', kind: 'reply', channel: 'other' }, location: { index: 0, line: 5 } }],
      problems: [{ index: 0, line: 3, field: 'channel', severity: 'info', message: 'unknown channel "myspace"; linted as "other"' }],
    });
  });

  it('names the line of invalid YAML', () => {
    expect(parseMarkdown('---\nkind: reply\nrecipient: [\n---\nHi').problems).toEqual([
      { line: 3, message: 'invalid YAML frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]' },
    ]);
  });

  it('reports unclosed frontmatter, frontmatter that is not a mapping, and text in the frontmatter', () => {
    expect(parseMarkdown('---\nkind: reply\nHi').problems).toEqual([{ line: 1, message: 'the frontmatter opened with "---" on line 1 is never closed by a "---" line' }]);
    expect(parseMarkdown('---\n- a\n---\nHi').problems).toEqual([{ line: 2, message: 'the frontmatter must be "key: value" pairs, found an array' }]);
    expect(parseMarkdown('---\nkind: post\ntext: Hi\n---\nHi').problems).toEqual([
      { line: 3, field: 'text', message: 'the body of the file is the text; remove "text" from the frontmatter' },
    ]);
  });
});

describe('parseInput', () => {
  it('dispatches on the format', () => {
    expect(parseInput('txt', 'a').drafts[0]?.draft.text).toBe('a');
    expect(parseInput('csv', 'text\nb').drafts[0]?.draft.text).toBe('b');
    expect(parseInput('jsonl', '{"text":"c"}').drafts[0]?.draft.text).toBe('c');
  });
});
