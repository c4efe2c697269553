import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type ColumnMap, type InputFormat } from '../../packages/inputs/src/index.js';
import { ReportBuilder, formatHtml, locateResult, type Report } from '../../packages/report/src/index.js';
import { createBatchLinter } from '../../packages/rules/src/index.js';
import { axeViolations, openSite, type Site, type Visit } from './harness.js';

const SAMPLE_PATH = join(import.meta.dirname, '..', '..', 'packages', 'cli', 'samples', 'client-calendar.csv');
const SAMPLE_NAME = 'client-calendar.csv';

/** The report the CLI would build for one file, computed here with the library itself. */
function expectedReport(name: string, format: InputFormat, content: string, columns: ColumnMap = {}): Report {
  const builder = new ReportBuilder();
  const { drafts, problems } = parseInput(format, content, { columns });
  const linter = createBatchLinter();
  for (const { draft, location } of drafts) builder.addResult(locateResult(linter.add(draft), { source: name, ...location }));
  for (const problem of problems) builder.addProblem({ source: name, ...problem });
  if (drafts.length > 0) {
    const { batch, calendar } = linter.finish();
    builder.addBatch(name, drafts.length > 1 ? batch : [], calendar);
  }
  return builder.finish();
}

const reportTitle = (name: string) => `Kindling report: ${name}`;

let site: Site;
let visit: Visit;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function openDesk(): Promise<Visit> {
  visit = await site.visit('/coach-desk');
  await visit.page.getByLabel('Drafts file').waitFor();
  return visit;
}

describe('coach desk', () => {
  it('renders the CLI report for an uploaded CSV, with the findings the library gives, and downloads it', async () => {
    const { page, consoleErrors, foreignRequests } = await openDesk();
    try {
      const content = readFileSync(SAMPLE_PATH, 'utf8');
      const expected = expectedReport(SAMPLE_NAME, 'csv', content);
      const expectedHtml = formatHtml(expected, { title: reportTitle(SAMPLE_NAME) });
      const findingCount = expected.summary.errors + expected.summary.warnings + expected.summary.infos;
      expect(findingCount).toBeGreaterThan(0);

      await page.getByLabel('Drafts file').setInputFiles(SAMPLE_PATH);
      const frameElement = page.locator(`iframe[title="Kindling report for ${SAMPLE_NAME}"]`);
      await frameElement.waitFor();
      await expect.poll(() => frameElement.getAttribute('srcdoc')).toBe(expectedHtml);
      await expect.poll(() => page.getByRole('status').textContent()).toContain(`Checked ${SAMPLE_NAME}: ${expected.summary.drafts} drafts, ${findingCount} finding`);

      // What the coach sees in the report: each draft's findings, by rule id and message.
      const frame = page.frameLocator(`iframe[title="Kindling report for ${SAMPLE_NAME}"]`);
      for (const [position, result] of expected.results.entries()) {
        const items = frame.locator(`article[aria-labelledby="draft-${position + 1}-label"] ol.findings > li`);
        expect(await items.count()).toBe(result.findings.length);
        for (const [i, finding] of result.findings.entries()) {
          const item = frame.locator(`#draft-${position + 1}-f${i + 1}`);
          expect(await item.textContent()).toContain(finding.message);
          expect(await item.locator('a.rule').textContent()).toBe(finding.ruleId);
        }
      }
      const marked = await frame.locator('mark').count();
      expect(marked).toBeGreaterThan(0);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the report (HTML)' }).click()]);
      expect(download.suggestedFilename()).toBe('kindling-report.html');
      expect(readFileSync(await download.path(), 'utf8')).toBe(expectedHtml);

      expect(await axeViolations(page)).toEqual([]);
      // The report's own Content-Security-Policy forbids script, axe's included, so axe gets a context that bypasses it.
      const axeContext = await site.browser.newContext({ bypassCSP: true });
      try {
        const reportPage = await axeContext.newPage();
        await reportPage.setContent(expectedHtml);
        expect(await axeViolations(reportPage)).toEqual([]);
      } finally {
        await axeContext.close();
      }
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('lists rows it cannot read and still checks the rest', async () => {
    const { page } = await openDesk();
    try {
      const content = 'kind,text\nshout,WHY IS NOBODY LISTENING!!!\npost,Thanks for the lovely welcome today!\n';
      const expected = expectedReport('mixed.csv', 'csv', content);
      expect(expected.problems).toHaveLength(1);
      await page.getByLabel('Drafts file').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
      const problems = page.locator('.problems li');
      await problems.first().waitFor();
      const [problem] = expected.problems;
      expect(await problems.allTextContents()).toEqual([`mixed.csv row ${problem!.row}: ${problem!.field}: ${problem!.message}`]);
      const frameElement = page.locator('iframe[title="Kindling report for mixed.csv"]');
      await expect.poll(() => frameElement.getAttribute('srcdoc')).toBe(formatHtml(expected, { title: reportTitle('mixed.csv') }));
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('never calls a file with no drafts clean, asks which column holds the text, and checks it with the columns picked', async () => {
    const { page, consoleErrors } = await openDesk();
    try {
      const content = 'Words,Where,Notes\nBUY NOW!!!!,LinkedIn Page,launch\nThanks for the lovely welcome today!,IG,\n';
      await page.getByLabel('Drafts file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Checked export.csv: 0 drafts linted, 1 input problem. Nothing was checked; see below.');
      const picker = page.getByRole('form', { name: 'Which column holds what?' });
      await picker.waitFor();
      expect(await picker.getByLabel('Post text').locator('option').allTextContents()).toEqual(['(none)', 'Words', 'Where', 'Notes']);
      expect(await axeViolations(page)).toEqual([]);

      await picker.getByLabel('Post text').selectOption('Words');
      await picker.getByLabel('Network (optional)').selectOption('Where');
      await picker.getByRole('button', { name: 'Check with these columns' }).click();
      const expected = expectedReport('export.csv', 'csv', content, { text: 'Words', channel: 'Where' });
      expect(expected.summary.drafts).toBe(2);
      const frameElement = page.locator('iframe[title="Kindling report for export.csv"]');
      await expect.poll(() => frameElement.getAttribute('srcdoc')).toBe(formatHtml(expected, { title: reportTitle('export.csv') }));
      await expect.poll(() => picker.count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('names a file that is not text, or not UTF-8, instead of failing silently', async () => {
    const { page } = await openDesk();
    try {
      await page.getByLabel('Drafts file').setInputFiles({ name: 'calendar.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
      await page.locator('.problems li').first().waitFor();
      expect(await page.locator('.problems li').allTextContents()).toEqual(['calendar.xlsx: this file is not text (is it a spreadsheet? export it as CSV)']);
      // Latin-1 "café" is not UTF-8: the coach is told how to save it, not shown mojibake.
      await page.getByLabel('Drafts file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('text\ncaf\xe9\n', 'latin1') });
      await expect.poll(() => page.locator('.problems li').allTextContents()).toEqual(['latin1.csv: this file is not valid UTF-8 text; save or export it as UTF-8']);
    } finally {
      await visit.close();
    }
  });

  it('checks pasted drafts and the sample from the keyboard, and keeps the pasted text across a reload', async () => {
    const { page, context, consoleErrors } = await openDesk();
    try {
      const pasted = '{"text": "STOP POSTING THIS RUBBISH!!!", "kind": "reply"}\n{"text": "Loved your talk, @sam. The bit about compost made me laugh."}';
      const expected = expectedReport('pasted drafts', 'jsonl', pasted);
      await page.getByLabel('Or paste drafts').fill(pasted);
      await page.getByRole('button', { name: 'Check pasted drafts' }).focus();
      await page.keyboard.press('Enter');
      const frameElement = page.locator('iframe[title="Kindling report for pasted drafts"]');
      await expect.poll(() => frameElement.getAttribute('srcdoc')).toBe(formatHtml(expected, { title: reportTitle('pasted drafts') }));

      await page.getByRole('button', { name: 'Try a sample' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('iframe[title="Kindling report for sample-calendar.csv"]').waitFor();
      expect(await page.frameLocator('iframe[title="Kindling report for sample-calendar.csv"]').locator('mark').count()).toBeGreaterThan(0);

      const again = await site.visit('/coach-desk', { context });
      try {
        await again.page.getByLabel('Or paste drafts').waitFor();
        await expect.poll(() => again.page.getByLabel('Or paste drafts').inputValue()).toBe(pasted);
      } finally {
        await again.close();
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
