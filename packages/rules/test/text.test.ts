import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDoc } from '../src/text.js';

describe('TextDoc', () => {
  it('reads camel-case and one-word hashtags as words for the lexicons, with ranges into the text', () => {
    const doc = new TextDoc('So true #LiberalsAreIdiots #idiot #MAGA2020');
    expect(doc.lexicalWords.filter((w) => w.inHashtag).map((w) => [w.text, w.start, w.end])).toEqual([
      ['Liberals', 9, 17],
      ['Are', 17, 20],
      ['Idiots', 20, 26],
      ['idiot', 28, 33],
    ]);
    expect(doc.words.map((w) => w.text)).toEqual(['So', 'true']);
  });

  it('finds code spans', () => {
    expect(new TextDoc('Type `{first_name}` here').codeSpans).toEqual([{ text: '`{first_name}`', start: 5, end: 19 }]);
  });

  it('counts a quote as speech only when the draft says whose it is', () => {
    expect(new TextDoc('She said "you are wrong" and left').quotations.map((q) => q.text)).toEqual(['"you are wrong"']);
    expect(new TextDoc('"Never give up" - Jim Valvano').quotations.map((q) => q.text)).toEqual(['"Never give up"']);
    expect(new TextDoc('"This whole post sits in quotes"').quotations).toEqual([]);
  });
});

describe('the word scanner', () => {
  // The definition the scanner implements, as a regex: a letter or digit, then letters, digits,
  // marks, `_`, apostrophes and hyphens, ending on anything but an apostrophe or hyphen.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’_-]*[\p{L}\p{N}\p{M}_])?/gu;
  // No characters that open a link, handle, hashtag or masked word, so only the scanner decides.
  const alphabet = ['a', 'Z', 'é', 'ß', '\u0301', "'", '’', '-', '_', ' ', ',', '😀', '𝐟', 'ｆ', '\uD800', '\uDC00', '\u3042'];

  it('cuts any text into the words the definition gives, at the same offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
        expect(new TextDoc(text).words.map((w) => [w.start, w.end])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('says whether a letter stands three times in a row, anywhere in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet, 'aa', 'ééé', '#', '1', '111'), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(new TextDoc(text).hasStretchedLetter).toBe(/(\p{L})\1{2,}/u.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(new TextDoc('so #gooood').hasStretchedLetter).toBe(true);
    expect(new TextDoc('so good!!! 111').hasStretchedLetter).toBe(false);
  });

  it('keeps the quotes and hyphens around a word out of it', () => {
    expect(new TextDoc("'sellout' well-known -- don't’").words.map((w) => w.text)).toEqual(['sellout', 'well-known', "don't"]);
  });
});
