import { escapeHtml } from './escape-html.js';
import { TEXT } from './labels.js';
import type { LessonRow } from './summary-rows.js';
import { fill } from './template.js';

const ROW_HEIGHT = 34;
const WIDTH = 640;
const BAR_X = 340;
const BAR_WIDTH = 240;
const VALUE_X = 592;

function scoreLabel(row: LessonRow): string {
  return row.meanScore === null ? TEXT.notApplicable : String(row.meanScore);
}

/**
 * The per-lesson bar chart as inline SVG. It is one image to assistive technology: its title
 * and description carry every value, so the bars themselves need no separate labels.
 */
export function lessonChartSvg(rows: readonly LessonRow[], idPrefix: string): string {
  const height = rows.length * ROW_HEIGHT + 8;
  const values = rows.map((row) => fill(TEXT.chartValue, { number: row.number, title: row.title, score: scoreLabel(row) })).join('; ');
  const bars = rows.map((row, i) => {
    const y = i * ROW_HEIGHT + 4;
    const middle = y + ROW_HEIGHT / 2;
    const filled = row.meanScore === null ? 0 : Math.round((row.meanScore / 100) * BAR_WIDTH);
    return [
      `<text x="0" y="${middle}" dominant-baseline="middle" class="chart-label">${escapeHtml(`${row.number}. ${row.title}`)}</text>`,
      `<rect x="${BAR_X}" y="${y + 7}" width="${BAR_WIDTH}" height="${ROW_HEIGHT - 14}" rx="3" class="chart-track"/>`,
      filled > 0 ? `<rect x="${BAR_X}" y="${y + 7}" width="${filled}" height="${ROW_HEIGHT - 14}" rx="3" class="chart-bar"/>` : '',
      `<text x="${VALUE_X}" y="${middle}" dominant-baseline="middle" class="chart-value">${escapeHtml(scoreLabel(row))}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" class="lesson-chart">`,
    `<title id="${idPrefix}-title">${escapeHtml(TEXT.chartTitle)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeHtml(fill(TEXT.chartDescription, { values }))}</desc>`,
    ...bars,
    '</svg>',
  ].join('\n');
}

