export const REPORT_FILE_NAME = 'kindling-report.html';

/**
 * Holds one object URL for the current report, revoking the previous one whenever it changes,
 * so repeated checks do not pile up blobs in memory.
 */
export function createReportDownload(): { update(html: string): string; release(): void } {
  let url: string | undefined;
  const release = () => {
    if (url) URL.revokeObjectURL(url);
    url = undefined;
  };
  return {
    update(html) {
      release();
      url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      return url;
    },
    release,
  };
}
