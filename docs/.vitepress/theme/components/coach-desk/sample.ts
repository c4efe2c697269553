import type { DraftsSource } from './check-drafts';

/** A small calendar, as a scheduling tool exports it, with something to praise and something to fix. */
export const SAMPLE_DRAFTS: DraftsSource = {
  name: 'sample-calendar.csv',
  content: [
    'Scheduled at,channel,kind,text,author.handle,sharing.author,sharing.url,community.topics',
    '2026-03-02 09:00,linkedin,post,"Three things our allotment group learned about compost this winter: keep it moist, turn it weekly, and never add cooked food. What would you add?",@greenrow,,,compost;gardening',
    '2026-03-03 12:30,linkedin,share,"Great read on soil health from @soilnerd, worth ten minutes of your lunch break.",@greenrow,@soilnerd,https://example.org/soil-health,compost;gardening',
    '2026-03-04 08:00,linkedin,post,"BUY OUR NEW COMPOST BINS TODAY!!! Link in bio, 20% off this week only!!!",@greenrow,,,compost;gardening',
    '2026-03-05 17:15,linkedin,post,"Thank you @ana_grows for sharing our guide to winter sowing. Your photos of the seed trays made my week!",@greenrow,,,gardening',
    '',
  ].join('\n'),
};
