import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../docs/.vitepress/csp.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

describe('the Content-Security-Policy', () => {
  it('allows only this site, and exactly the inline scripts of the page', () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script id="check-dark-mode">document.documentElement.classList.add("dark")</script>' +
      '<script type="module" src="/assets/app.js"></script></head><body><script>window.__DATA__ = 1</script></body></html>';
    const built = withContentSecurityPolicy(page);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(built)?.[1];
    expect(policy).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'sha256-${sha256('document.documentElement.classList.add("dark")')}' 'sha256-${sha256('window.__DATA__ = 1')}'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; '),
    );
    // Right after the charset, before the first script it governs.
    expect(built.indexOf('Content-Security-Policy')).toBeGreaterThan(built.indexOf('<meta charset="utf-8">'));
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
  });

  it('allows no inline script at all on a page without one', () => {
    expect(contentSecurityPolicy([])).toContain("script-src 'self'; ");
  });

  it('refuses a page with no head, rather than shipping it unprotected', () => {
    expect(() => withContentSecurityPolicy('<p>hello</p>')).toThrow('The page has no <head> to put its Content-Security-Policy in.');
  });
});
