import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, sitePages, type Site } from './harness.js';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.concurrent.each(sitePages())('page %s', (path) => {
  it('loads with no console error, no request to another host and no WCAG 2 A/AA violation', async () => {
    const visit = await site.visit(path);
    try {
      expect(visit.consoleErrors).toEqual([]);
      expect(visit.foreignRequests).toEqual([]);
      expect(await axeViolations(visit.page)).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
