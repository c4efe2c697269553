import { describe, expect, it } from 'vitest';
import { formatHtml } from '../src/index.js';
import { SAMPLE_BATCH, SAMPLE_PROBLEMS, SAMPLE_SOURCES, buildReport, onlyNoShouting } from './report-fixture.js';

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  expect(from, `missing ${start}`).toBeGreaterThanOrEqual(0);
  return html.slice(from, html.indexOf(end, from) + end.length);
}

describe('formatHtml', () => {
  const report = buildReport(SAMPLE_SOURCES, SAMPLE_PROBLEMS, onlyNoShouting(), SAMPLE_BATCH);
  const html = formatHtml(report);

  it('is one self-contained document with no scripts and nothing fetched', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=/iu);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('uses the given title', () => {
    expect(formatHtml(report, { title: 'Drafts for "Ana" & co' })).toContain('<title>Drafts for &quot;Ana&quot; &amp; co</title>');
    expect(html).toContain('<title>Kindling report</title>');
    expect(html).toContain(`<strong class="overall-score">${report.summary.score}/100</strong>`);
  });

  it('draws the per-lesson chart as an accessible inline SVG with text labels', () => {
    const svg = between(html, '<svg', '</svg>');
    expect(svg).toContain('role="img" aria-labelledby="lesson-chart-title lesson-chart-desc"');
    expect(svg).toContain('<title id="lesson-chart-title">Mean score per lesson</title>');
    expect(svg).toContain(
      `<desc id="lesson-chart-desc">Mean score out of 100 for each of the six lessons: lesson 6, Provide value: n/a; lesson 5, Be generous: n/a; lesson 4, &quot;Talk&quot; to people: n/a; lesson 3, Appreciation counts: n/a; lesson 2, Love taking online offline: n/a; lesson 1, Online kindness creates real relationships: ${report.summary.lessons[1].meanScore}.</desc>`,
    );
    expect(svg.match(/class="chart-label"/gu)).toHaveLength(6);
    expect(svg).toContain('>1. Online kindness creates real relationships</text>');
    expect(svg.match(/class="chart-bar"/gu)).toHaveLength(1);
  });

  it('shows the content-calendar balance', () => {
    const table = between(html, '<section aria-labelledby="calendar-heading">', '</section>');
    expect(table).toContain('<th scope="row">Sharing others</th><td class="number">0 of 3</td><td class="number">0%</td>');
    expect(table).toContain('<th scope="row">Self-promotion</th><td class="number">0 of 3</td>');
    expect(table).toContain('<th scope="row">Conversation</th><td class="number">1 of 3</td><td class="number">33%</td>');
  });

  it('marks each finding in the draft text and links the mark to the finding it describes', () => {
    const draft = between(html, '<article class="draft" aria-labelledby="draft-3-label">', '</article>');
    expect(draft).toContain('<h3 id="draft-3-label">samples/drafts.csv row 1</h3>');
    expect(draft).toContain(
      'Read the thread before replying<mark class="warning" title="warning: &quot;!!!!&quot; reads as shouting. One exclamation mark is enough." aria-describedby="draft-3-f1">!!!!</mark><sup class="ref" aria-hidden="true">1</sup>',
    );
    expect(draft).toContain('<li id="draft-3-f1"><span class="badge warning">warning</span> <span class="muted">1:32</span> &quot;!!!!&quot; reads as shouting.');
    expect(draft).toContain('<span class="suggestion">Suggestion: Use a single &quot;!&quot;. Change “!!!!” to “!”</span>');
  });

  it('marks overlapping findings once, described by both', () => {
    const draft = between(html, '<article class="draft" aria-labelledby="draft-1-label">', '</article>');
    expect(draft).toContain(
      '<p class="draft-text"><mark class="warning" title="warning: This sentence is in capitals, which reads as shouting. Write it in sentence case." aria-describedby="draft-1-f1">THIS IS WRONG AND EVERYONE KNOWS IT</mark><mark class="warning overlap" title="warning: This sentence is in capitals, which reads as shouting. Write it in sentence case.\nwarning: &quot;!!!&quot; reads as shouting. One exclamation mark is enough." aria-describedby="draft-1-f1 draft-1-f2">!!!</mark><sup class="ref" aria-hidden="true">1</sup><sup class="ref" aria-hidden="true">2</sup></p>',
    );
  });

  it('escapes untrusted draft text, messages, sources and problems', () => {
    const hostile = buildReport(
      [{ source: 'a"b<c>.txt', drafts: [{ draft: { text: `<script>alert("x")</script> & 'quotes'. STOP!!!` }, place: { line: 1 } }] }],
      [{ source: '<img src=x onerror=alert(1)>.csv', row: 1, field: 'kind', message: 'expected "post", got <b>' }],
    );
    const page = formatHtml(hostile);
    expect(page).not.toMatch(/<script|<img|<b>/u);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;. STOP<mark class="warning"');
    expect(page).toContain('<h3 id="draft-1-label">a&quot;b&lt;c&gt;.txt:1</h3>');
    expect(page).toContain('<strong>&lt;img src=x onerror=alert(1)&gt;.csv row 1</strong>: kind: expected &quot;post&quot;, got &lt;b&gt;');
  });

  it('lists calendar findings with the drafts they concern, and praise', () => {
    expect(html).toContain('None of these 2 drafts shares or credits anyone else. <span class="muted">(drafts: line 1, line 2)</span>');
    const withPraise = buildReport([{ source: 'a.txt', drafts: [{ draft: { text: 'Hi' } }] }]);
    withPraise.results[0]!.praise.push({ ruleId: 'thank-sharers', messageId: 'thankedByName', lesson: 3, message: 'You thank @ana <3', range: [0, 2], url: 'https://kindling.dev/rules/thank-sharers' });
    expect(formatHtml(withPraise)).toContain('<h4>Done well</h4><ul class="praise"><li><span aria-hidden="true">\u2714</span> You thank @ana &lt;3 <a href="https://kindling.dev/rules/thank-sharers"');
  });

  it('keeps colours and layout for print', () => {
    expect(html).toMatch(/@media print \{[^]*print-color-adjust: exact/u);
    expect(html).toContain('.draft { border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; margin: 0 0 1rem; break-inside: avoid; }');
  });

it('carries a restrictive Content-Security-Policy and no script', () => {
  const html = formatHtml(buildReport([{ source: 'x.txt', drafts: [{ draft: { text: '<script>alert(1)</script>' } }] }]));
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
  expect(html).not.toMatch(/<script/iu);
});
});
