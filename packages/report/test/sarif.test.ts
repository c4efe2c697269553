import type * as Sarif from 'sarif';
import { rules } from '@kindling/rules';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../src/index.js';
import { VERSION } from '../src/version.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport, onlyNoShouting } from './report-fixture.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();

function sarifOf(...args: Parameters<typeof buildReport>): Sarif.Log {
  return JSON.parse(formatSarif(buildReport(...args))) as Sarif.Log;
}

function expectValid(log: Sarif.Log): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('formatSarif', () => {
  const log = sarifOf(SAMPLE_SOURCES, SAMPLE_PROBLEMS, onlyNoShouting(), SAMPLE_BATCH);
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(log.version).toBe('2.1.0');
    expectValid(log);
  });

  it('the validator rejects a log that breaks the schema', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ ...log, runs: [{ ...run, results: [{ message: {}, level: 'loud' }] }] })).toBe(false);
  });

  it('describes the tool and every rule with its lesson, help and default level', () => {
    const { driver } = run.tool;
    expect(driver).toMatchObject({ name: 'kindling', version: VERSION, informationUri: 'https://kindling.dev' });
    expect(driver.rules!.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id));
    const noShouting = driver.rules!.find((rule) => rule.id === 'no-shouting')!;
    expect(noShouting).toEqual({
      id: 'no-shouting',
      shortDescription: { text: 'Flag all-caps sentences and piles of exclamation marks.' },
      helpUri: 'https://kindling.dev/rules/no-shouting',
      defaultConfiguration: { level: 'warning' },
      properties: { lesson: 1, scope: 'draft' },
    });
  });

  it('points each result at its rule by id and index, with the level of its severity', () => {
    const draftResults = run.results!.filter((result) => result.ruleId === 'no-shouting');
    expect(draftResults).toHaveLength(4);
    for (const result of run.results!) {
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    }
    expect(draftResults.map((result) => result.level)).toEqual(['warning', 'warning', 'warning', 'warning']);
    const errorLog = sarifOf([SAMPLE_SOURCES[1]!], [], onlyNoShouting('error'));
    expect(errorLog.runs[0]!.results!.map((result) => result.level)).toEqual(['error', 'error']);
    const infoLog = sarifOf([SAMPLE_SOURCES[1]!], [], onlyNoShouting('info'));
    expect(infoLog.runs[0]!.results!.map((result) => result.level)).toEqual(['note', 'note']);
    expectValid(infoLog);
  });

  it('maps a range in a .txt draft to the exact lines, columns and characters of the file', () => {
    const txt = sarifOf([{ source: 'drafts/reply.txt', drafts: [{ draft: { text: 'Calm line.\nRead the thread before replying!!!!' }, place: { line: 1 } }] }]);
    expectValid(txt);
    expect(txt.runs[0]!.results![0]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'drafts/reply.txt' },
          region: { startLine: 2, startColumn: 32, endLine: 2, endColumn: 36, snippet: { text: '!!!!' }, charOffset: 42, charLength: 4 },
        },
      },
    ]);
  });

  it('offsets lines by where a Markdown body starts, without character offsets', () => {
    const md = sarifOf([{ source: 'posts/launch.md', drafts: [{ draft: { text: 'Hello.\nRead the thread before replying!!!!' }, place: { line: 5 } }] }]);
    expectValid(md);
    expect(md.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 6,
      startColumn: 32,
      endLine: 6,
      endColumn: 36,
      snippet: { text: '!!!!' },
    });
  });

  it('gives encoded drafts (JSONL, CSV) only their line, keeping the place in the text in properties', () => {
    const jsonl = run.results![0]!;
    expect(jsonl.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'samples/drafts.jsonl' },
      region: { startLine: 1, snippet: { text: 'THIS IS WRONG AND EVERYONE KNOWS IT!!!' } },
    });
    expect(jsonl.properties).toEqual({
      lesson: 1,
      draft: 'samples/drafts.jsonl:1',
      draftIndex: 0,
      draftId: 'reply-1',
      lineInDraft: 1,
      columnInDraft: 1,
      range: [0, 38],
    });
    const csv = run.results!.find((result) => result.properties!['draft'] === 'samples/drafts.csv row 1')!;
    expect(csv.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'samples/drafts.csv' } });
    expect(csv.properties).toMatchObject({ row: 1, lineInDraft: 1, columnInDraft: 32, range: [31, 35] });
  });

  it('reports calendar findings against the file and input problems as error notifications', () => {
    const batch = run.results!.find((result) => result.ruleId === 'share-the-spotlight')!;
    expect(batch).toMatchObject({
      level: 'warning',
      message: { text: 'None of these 2 drafts shares or credits anyone else.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'samples/drafts.jsonl' } } }],
      properties: { lesson: 5, drafts: [0, 1] },
    });
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'invalid JSON: Unexpected token } in JSON at position 12' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'samples/drafts.jsonl' }, region: { startLine: 3 } } }],
        properties: {},
      },
      {
        level: 'error',
        message: { text: 'kind: Invalid option: expected one of "post"|"reply"|"comment"|"share"|"dm"' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'samples/drafts.csv' } } }],
        properties: { row: 2, field: 'kind' },
      },
    ]);
  });

  it('percent-encodes paths into URI references', () => {
    const odd = sarifOf([{ source: 'My Drafts\\<stdin> 50%.txt', drafts: [{ draft: { text: 'Read the thread before replying!!!!' }, place: { line: 1 } }] }]);
    expectValid(odd);
    expect(odd.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('My%20Drafts/%3Cstdin%3E%2050%25.txt');
  });

  it('gives absolute paths file:// URIs, with "#", "?" and spaces encoded so they cannot end the path', () => {
    const uriOf = (source: string) => {
      const log = sarifOf([{ source, drafts: [{ draft: { text: 'Read the thread before replying!!!!' }, place: { line: 1 } }] }]);
      expectValid(log);
      return log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    };
    expect(uriOf('/home/coach/Client #1/draft?.txt')).toBe('file:///home/coach/Client%20%231/draft%3F.txt');
    expect(uriOf('C:\\Users\\Coach\\Week 1#.txt')).toBe('file:///C:/Users/Coach/Week%201%23.txt');
    expect(uriOf('week #2/draft?.txt')).toBe('week%20%232/draft%3F.txt');
    expect(new URL(uriOf('/home/coach/Client #1/draft?.txt')).pathname).toBe('/home/coach/Client%20%231/draft%3F.txt');
  });
});

describe('VERSION', () => {
  it('matches package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(manifest.version);
  });
});
