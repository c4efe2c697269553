import { expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { Report } from '../src/index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'ReportBuilder',
      'describeLocation',
      'formatHtml',
      'formatJson',
      'formatJsonHead',
      'formatJsonTail',
      'formatJsonl',
      'formatJsonlCalendar',
      'formatJsonlResult',
      'formatJsonlTail',
      'formatMarkdown',
      'formatSarif',
      'formatSarifHead',
      'formatSarifResults',
      'formatSarifTail',
      'formatStylish',
      'formatStylishCalendar',
      'formatStylishResult',
      'formatStylishSummary',
      'locateResult',
      'runVerdict',
      'toJsonReport',
      'toJsonResult',
    ].sort(),
  );
});

it('types every formatter as a pure function of the report', () => {
  expectTypeOf(api.formatStylish).toEqualTypeOf<(report: Report, options: api.StylishOptions) => string>();
  expectTypeOf(api.formatJson).parameter(0).toEqualTypeOf<Report>();
  expectTypeOf(api.formatJsonl).toEqualTypeOf<(report: Report, options?: api.JsonlOptions) => string>();
  expectTypeOf(api.formatSarif).returns.toBeString();
  expectTypeOf(api.formatMarkdown).toEqualTypeOf<(report: Report) => string>();
  expectTypeOf(api.formatHtml).toEqualTypeOf<(report: Report, options?: api.HtmlOptions) => string>();
});
