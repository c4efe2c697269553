import { DOCS_BASE_URL } from '@kindling/rules';

/**
 * The library links findings to the public docs site. On this site the same pages are local,
 * so links stay on this host, which keeps the site working offline.
 */
export function localLink(url: string): string {
  return url.startsWith(DOCS_BASE_URL) ? url.slice(DOCS_BASE_URL.length) || '/' : url;
}
