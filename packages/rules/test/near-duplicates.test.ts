import { describe, expect, it } from 'vitest';
import { groupNearDuplicates } from '../src/near-duplicates.js';

const words = (text: string) => new Set(text.split(' '));

describe('groupNearDuplicates', () => {
  it('groups exact and near copies, and leaves distinct and empty sets out', () => {
    const sets = [
      words('a b c d e f g h i j'),
      words('x y z'),
      words('a b c d e f g h i j'),
      words('a b c d e f g h i k'),
      new Set<string>(),
      new Set<string>(),
    ];
    expect(groupNearDuplicates(sets, 0.8)).toEqual([[0, 2, 3]]);
  });

  it('keeps sets below the threshold apart', () => {
    expect(groupNearDuplicates([words('a b c d'), words('a b c e')], 0.8)).toEqual([]);
    expect(groupNearDuplicates([words('a b c d'), words('a b c e')], 0.6)).toEqual([[0, 1]]);
  });

  it('joins chains of near copies into one group', () => {
    const chain = [words('a b c d e f g h i j'), words('a b c d e f g h i k'), words('a b c d e f g h l k')];
    expect(groupNearDuplicates(chain, 0.8)).toEqual([[0, 1, 2]]);
  });
});
