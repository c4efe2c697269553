import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../src/index.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport, onlyNoShouting } from './report-fixture.js';

describe('formatMarkdown', () => {
  const report = buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, onlyNoShouting(), SAMPLE_BATCH);
  const markdown = formatMarkdown(report);

  it('opens with the overall score and counts', () => {
    expect(markdown.startsWith(`# Kindling report\n\n**Overall score: ${report.summary.score}/100**\n\n`)).toBe(true);
    expect(markdown).toContain('3 drafts, 0 errors, 5 warnings, 0 infos, 0 things done well, 2 input problems.');
  });

  it('tables every lesson in countdown order with pass, fail, n/a and mean score', () => {
    const rows = markdown.split('\n').filter((line) => /^\| \d\. /u.test(line));
    expect(rows).toEqual([
      '| 6. [Provide value](https://kindling.dev/lessons/6-provide-value) | 0 | 0 | 3 | n/a |',
      '| 5. [Be generous](https://kindling.dev/lessons/5-be-generous) | 0 | 0 | 3 | n/a |',
      '| 4. ["Talk" to people](https://kindling.dev/lessons/4-talk-to-people) | 0 | 0 | 3 | n/a |',
      '| 3. [Appreciation counts](https://kindling.dev/lessons/3-appreciation-counts) | 0 | 0 | 3 | n/a |',
      '| 2. [Love taking online offline](https://kindling.dev/lessons/2-take-it-offline) | 0 | 0 | 3 | n/a |',
      `| 1. [Online kindness creates real relationships](https://kindling.dev/lessons/1-kindness-creates-relationships) | 1 | 2 | 0 | ${report.summary.lessons[1].meanScore} |`,
    ]);
  });

  it('shows the calendar balance', () => {
    expect(markdown).toContain('## Content calendar\n\n- Sharing others: 0 of 3 (0%)\n- Self-promotion: 0 of 3 (0%)\n- Conversation: 1 of 3 (33%)\n');
  });

  it('quotes each draft, then lists its findings with place, rule link and suggestion', () => {
    expect(markdown).toContain(
      [
        `### samples/drafts.csv row 1 (score ${report.results[2]!.score}/100)`,
        '',
        '> Read the thread before replying!!!!',
        '> STOP IGNORING MY EMAILS.',
        '',
        '- **warning** (1:32) "!!!!" reads as shouting. One exclamation mark is enough. [`no-shouting`](https://kindling.dev/rules/no-shouting)',
        '  - Suggestion: Use a single "!". Change “!!!!” to “!”',
        '- **warning** (2:1) This sentence is in capitals, which reads as shouting. Write it in sentence case. [`no-shouting`](https://kindling.dev/rules/no-shouting)',
        '  - Suggestion: Rewrite in sentence case. Change “STOP IGNORING MY EMAILS.” to “Stop ignoring my emails.”',
      ].join('\n'),
    );
    expect(markdown).toContain('> Loved the workshop today, thank you `@sam`.\n\n_No findings: this draft follows every lesson that applies._');
  });

  it('lists calendar findings and input problems', () => {
    expect(markdown).toContain(
      '## Content calendar findings\n\n- **warning** samples/drafts.jsonl (content calendar): None of these 2 drafts shares or credits anyone else. (drafts: line 1, line 2) [`share-the-spotlight`](https://kindling.dev/rules/share-the-spotlight)',
    );
    expect(markdown).toContain('## Input problems\n\n- samples/drafts.jsonl:3: invalid JSON: Unexpected token } in JSON at position 12\n');
    expect(markdown).toContain('- samples/drafts.csv row 2: kind: Invalid option: expected one of "post"\\|"reply"\\|"comment"\\|"share"\\|"dm"');
  });

  it('treats CR, CRLF and lone-CR line breaks alike, so none can start a heading or a list', () => {
    const hostile = buildReport([{ source: 'x.txt', drafts: [{ draft: { text: 'One\r# Heading\r\n- item\n1. first\rlast' } }] }]);
    const markdown = formatMarkdown(hostile);
    expect(markdown).toContain('> One\n> \\# Heading\n> \\- item\n> 1\\. first\n> last\n');
    expect(markdown).not.toMatch(/\r/u);
    const inline = buildReport([{ source: 'a\r# b.txt', drafts: [{ draft: { text: 'Hi' } }] }]);
    expect(formatMarkdown(inline)).toContain('### a # b.txt');
  });

  it('puts mentions and issue references in code spans, so pasting the report pings nobody', () => {
    const pings = buildReport([{ source: 'x.txt', drafts: [{ draft: { text: 'Thanks @sam_lee and @acme/team, see #12, acme/site#3 and GH-4; mail sam@example.com' } }] }]);
    expect(formatMarkdown(pings)).toContain('> Thanks `@sam_lee` and `@acme/team`, see `#12`, `acme/site#3` and `GH-4`; mail sam@example.com\n');
  });

  it('escapes draft text so it cannot become headings, links, emphasis or HTML', () => {
    const hostile = buildReport([
      { source: 'x.txt', drafts: [{ draft: { text: '# Big news\n<script>alert(1)</script> *so* [cheap](http://x.example) | 1. done\n- item\n2) two' } }] },
    ]);
    expect(formatMarkdown(hostile)).toContain(
      '> \\# Big news\n> \\<script\\>alert(1)\\</script\\> \\*so\\* \\[cheap\\](http://x.example) \\| 1. done\n> \\- item\n> 2\\) two\n',
    );
  });

  it('shows praise under the draft', () => {
    const withPraise = buildReport([{ source: 'a.txt', drafts: [{ draft: { text: 'Hi' } }] }]);
    withPraise.results[0]!.praise.push({ ruleId: 'thank-sharers', messageId: 'thankedByName', lesson: 3, message: 'You thank @ana for sharing.', range: [0, 2], url: 'https://kindling.dev/rules/thank-sharers' });
    expect(formatMarkdown(withPraise)).toContain('**Done well**\n\n- You thank `@ana` for sharing. [`thank-sharers`](https://kindling.dev/rules/thank-sharers)');
  });

  it('handles an empty report', () => {
    const empty = formatMarkdown(buildReport([]));
    expect(empty).toContain('**Overall score: no drafts**');
    expect(empty).not.toContain('## Drafts');
    expect(empty).not.toContain('## Content calendar\n');
  });
});
