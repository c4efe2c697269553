import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, as a meta tag each built page carries. Everything comes
 * from the site itself; nothing may be fetched from, framed by or posted to another host.
 *
 * - Scripts: 'self', plus the sha256 of each inline script on the page. VitePress writes a few
 *   inline scripts into every page (the dark-mode check, which must run before first paint, and
 *   the site data and hash map), so hashes allow exactly those and no other inline script.
 * - Styles: 'self' and 'unsafe-inline'. Code blocks are highlighted with inline style
 *   attributes (the light and dark colours of each token) and Vue sets style attributes when it
 *   hydrates, so hashing is not possible; a style cannot send data anywhere under this policy.
 * - Images: 'self' and data: URIs, which VitePress's icons are drawn with.
 * - frame-ancestors is not honoured in a meta tag, so it is not listed.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set(inlineScripts)].map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trimEnd(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/giu;

/**
 * The page with its policy at the top of <head> (after the charset, which must come first), so
 * it governs everything after it, including the inline scripts it hashes.
 */
export function withContentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts)}">`;
  const anchor = /<meta charset=[^>]*>/iu.exec(html) ?? /<head[^>]*>/iu.exec(html);
  if (!anchor) throw new Error('The page has no <head> to put its Content-Security-Policy in.');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
