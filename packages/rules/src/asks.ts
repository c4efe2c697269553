import type { Draft } from './draft.js';
import { findTermsIn, firstTermIn, hasTermWithin } from './lexicon-index.js';
import { NAMED_INTRODUCTION, reasonsForWriting, requests, selfIntroductions } from './lexicons/introductions.js';
import { offlineChannels } from './lexicons/meetings.js';
import { once } from './memo.js';
import { spanAt } from './spans.js';
import type { Span, TextDoc } from './text.js';

/** The sentence holding `offset`, by binary search: linear in the matches, however many sentences. */
function sentenceAt(doc: TextDoc, offset: number): Span | undefined {
  return spanAt(doc.sentences, offset);
}

const SECOND_PERSON = /(?<![\p{L}])(?:you|your|yours|you['’](?:re|ve|d|ll))(?![\p{L}])/iu;

/** Whether a sentence is a question put to the reader: "How long did it take you?". */
export function isQuestionToReader(sentence: Span): boolean {
  return sentence.text.endsWith('?') && SECOND_PERSON.test(sentence.text);
}

/** The first question put to the reader. In a DM it asks for their time or knowledge. */
export const findQuestionToReader = once((doc: TextDoc): Span | undefined => doc.sentences.find(isQuestionToReader));

/** The first sentence that asks the reader for something: "Can you send me your list?". */
export const findRequest = once((doc: TextDoc): Span | undefined => {
  const match = firstTermIn(doc, requests);
  return match ? sentenceAt(doc, match.start) : undefined;
});

export interface InvitationToTalk {
  /** The sentence that asks. */
  sentence: Span;
  /** The way of talking it proposes: "a call", "coffee". */
  channel: string;
}

/**
 * The first sentence that invites the reader to talk outside the thread: it names a call, a
 * meeting or a DM, and asks ("Would you be up for a call?", "Let's grab a coffee").
 */
export const findInvitationToTalk = once((doc: TextDoc): InvitationToTalk | undefined => {
  for (const match of findTermsIn(doc, offlineChannels)) {
    const sentence = sentenceAt(doc, match.start);
    if (!sentence) continue;
    if (sentence.text.endsWith('?') || hasTermWithin(doc, requests, sentence.start, sentence.end, true)) return { sentence, channel: match.term };
  }
  return undefined;
});

/** Where the author says who they are: "I'm Toby", "I host #FoodTVChat". */
export const findIntroduction = once((doc: TextDoc): Span | undefined => {
  const named = NAMED_INTRODUCTION.exec(doc.text);
  const phrase = firstTermIn(doc, selfIntroductions);
  if (named && (!phrase || named.index <= phrase.start)) {
    return { text: named[0], start: named.index, end: named.index + named[0].length };
  }
  return phrase;
});

/** Where the author says why they are writing: "I saw your talk", "because". */
export const findReasonForWriting = once((doc: TextDoc): Span | undefined => firstTermIn(doc, reasonsForWriting));

/**
 * Whether the draft is a DM or invites the reader to talk outside the thread: what lesson 2
 * ("Love taking online offline") judges. The cheap word test runs first, since most posts
 * name no call or meeting at all.
 */
export function takesTalkOffline(draft: Draft, doc: TextDoc): boolean {
  if (draft.kind === 'dm') return true;
  return draft.kind !== 'share' && findInvitationToTalk(doc) !== undefined;
}
