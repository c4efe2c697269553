import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The workspace root does not depend on @kindling/exercises, so the test reads the builds.
import { checkExercise, emptyProgress, recordCheck, serialiseProgress, setDisplayName, shyConcerns, type Progress } from '../../exercises/dist/index.js';
import { catalogue } from '../../exercises/dist/catalogue.js';
import { getLesson, LESSON_NUMBERS } from '../../packages/rules/dist/index.js';
import { axeViolations, openSite, type Site } from './harness.js';

// Running a room from the site: the facilitator view sums up the attendees' files, exports CSV
// and prints; presenter mode projects one draft with its feedback and a timer; the handout and
// the summary show what the catalogue holds.

const SHOUTING = catalogue.find((exercise) => exercise.id === 'stop-shouting-launch')!;
const PASSING =
  'Launch day for Juniper & Fern! Maya and her team spent a year on the sampler, and the hibiscus blend tastes like summer. Congratulations! Orders: ana@example.com or 020 7946 0958';
const T = '2026-05-01T10:00:00.000Z';

function press(progress: Progress, draft: string): Progress {
  return recordCheck(progress, SHOUTING.id, { draft }, checkExercise(SHOUTING, draft), T, { pressed: true });
}

let site: Site;
let folder: string;
beforeAll(async () => {
  site = await openSite();
  folder = mkdtempSync(join(tmpdir(), 'kindling-room-'));
});
afterAll(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the facilitator view', () => {
  it('shows finished, struggling and anonymised passing drafts per exercise and lesson, exports CSV, prints, and presents a draft', async () => {
    expect(checkExercise(SHOUTING, PASSING).passed).toBe(true);
    const ana = press(press(setDisplayName(emptyProgress('ana-id'), 'Ana'), 'Great post!'), PASSING);
    const sam = press(press(setDisplayName(emptyProgress('sam-id'), 'Sam'), 'GO BUY IT NOW!!!!'), 'GO BUY IT NOW!!!!');
    const files = ['kindling-progress-ana.json', 'kindling-progress-sam.json', 'broken.json'].map((name) => join(folder, name));
    writeFileSync(files[0]!, serialiseProgress(ana));
    writeFileSync(files[1]!, serialiseProgress(sam));
    writeFileSync(files[2]!, serialiseProgress({ ...sam, attendee: 'x', exercises: { x: { draft: 7 } } } as unknown as Progress));

    const visit = await site.visit('/exercises/facilitator');
    const { page } = visit;
    try {
      await page.getByLabel('Progress files').setInputFiles(files);
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('2 files read, from 2 attendees. Names given: Ana, Sam.');
      expect(await page.getByText(/^broken\.json:\d+: exercises\.x\.draft: expected string$/u).count()).toBe(1);

      const lessonRow = page.getByRole('row', { name: /^1\. Online kindness creates real relationships/u });
      expect(await lessonRow.getByRole('cell').allTextContents()).toEqual([
        '1 of 2',
        '0 of 2',
        'Let the details carry the excitement (3); Celebrate the people behind it (3); Say something real: at least 18 different words, in sentences (3)',
      ]);

      const summaries = page.locator('article.exercise-summary');
      expect(await summaries.count()).toBe(1);
      const summary = summaries.first();
      expect(await summary.getByRole('heading', { level: 3 }).textContent()).toBe(SHOUTING.title);
      expect(await summary.locator('p').first().textContent()).toBe('1 of 2 finished; 2 started.');
      const struggles = await summary.locator('ul li').allTextContents();
      expect(struggles.slice(0, 3)).toEqual([
        'Let the details carry the excitement: failed 3 checks, 2 attendees',
        'Celebrate the people behind it: failed 3 checks, 2 attendees',
        'Say something real: at least 18 different words, in sentences: failed 3 checks, 2 attendees',
      ]);
      expect(struggles).toContain('Lower your voice: failed 2 checks, 1 attendee');
      // Maya and Juniper & Fern are the exercise's own made-up scene; Ana's email and phone are not.
      const anonymised = PASSING.replace('ana@example.com', '[email]').replace('020 7946 0958', '[phone]');
      expect(await summary.locator('blockquote').allTextContents()).toEqual([anonymised]);
      expect(await axeViolations(page)).toEqual([]);

      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the summary as CSV' }).click()]);
      expect(csv.suggestedFilename()).toMatch(/^kindling-room-\d{4}-\d{2}-\d{2}\.csv$/u);
      const rows = readFileSync((await csv.path())!, 'utf8').split('\r\n');
      expect(rows[0]).toBe('scope,id,title,attendees,started,finished,finished all,struggled most with (times failed at Check),example drafts');
      expect(rows).toContain(
        `exercise,stop-shouting-launch,${SHOUTING.title},2,2,1,,"Let the details carry the excitement (3); Celebrate the people behind it (3); Say something real: at least 18 different words, in sentences (3)","${anonymised}"`,
      );

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.drop-zone').isVisible()).toBe(false);
      expect(await page.locator('.VPNav').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Download the summary as CSV' }).isVisible()).toBe(false);
      expect(await summary.locator('blockquote').isVisible()).toBe(true);
      expect(await lessonRow.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      await summary.getByRole('button', { name: 'Present this draft' }).click();
      await page.waitForURL(/\/exercises\/stop-shouting-launch\?present$/u);
      await expect.poll(() => page.getByLabel('Draft on screen').inputValue()).toBe(anonymised);
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('presenter mode', () => {
  it('shows one draft beside its live feedback in large type, with the guide timeboxes, and saves nothing', async () => {
    const visit = await site.visit('/exercises/stop-shouting-launch?present');
    const { page } = visit;
    try {
      const draft = page.getByLabel('Draft on screen');
      await expect.poll(() => draft.inputValue()).toBe(SHOUTING.type === 'rewrite' ? SHOUTING.starter.trim() : '');
      const feedback = page.getByRole('status', { name: 'Live feedback' });
      // Lesson 1 passes: capitals in a draft that attacks nobody are only a note. The other goals fail.
    expect(await feedback.locator('.score').textContent()).toBe('1 of 5 goals met');
      expect(await feedback.locator('li.finding').first().getAttribute('data-rule')).toBe('no-shouting');
      await draft.fill(PASSING);
      await expect.poll(() => feedback.locator('.score').textContent()).toBe('5 of 5 goals met');
      expect(await feedback.getByText('Nothing for the rules to flag').isVisible()).toBe(true);

      // Side by side and large enough to read from the back of the room.
      const [left, right] = await Promise.all([draft.boundingBox(), feedback.boundingBox()]);
      expect(right!.x).toBeGreaterThan(left!.x + left!.width);
      expect(Number.parseFloat(await draft.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(24);

      const timebox = page.getByLabel('Timebox');
      const clock = page.getByLabel('Time left');
      expect(await clock.textContent()).toBe('5:00');
      const options = await timebox.locator('option').allTextContents();
      expect(options.slice(0, 2)).toEqual(['One exercise: 5 min', 'One exercise: 8 min']);
      expect(options).toContain('90-minute agenda, 0:10: Lessons 6, 5 and 4: one exercise each, in pairs. (20 min)');
      expect(options).toContain('Half-day agenda (3½ hours), 1:30: Break. (15 min)');
      await timebox.selectOption({ label: '90-minute agenda, 0:10: Lessons 6, 5 and 4: one exercise each, in pairs. (20 min)' });
      expect(await clock.textContent()).toBe('20:00');
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await expect.poll(() => clock.textContent()).toBe('19:59');
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      expect(await clock.textContent()).toBe('20:00');

      // Nothing typed on the projector became anyone's progress.
      expect(await page.evaluate(() => localStorage.getItem('kindling:exercises:progress'))).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('the handout and the summary', () => {
  it('prints the six lessons and the four worries on one page', async () => {
    const visit = await site.visit('/exercises/handout');
    const { page } = visit;
    try {
      const lessons = await page.locator('.lessons li').evaluateAll((items) => items.map((item) => [item.getAttribute('value'), item.textContent?.trim()]));
      expect(lessons).toEqual(LESSON_NUMBERS.map((lesson) => [String(lesson), `${getLesson(lesson).title}. ${getLesson(lesson).summary}`]));
      expect(await page.locator('.worries dt').allTextContents()).toEqual(shyConcerns.map((concern) => `“${concern.worry}”`));
      expect(await page.locator('.worries dd').allTextContents()).toEqual(shyConcerns.map((concern) => concern.practice));
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/gu)).toHaveLength(1);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  it('counts what the index counts: 28 exercises, 4 per lesson, and the "Shy online?" ones', async () => {
    const summary = await site.visit('/exercises/summary');
    const index = await site.visit('/exercises/', { context: summary.context });
    try {
      const headings = await summary.page.locator('.progress-summary h2').allTextContents();
      expect(headings).toEqual(await index.page.locator('.exercise-index h2').allTextContents());
      expect(headings).toEqual([...LESSON_NUMBERS.map((lesson) => `Lesson ${lesson}: ${getLesson(lesson).title}`), 'Shy online?']);
      expect(await summary.page.locator('.progress-summary .count').allTextContents()).toEqual(headings.map(() => '0 of 4 exercises done'));
      expect(await index.page.locator('.group-progress').allTextContents()).toEqual(headings.map(() => '0 of 4 done'));
      expect(await summary.page.locator('.progress-summary > p').first().textContent()).toContain('You have done 0 of 28 exercises');
    } finally {
      await index.close();
      await summary.close();
    }
  });
});
