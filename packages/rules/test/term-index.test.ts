import { describe, expect, it } from 'vitest';
import { hasTermWithin } from '../src/lexicon-index.js';
import { once } from '../src/memo.js';
import { indexTerms, matchTerms } from '../src/term-index.js';
import { TextDoc } from '../src/text.js';

const spans = (matches: { text: string; start: number; end: number; tag: number }[]) => matches.map((m) => [m.text, m.start, m.end, m.tag]);

describe('the term book', () => {
  const insults = indexTerms([['idiot', 'idiot*', 'you idiot'], ['stupid']]);
  const cheer = indexTerms([['good', 'so good']]);
  const tags = indexTerms([['idiot']], true);

  it('keeps each index to its own groups, tagged by position, from one pass over the words', () => {
    const doc = new TextDoc('you idiots are so good, stupid');
    expect(spans(matchTerms(insults, doc, true))).toEqual([
      ['idiots', 4, 10, 0],
      ['stupid', 24, 30, 1],
    ]);
    expect(spans(matchTerms(cheer, doc, true))).toEqual([
      ['so good', 15, 22, 0],
      ['good', 18, 22, 0],
    ]);
  });

  it('takes the longest match at a place and moves past it when matches may not overlap', () => {
    const doc = new TextDoc('so good, you idiot');
    expect(spans(matchTerms(cheer, doc, false))).toEqual([['so good', 0, 7, 0]]);
    expect(spans(matchTerms(insults, doc, true))).toEqual([
      ['you idiot', 9, 18, 0],
      ['idiot', 13, 18, 0],
      ['idiot', 13, 18, 0],
    ]);
    expect(spans(matchTerms(insults, doc, false))).toEqual([['you idiot', 9, 18, 0]]);
  });

  it('reads a possessive as its base word only where no term matches the whole word', () => {
    expect(spans(matchTerms(cheer, new TextDoc("that's good's"), false))).toEqual([['good', 7, 11, 0]]);
    expect(spans(matchTerms(insults, new TextDoc("idiot's"), false))).toEqual([["idiot's", 0, 7, 0]]);
  });

  it('reads hashtag words only for an index that asks for them', () => {
    const doc = new TextDoc('so true #TotalIdiot');
    expect(matchTerms(insults, doc, true)).toEqual([]);
    expect(spans(matchTerms(tags, doc, true))).toEqual([['Idiot', 14, 19, 0]]);
  });

  it('finds the terms of an index added after a draft was first read', () => {
    const doc = new TextDoc('what a lovely day');
    expect(matchTerms(cheer, doc, true)).toEqual([]);
    const late = indexTerms([['lovely']]);
    expect(spans(matchTerms(late, doc, true))).toEqual([['lovely', 7, 13, 0]]);
  });

  it('cuts stretched letters to the word each index knows', () => {
    const god = indexTerms([['god']]);
    const doc = new TextDoc('sooo gooood');
    expect(spans(matchTerms(cheer, doc, false))).toEqual([['sooo gooood', 0, 11, 0]]);
    expect(spans(matchTerms(god, doc, false))).toEqual([['gooood', 5, 11, 0]]);
    expect(matchTerms(insults, doc, false)).toEqual([]);
  });
});

describe('once', () => {
  it('computes an answer once per draft, an undefined one too', () => {
    let calls = 0;
    const ask = once((doc: TextDoc) => {
      calls++;
      return doc.text.includes('?') ? doc.text.length : undefined;
    });
    const plain = new TextDoc('no question');
    const asking = new TextDoc('why?');
    expect([ask(plain), ask(plain), ask(asking), ask(asking)]).toEqual([undefined, undefined, 4, 4]);
    expect(calls).toBe(2);
  });
});

describe('hasTermWithin', () => {
  const harsh = { terms: ['stupid', 'dumb*', 'total idiot', 'fuck*'] };

  it('finds a term only when it stands wholly inside the span', () => {
    const doc = new TextDoc('what a total idiot, so dumbest');
    expect(hasTermWithin(doc, harsh, 7, 18)).toBe(true);
    expect(hasTermWithin(doc, harsh, 13, 18)).toBe(false);
    expect(hasTermWithin(doc, harsh, 0, 12)).toBe(false);
    expect(hasTermWithin(doc, harsh, 23, 30)).toBe(true);
  });

  it('reads masked words as the words they mask, and hashtag words unless asked for the prose', () => {
    const doc = new TextDoc('f***ing #TotalIdiot');
    expect(hasTermWithin(doc, harsh, 0, 7)).toBe(true);
    expect(hasTermWithin(doc, harsh, 8, 19)).toBe(true);
    expect(hasTermWithin(doc, harsh, 8, 19, true)).toBe(false);
  });
});
