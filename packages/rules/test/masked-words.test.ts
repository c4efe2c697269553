import { describe, expect, it } from 'vitest';
import { unmask } from '../src/masked-words.js';
import { TextDoc } from '../src/text.js';

describe('unmask', () => {
  it.each([
    ['f***', 'fuck'],
    ['f***ing', 'fucking'],
    ['sh*t', 'shit'],
    ['sh#t', 'shit'],
    ['sh!t', 'shit'],
    ['sh1t', 'shit'],
    ['a$$', 'ass'],
    ['a**hole', 'asshole'],
    ['b!tch', 'bitch'],
    ['m0r0n', 'moron'],
    ['s#$t', 'shit'],
    ['f@#k', 'fuck'],
  ])('reads %s as %s', (masked, word) => {
    expect(unmask(masked)).toBe(word);
  });

  it.each([
    ['f**', 'too short to tell which word it masks'],
    ['hello', 'nothing is masked'],
    ['gr8', 'no swear word reads so'],
    ['ass*', 'a mask where no known word goes on'],
    ['co2', 'a digit that looks like no letter'],
    ['$#$', 'a grawlix alone shows no letter'],
  ])('leaves %s alone: %s', (run) => {
    expect(unmask(run)).toBeUndefined();
  });
});

describe('TextDoc words', () => {
  it('replaces the pieces of a masked word with the word, keyed as what it masks', () => {
    const doc = new TextDoc('So f***ing tired of this sh*t!!');
    expect(doc.words.map((word) => [word.text, word.key, word.start, word.end])).toEqual([
      ['So', 'so', 0, 2],
      ['f***ing', 'fucking', 3, 10],
      ['tired', 'tired', 11, 16],
      ['of', 'of', 17, 19],
      ['this', 'this', 20, 24],
      ['sh*t', 'shit', 25, 29],
    ]);
  });

  it('keys full-width and styled letters in their plain form, with offsets into the text', () => {
    const doc = new TextDoc('ｈｅｌｌｏ 𝐰𝐨𝐫𝐥𝐝');
    expect(doc.words.map((word) => [word.key, word.start, word.end])).toEqual([
      ['hello', 0, 5],
      ['world', 6, 16],
    ]);
  });

  it('reads a masked word run together with what follows it, however long', () => {
    expect(new TextDoc('F***INGRIDICULOUSANDPATHETICBEHAVIOURTODAY').words.map((word) => word.key)).toEqual(['fuckingridiculousandpatheticbehaviourtoday']);
  });

  it('leaves emphasis and prices as they are', () => {
    expect(new TextDoc('a **great** deal at $5').words.map((word) => word.key)).toEqual(['a', 'great', 'deal', 'at', '5']);
  });
});
