import { defineRule, noOptions } from '../define-rule.js';
import { topicFamilies, topicNoiseWords } from '../lexicons/topics.js';
import type { Span, TextDoc } from '../text.js';
import { topicStem } from '../topic-stem.js';

const NOISE: ReadonlySet<string> = new Set(topicNoiseWords.terms);
const TOPIC_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Splits a camel-case hashtag into words: #TweetChat -> tweet, chat. */
const HASHTAG_WORD = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;

/** Each family's stems, found by any one of them. */
const FAMILY_BY_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const byStem = new Map<string, string[]>();
  for (const family of topicFamilies) {
    const stems = family.terms.map(topicStem);
    for (const stem of stems) byStem.set(stem, [...(byStem.get(stem) ?? []), ...stems]);
  }
  return byStem;
})();

/** The stems that count as touching a topic: its own words' stems and their families'. */
function stemsOfTopic(topic: string): Set<string> {
  const stems = new Set<string>();
  for (const [word] of topic.matchAll(TOPIC_WORD)) {
    if (NOISE.has(word.toLowerCase())) continue;
    const stem = topicStem(word);
    stems.add(stem);
    for (const related of FAMILY_BY_STEM.get(stem) ?? []) stems.add(related);
  }
  return stems;
}

/** The draft's words and hashtags, each with its stem, in order. */
function stemmedTerms(doc: TextDoc): { span: Span; stem: string }[] {
  const terms = doc.words.map((word) => ({ span: word as Span, stem: topicStem(word.text) }));
  for (const hashtag of doc.hashtags) {
    const body = hashtag.text.slice(1);
    terms.push({ span: hashtag, stem: topicStem(body) });
    for (const [part] of body.matchAll(HASHTAG_WORD)) terms.push({ span: hashtag, stem: topicStem(part) });
  }
  return terms;
}

export const stayOnTopic = defineRule({
  id: 'stay-on-topic',
  meta: {
    lesson: 6,
    description: "Flag posts that miss every topic the community cares about, when the community's topics are given.",
    messages: {
      offTopic: 'This post touches none of the topics {{community}} is here for ({{topics}}). Tie it to one of them, or share it where it fits.',
      onTopic: 'Speaks to "{{topic}}", which {{community}} cares about.',
    },
    options: noOptions,
    // A nudge, not a warning: word stems cannot see that "fruit trees" are about "orchards".
    defaultSeverity: 'info',
    hasSuggestions: false,
    scope: 'draft',
  },
  appliesTo: (draft) =>
    (draft.kind === 'post' || draft.kind === 'share') && (draft.community?.topics?.length ?? 0) > 0 && draft.text.trim() !== '',
  check({ draft, doc, report, praise }) {
    const topics = draft.community?.topics ?? [];
    const community = draft.community?.name ?? 'this community';
    const terms = stemmedTerms(doc);
    if (terms.length === 0) return;
    for (const topic of topics) {
      const stems = stemsOfTopic(topic);
      const touched = terms.find((term) => stems.has(term.stem));
      if (touched) {
        praise({ messageId: 'onTopic', data: { topic, community }, range: [touched.span.start, touched.span.end] });
        return;
      }
    }
    report({ messageId: 'offTopic', data: { community, topics: topics.map((t) => `"${t}"`).join(', ') } });
  },
});
