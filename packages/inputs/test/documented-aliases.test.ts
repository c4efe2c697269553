import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CHANNEL_SYNONYMS, COLUMN_ALIASES, KIND_SYNONYMS, channelFromValue, kindFromValue } from '../src/index.js';

// The CLI README documents the headers and values Kindling reads; these tests keep it true.
const README = readFileSync(join(import.meta.dirname, '..', '..', 'cli', 'README.md'), 'utf8');

function tableRows(marker: string): [string, string][] {
  const block = README.split(`<!-- ${marker}:start -->`)[1]!.split(`<!-- ${marker}:end -->`)[0]!;
  return block
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !/^\| (field|value) \|/u.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()).slice(1, 3) as [string, string]);
}

it('documents every header alias, in the order they are tried', () => {
  const documented = Object.fromEntries(tableRows('column-aliases').map(([field, headers]) => [field.replace(/`/gu, ''), headers.split(', ')]));
  expect(documented).toEqual(COLUMN_ALIASES);
});

it('documents every channel and kind synonym, each read as the README says', () => {
  const rows = tableRows('value-synonyms');
  const documented = rows.flatMap(([values, target]) => values.split(', ').map((value) => [value, target.replace(/`/gu, '')] as const));
  for (const [value, target] of documented) expect(channelFromValue(value) ?? kindFromValue(value)).toBe(target);
  expect(documented.map(([value]) => value.toLowerCase()).sort()).toEqual([...Object.keys(CHANNEL_SYNONYMS), ...Object.keys(KIND_SYNONYMS)].sort());
});
