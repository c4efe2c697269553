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
