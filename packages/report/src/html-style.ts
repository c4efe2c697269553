// One stylesheet, inlined so the report is a single file that makes no requests. Every colour
// pair meets WCAG AA contrast (4.5:1 for text, 3:1 for marks and bars) on the white page.
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1f2328; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
h4 { font-size: .95rem; margin: .75rem 0 0; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
a { color: #0550ae; }
.muted { color: #57606a; }
.overall { display: flex; align-items: baseline; gap: .75rem; flex-wrap: wrap; }
.overall-score { font-size: 2.5rem; font-weight: 700; }
.counts { margin: .25rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.lesson-chart { max-width: 40rem; display: block; }
.chart-label, .chart-value { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1f2328; }
.chart-value { font-weight: 700; }
.chart-track { fill: #eaeef2; }
.chart-bar { fill: #1f6feb; }
table { border-collapse: collapse; width: 100%; max-width: 40rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.meter { display: inline-block; width: 8rem; height: .7rem; background: #eaeef2; border-radius: 3px; vertical-align: middle; overflow: hidden; }
.meter > span { display: block; height: 100%; background: #1f6feb; }
.draft { border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; margin: 0 0 1rem; break-inside: avoid; }
.draft-head { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
.draft-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .5rem 0 .75rem; padding: .5rem .75rem; border-left: 4px solid #d0d7de; background: #f6f8fa; }
mark { color: inherit; padding: 0 1px; border-radius: 2px; }
mark.error { background: #ffe1dc; border-bottom: 2px solid #b42318; }
mark.warning { background: #fff0c2; border-bottom: 2px solid #8a5a00; }
mark.info { background: #ddeaff; border-bottom: 2px dotted #0550ae; }
mark.overlap { border-bottom-style: double; border-bottom-width: 3px; }
sup.ref { color: #57606a; font-size: .7em; margin-left: 1px; }
.findings, .praise { margin: .25rem 0 0; padding-left: 1.5rem; }
.findings li, .praise li { margin: .25rem 0; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .8rem; font-weight: 700; color: #ffffff; }
.badge.error { background: #b42318; }
.badge.warning { background: #7a4f00; }
.badge.info { background: #0550ae; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
.suggestion { color: #57606a; }
.praise li { color: #116329; }
.problem { color: #a40e26; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2.5rem; font-size: .875rem; color: #57606a; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  mark, .badge, .chart-bar, .meter > span, .draft-text { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
