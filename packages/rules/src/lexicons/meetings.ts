import { defineLexicon } from '../lexicon.js';

/** Ways to talk outside the public thread: a call, a coffee, a meeting, a DM. */
export const offlineChannels = defineLexicon({
  terms: [
    'call', 'phone call', 'video call', 'zoom', 'zoom call', 'phone', 'facetime', 'google meet', 'teams call',
    'coffee', 'a coffee', 'lunch', 'a drink', 'drinks', 'breakfast', 'meet', 'meet up', 'meetup', 'meeting',
    'catch up', 'catch-up', 'get together', 'in person', 'irl', 'dm', 'dms', 'direct message', 'private message',
    'email', 'chat offline', 'take this offline', 'talk offline', 'a chat', 'quick chat',
  ],
});
