import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, type Site } from './harness.js';

/** The budget for a lesson page's first load. */
const BUDGET_BYTES = 200 * 1024;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function gzippedScripts(scripts: readonly string[]): Promise<number> {
  let total = 0;
  for (const url of new Set(scripts)) {
    const file = join(DIST, decodeURIComponent(new URL(url).pathname));
    total += gzipSync(await readFile(file), { level: 9 }).length;
  }
  return total;
}

describe('page weight', () => {
  it.each(['/lessons/6-provide-value', '/lessons/1-kindness-creates-relationships', '/playground'])(
    'the first load of %s stays within 200 KB of JavaScript, gzipped',
    async (path) => {
      const visit = await site.visit(path);
      try {
        const bytes = await gzippedScripts(visit.scripts);
        console.log(`${path}: ${new Set(visit.scripts).size} scripts, ${(bytes / 1024).toFixed(1)} KB gzipped on first load`);
        expect(visit.scripts.length).toBeGreaterThan(0);
        expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
      } finally {
        await visit.close();
      }
    },
  );
});
