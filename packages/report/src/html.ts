import { CALENDAR_COLUMNS, LOCATION, SEVERITY_LABEL, TEXT } from './labels.js';
import { escapeHtml } from './escape-html.js';
import { highlightSegments, mostSevere } from './highlight.js';
import { REPORT_CSS } from './html-style.js';
import { lessonChartSvg } from './lesson-chart.js';
import { DraftPlaces, describeBatchDrafts, describeLocation, describeProblem, isWholeDraft } from './location.js';
import type { LocatedFinding, Report, ReportBatchFinding, ReportResult } from './model.js';
import { calendarRows, lessonRows, scoreText, suggestionText, summaryCounts } from './summary-rows.js';
import { fill } from './template.js';

export interface HtmlOptions {
  /** The page title and main heading. Defaults to "Kindling report". */
  title?: string;
}

function link(url: string, text: string, className?: string): string {
  const classAttribute = className ? ` class="${className}"` : '';
  return `<a href="${escapeHtml(url)}"${classAttribute} target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

function overview(report: Report, title: string): string {
  const counts = summaryCounts(report.summary);
  return `<header>
<h1>${escapeHtml(title)}</h1>
<p class="overall"><span>${escapeHtml(TEXT.overallScore)}</span> <strong class="overall-score">${escapeHtml(scoreText(report.summary.score))}</strong></p>
<ul class="counts">${counts.map((count) => `<li>${escapeHtml(count)}</li>`).join('')}</ul>
</header>`;
}

function lessonsSection(report: Report): string {
  return `<section aria-labelledby="lessons-heading">
<h2 id="lessons-heading">${escapeHtml(TEXT.lessonsHeading)}</h2>
${lessonChartSvg(lessonRows(report.summary), 'lesson-chart')}
</section>`;
}

function calendarSection(report: Report): string {
  const { calendar } = report.summary;
  if (calendar.total === 0) return '';
  const rows = calendarRows(calendar).map(
    (row) =>
      `<tr><th scope="row">${escapeHtml(row.label)}</th><td class="number">${escapeHtml(fill(TEXT.countOfTotal, { count: row.count, total: calendar.total }))}</td><td class="number">${row.percent}%</td><td><span class="meter" aria-hidden="true"><span style="width:${row.percent}%"></span></span></td></tr>`,
  );
  return `<section aria-labelledby="calendar-heading">
<h2 id="calendar-heading">${escapeHtml(TEXT.calendarHeading)}</h2>
<table><thead><tr>${CALENDAR_COLUMNS.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}

function findingId(draftId: string, index: number): string {
  return `${draftId}-f${index + 1}`;
}

/** The draft's text with every finding marked; overlapping findings share a segment's mark. */
function highlightedText(result: ReportResult, draftId: string): string {
  const { text, findings } = result;
  return highlightSegments(text, findings)
    .map((segment) => {
      const content = escapeHtml(text.slice(segment.start, segment.end));
      const refs = segment.endingHere.map((i) => `<sup class="ref" aria-hidden="true">${i + 1}</sup>`).join('');
      if (segment.covering.length === 0) return content + refs;
      const covering = segment.covering.map((i) => findings[i]!);
      const classes = [mostSevere(covering.map((f) => f.severity)), covering.length > 1 ? 'overlap' : ''].filter(Boolean).join(' ');
      const title = covering.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message}`).join('\n');
      const describedBy = segment.covering.map((i) => findingId(draftId, i)).join(' ');
      return `<mark class="${classes}" title="${escapeHtml(title)}" aria-describedby="${describedBy}">${content}</mark>${refs}`;
    })
    .join('');
}

function findingItem(finding: LocatedFinding, id: string, draftText: string): string {
  const place = isWholeDraft(finding.range) ? TEXT.wholeDraft : `${finding.line}:${finding.column}`;
  const suggestions = (finding.suggestions ?? []).map((s) => `<br><span class="suggestion">${escapeHtml(suggestionText(s, draftText))}</span>`).join('');
  return `<li id="${id}"><span class="badge ${finding.severity}">${escapeHtml(SEVERITY_LABEL[finding.severity])}</span> <span class="muted">${escapeHtml(place)}</span> ${escapeHtml(finding.message)} ${link(finding.url, finding.ruleId, 'rule')}${suggestions}</li>`;
}

function draftArticle(result: ReportResult, position: number): string {
  const draftId = `draft-${position + 1}`;
  const label = describeLocation(result);
  const findings =
    result.findings.length === 0
      ? `<p class="muted">${escapeHtml(TEXT.noFindings)}</p>`
      : `<ol class="findings">${result.findings.map((finding, i) => findingItem(finding, findingId(draftId, i), result.text)).join('\n')}</ol>`;
  const praise =
    result.praise.length === 0
      ? ''
      : `<h4>${escapeHtml(TEXT.doneWell)}</h4><ul class="praise">${result.praise
          .map((item) => `<li><span aria-hidden="true">\u2714</span> ${escapeHtml(item.message)} ${link(item.url, item.ruleId, 'rule')}</li>`)
          .join('\n')}</ul>`;
  return `<article class="draft" aria-labelledby="${draftId}-label">
<div class="draft-head"><h3 id="${draftId}-label">${escapeHtml(label)}</h3><span class="muted">${escapeHtml(fill(TEXT.draftScore, { score: result.score }))}</span></div>
<p class="draft-text">${highlightedText(result, draftId)}</p>
${findings}
${praise}
</article>`;
}

function draftsSection(report: Report): string {
  if (report.results.length === 0) return '';
  return `<section aria-labelledby="drafts-heading">
<h2 id="drafts-heading">${escapeHtml(TEXT.draftsHeading)}</h2>
${report.results.map(draftArticle).join('\n')}
</section>`;
}

function batchItem(finding: ReportBatchFinding, places: DraftPlaces): string {
  const drafts = describeBatchDrafts(finding.source, finding.drafts, places);
  return `<li><span class="badge ${finding.severity}">${escapeHtml(SEVERITY_LABEL[finding.severity])}</span> <span class="muted">${escapeHtml(fill(LOCATION.calendar, { source: finding.source }))}</span> ${escapeHtml(finding.message)} <span class="muted">${escapeHtml(fill(TEXT.concerns, { drafts }))}</span> ${link(finding.url, finding.ruleId, 'rule')}</li>`;
}

function batchSection(report: Report): string {
  if (report.batch.length === 0) return '';
  const places = new DraftPlaces(report.results);
  return `<section aria-labelledby="batch-heading">
<h2 id="batch-heading">${escapeHtml(TEXT.batchHeading)}</h2>
<ul class="findings">${report.batch.map((finding) => batchItem(finding, places)).join('\n')}</ul>
</section>`;
}

function problemsSection(report: Report): string {
  if (report.problems.length === 0) return '';
  const items = report.problems.map((problem) => `<li class="problem"><strong>${escapeHtml(describeLocation(problem))}</strong>: ${escapeHtml(describeProblem(problem))}</li>`);
  return `<section aria-labelledby="problems-heading">
<h2 id="problems-heading">${escapeHtml(TEXT.problemsHeading)}</h2>
<ul>${items.join('\n')}</ul>
</section>`;
}

/**
 * The report's Content-Security-Policy: nothing may load or run but its own inline styles and
 * inline images, so a draft that slips past escaping still cannot run script or call out.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * `--format html`: one self-contained page for the client, with inline CSS and SVG, no scripts
 * and no external requests. The site's coach desk renders the same page.
 */
export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? TEXT.reportTitle;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${overview(report, title)}
${lessonsSection(report)}
${calendarSection(report)}
${draftsSection(report)}
${batchSection(report)}
${problemsSection(report)}
<footer><p>${escapeHtml(TEXT.footer)}</p></footer>
</main>
</body>
</html>
`;
}
