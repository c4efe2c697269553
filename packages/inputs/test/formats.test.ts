import { describe, expect, it } from 'vitest';
import { formatFromPath, sniffFormat } from '../src/index.js';

describe('formatFromPath', () => {
  it('maps extensions, whatever their case, and rejects others', () => {
    expect(['a.txt', 'b.MD', 'c/d.json', 'e.jsonl', 'f.ndjson', 'C:\\g.csv', 'h.markdown'].map(formatFromPath)).toEqual([
      'txt',
      'md',
      'json',
      'jsonl',
      'jsonl',
      'csv',
      'md',
    ]);
    expect(formatFromPath('image.png')).toBeUndefined();
    expect(formatFromPath('.csv')).toBeUndefined();
    expect(formatFromPath('README')).toBeUndefined();
  });
});

describe('sniffFormat', () => {
  it('guesses the format of pasted text', () => {
    expect(sniffFormat('---\nkind: reply\n---\nHi')).toBe('md');
    expect(sniffFormat(' [{"text":"a"}]')).toBe('json');
    expect(sniffFormat('{"text":"a",\n"kind":"dm"}')).toBe('json');
    expect(sniffFormat('{"text":"a"}\n{"text":"b"}')).toBe('jsonl');
    expect(sniffFormat('\uFEFFText,Kind\nHi,post')).toBe('csv');
    expect(sniffFormat('Thanks for the share, text me later')).toBe('txt');
    expect(sniffFormat('Date,Social Network,Message\n2026-03-02,Twitter,Hi')).toBe('csv');
    expect(sniffFormat('Caption\tPlatform\r\nHi\tIG')).toBe('tsv');
    expect(sniffFormat('Notes, and more notes\nHi')).toBe('txt');
    expect(sniffFormat('Post, then reply to everyone who comments')).toBe('txt');
  });
});

describe('sniffing prose that merely starts like a header', () => {
  it('reads a post whose first line opens with a text-column alias as text', () => {
    expect(sniffFormat('Update, everyone!\nThe meetup moved to Friday, 6pm, at the library.\nSee you there.')).toBe('txt');
  });
  it('still reads a real export with an alias header and a second known column as CSV', () => {
    expect(sniffFormat('Post,Network\nHello there,Twitter\n')).toBe('csv');
  });
});
