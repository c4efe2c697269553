import type { Lexicon, TermMatch } from './lexicon.js';
import { hasTermWithin } from './lexicon-index.js';
import {
  commandLeadIns,
  contributionNouns,
  dismissals,
  dismissiveCommands,
  faultNouns,
  harshWords,
  hatredVerbs,
  innocentPhrases,
  insultAdjectives,
  insultNouns,
  negators,
  personNouns,
  praisePredicates,
  praiseSlang,
  profanity,
  surpriseLeads,
  verdictSwearing,
  degreeSwearing,
  reportingWords,
  secondPerson,
  selfReferences,
  slurs,
  thirdPerson,
  threats,
  violenceVerbs,
} from './lexicons/hostility.js';
import { functionWords } from './lexicons/function-words.js';
import { enthusiasm, laughter, praiseModifiers } from './lexicons/tone.js';
import { condescension } from './lexicons/condescension.js';
import { groupHostility } from './lexicons/group-hostility.js';
import { firstSpanFrom, spanAt } from './spans.js';
import { compileWordPatterns, matchWordPatterns } from './word-patterns.js';
import { indexLexicons, matchTerms } from './term-index.js';
import { once } from './memo.js';
import type { Span, TextDoc, Word } from './text.js';

/** What a hostile phrase does, most serious first. */
export type HostilityKind = 'threat' | 'slur' | 'group' | 'insult' | 'hatred' | 'dismissal' | 'condescension' | 'profanity' | 'putDown' | 'contempt';

/** What a phrase of the hostility lists may do, before it is judged in its context. */
export type CandidateKind = HostilityKind | 'command' | 'fault' | 'violence';

export interface HostileHit {
  kind: HostilityKind;
  start: number;
  end: number;
  /** The words as written in the draft. */
  text: string;
  /** Aimed at a person (hostility) rather than said about the world (harshness). */
  targeted: boolean;
  /** For name-calling tacked on as a form of address (", idiot."): the span to delete. */
  vocative?: readonly [number, number];
  /** Swearing that praises: "so fucking excited", "damn fine", "good as hell", "one hell of a night". */
  asPraise?: true;
  /** Swearing that only turns up the volume: "holy shit!", "cute af", "loved the hell out of it". */
  asEmphasis?: true;
}

const SERIOUSNESS: Record<HostilityKind, number> = { threat: 9, slur: 8, group: 7, insult: 6, hatred: 5, dismissal: 4, condescension: 4, profanity: 3, putDown: 2, contempt: 1 };

function wordSet(lexicon: Lexicon): ReadonlySet<string> {
  return new Set(lexicon.terms);
}

const SECOND_PERSON = wordSet(secondPerson);
const THIRD_PERSON = wordSet(thirdPerson);
const SELF = wordSet(selfReferences);
const NEGATORS = wordSet(negators);
const REPORTING = wordSet(reportingWords);
const LEAD_INS = wordSet(commandLeadIns);
const PERSON_NOUNS = wordSet(personNouns);
const CONTRIBUTION_NOUNS = wordSet(contributionNouns);
const FUNCTION_WORDS = wordSet(functionWords);
/** Words a swear word may intensify as praise: the words of joy but laughter. */
const POSITIVE = indexLexicons([{ terms: enthusiasm.terms.filter((term) => !laughter.terms.includes(term)) }], true);
const PRAISE_MODIFIERS = wordSet(praiseModifiers);
/** Words that may stand between a swear word and the praise it intensifies: "fucking excited", "damn fine", "so fucking good". */
const INTENSIFIED_REACH = 2;
/** Words that open a description of the subject: "you are a ...", "she's such a ...". */
const OBJECT_PRONOUNS = new Set(['you', 'u', 'him', 'her', 'them', 'yourself', 'yourselves', 'themselves', 'himself', 'herself']);
const SELF_POSSESSIVES = new Set(['my', 'our']);
/** A capitalised word that is not all capitals: "Sarah", not "NASA" or "I". */
const NAME = /^\p{Lu}\p{Ll}/u;
const COMPARISONS = new Set(['as', 'like', 'than']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'am', 'be', "'re", 'r']);
const POSSESSIVES = new Set(['your', 'ur', 'his', 'her', 'their', 'yo']);
const PREDICATE_OPENERS = new Set(['a', 'an', 'such', 'so', 'the', 'total', 'complete', 'absolute', 'real', 'utter']);
/** Words that may stand before a one-word verdict: "@sam Pathetic.", "So pathetic." */
const VERDICT_LEAD_INS = new Set(['so', 'how', 'just', 'absolutely', 'truly', 'totally', 'utterly', 'really', 'very', 'pure', 'simply', 'beyond', 'too']);

/** How far back a word may stand and still belong to the same thought. */
const WINDOW = 5;
/** The ASCII characters that end a clause, by code: . ! ? ; : , a line break, brackets and a double quote. */
const CLAUSE_BREAKS = new Uint8Array(128);
for (const char of '.!?;:,\n()"') CLAUSE_BREAKS[char.charCodeAt(0)] = 1;

/** Whether the character code ends a clause: one of CLAUSE_BREAKS, or a curly double quote. */
function isClauseBreak(code: number): boolean {
  return code < 128 ? CLAUSE_BREAKS[code] === 1 : code === 0x201c || code === 0x201d;
}
const SENTENCE_BREAKS = /[.!?…\n]/u;
const COMMAND_BREAKS = /[.!?…\n,:;]/u;
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);

/** Whether the text between two offsets breaks the clause. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Up to `limit` words before `offset` in the same clause, nearest first. */
function clauseBefore(doc: TextDoc, offset: number, limit: number): Word[] {
  const words = doc.lexicalWords;
  const found: Word[] = [];
  let boundary = offset;
  for (let i = firstSpanFrom(words, offset) - 1; i >= 0 && found.length < limit; i--) {
    const word = words[i]!;
    if (breaksClause(doc.text, word.end, boundary)) break;
    found.push(word);
    boundary = word.start;
  }
  return found;
}

/** Up to `limit` words after `offset` in the same clause. */
function clauseAfter(doc: TextDoc, offset: number, limit: number): Word[] {
  const words = doc.lexicalWords;
  const found: Word[] = [];
  let boundary = offset;
  for (let i = firstSpanFrom(words, offset); i < words.length && found.length < limit; i++) {
    const word = words[i]!;
    if (breaksClause(doc.text, boundary, word.start)) break;
    found.push(word);
    boundary = word.end;
  }
  return found;
}

function isNegator(word: Word): boolean {
  const lower = word.key;
  return NEGATORS.has(lower) || lower.endsWith("n't");
}

/** "you're not stupid", but not "don't be an idiot", which still calls someone one. */
function isNegated(before: readonly Word[]): boolean {
  for (let i = 0; i < Math.min(3, before.length); i++) {
    if (!isNegator(before[i]!)) continue;
    // "nothing but a clown" insists and "not all idiots" counts rather than denies.
    const following = i > 0 ? before[i - 1]!.key : undefined;
    if (following === 'but' || following === 'all') return false;
    const isDontBe = i > 0 && before[i - 1]!.key === 'be';
    return !isDontBe;
  }
  return false;
}

/** "I'm such an idiot", "what an idiot I am": the writer talking about themselves. */
function isAboutSelf(before: readonly Word[], after: readonly Word[]): boolean {
  for (let i = 0; i < before.length; i++) {
    const lower = before[i]!.key;
    if (SECOND_PERSON.has(lower) || THIRD_PERSON.has(lower)) return false;
    // "my stupid phone" is the writer's own; "my response to that idiot" is not about the writer.
    if (SELF_POSSESSIVES.has(lower)) {
      if (i === 0) return true;
      continue;
    }
    if (SELF.has(lower)) return true;
  }
  // "What an idiot I am" turns back on the writer; "such an idiot I wish ..." does not.
  const next = after[0]?.key;
  const verb = after[1]?.key;
  if (next === "i'm" || next === 'im') return before.length > 0;
  return (next === 'i' || next === 'we') && (verb === 'am' || verb === 'was' || verb === 'are' || verb === 'were') && before.length > 0;
}

/** "calling people 'idiots' is never OK": the word is mentioned, not used against anyone. */
function isQuotedOrReported(doc: TextDoc, hit: TermMatch, before: readonly Word[]): boolean {
  const opening = doc.text[hit.start - 1];
  // A closing single quote is read as part of the word ("'sellout'"), as it is in "students'".
  const closing = hit.text.endsWith("'") || hit.text.endsWith('’') ? hit.text[hit.text.length - 1] : doc.text[hit.end];
  if (opening !== undefined && closing !== undefined && QUOTES.has(opening) && QUOTES.has(closing)) return true;
  if (spanAt(doc.quotations, hit.start)) return true;
  return before.some((word) => REPORTING.has(word.key));
}

/** A capitalised word: "Hell" in "Why America May Go To Hell". */
const CAPITALISED = /^\p{Lu}/u;
/** How many capitalised words make a name or a title; the walk stops there, so a long run of capitals stays linear. */
const TITLE_RUN = 3;
/** Small words that titles keep in lower case between capitalised ones: "Lord of the Flies", "Stupid Love by Lady Gaga". */
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'a', 'an', 'in', 'on', 'by', 'to', 'for', 'with', 'vs', '&']);

/**
 * Whether the hit is part of a name or a title: it and the words around it are capitalised,
 * with a title's small words between them, in a draft that is not written in capitals
 * throughout ("Why America May Go To Hell", "The Walking Dead", "Stupid Love by Lady Gaga").
 * Such a word names something; it does not call anyone anything.
 */
function isInTitle(doc: TextDoc, hit: Pick<TermMatch, 'start' | 'end'>): boolean {
  const words = doc.lexicalWords;
  const first = firstSpanFrom(words, hit.start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < hit.end) last++;
  // Hashtags are written in capitals on purpose: #SendThemBack is no title.
  const capitalised = (i: number) => CAPITALISED.test(words[i]!.text) && !words[i]!.inHashtag;
  for (let i = first; i <= last; i++) if (!capitalised(i)) return false;
  if (isAllCaps(doc)) return false;
  /** Whether only spaces, a colon, an apostrophe or a hyphen stand between words `i` and `j`, in either order. */
  const joined = (i: number, j: number) => /^[\s:'’-]*$/u.test(doc.text.slice(words[Math.min(i, j)]!.end, words[Math.max(i, j)]!.start));
  const exists = (i: number) => i >= 0 && i < words.length;
  /** The next capitalised word from `i` going `step`, over at most one joiner, or -1. */
  const nextCapital = (i: number, step: 1 | -1): number => {
    const j = i + step;
    if (!exists(j) || !joined(i, j)) return -1;
    if (capitalised(j)) return j;
    const k = j + step;
    return TITLE_JOINERS.has(words[j]!.key) && exists(k) && joined(j, k) && capitalised(k) ? k : -1;
  };
  let capitals = last - first + 1;
  for (const [from, step] of [[first, -1], [last, 1]] as const) {
    for (let i = nextCapital(from, step); i >= 0 && capitals < TITLE_RUN; i = nextCapital(i, step)) capitals++;
  }
  return capitals >= TITLE_RUN;
}

/** Whether the draft has no lower-case letters at all: then capitals mark nothing. */
const isAllCaps = once((doc: TextDoc): boolean => !/\p{Ll}/u.test(doc.prose));

/**
 * Whether a positive word stands just before the hit and turns it into praise or play:
 * "awesomely horrible", "gorgeous grand babies", "an awesome little ninja".
 */
function isPraisedBefore(before: readonly Word[]): boolean {
  for (let i = 0; i < Math.min(2, before.length); i++) if (PRAISE_MODIFIERS.has(before[i]!.key)) return true;
  return false;
}

/** Words that open an object: "piss off a Brown's fan" uses the words as a verb, not as a dismissal. */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'some', 'every', 'all', 'everyone', 'everybody', 'people']);

/** A dismissal ending in a particle ("piss off", "f off") used as a verb with an object after it. */
function takesObject(candidate: TermMatch, after: readonly Word[]): boolean {
  const next = after[0];
  return /\boff$/iu.test(candidate.text) && next !== undefined && (OBJECT_OPENERS.has(next.key) || NAME.test(next.text));
}

function pointsAtPerson(words: readonly Word[]): boolean {
  return words.some((word) => {
    const lower = word.key;
    return SECOND_PERSON.has(lower) || THIRD_PERSON.has(lower) || PERSON_NOUNS.has(lower);
  });
}

/** "Sarah is a ...": a capitalised name right before the verb. */
function isNamedSubject(before: readonly Word[]): boolean {
  const [verb, name] = before;
  return verb !== undefined && name !== undefined && COPULAS.has(verb.key) && NAME.test(name.text) && !FUNCTION_WORDS.has(name.key);
}

/** "as dumb as he is", "a coward like you", "the animal he is": the words after name the person. */
function isComparison(after: readonly Word[]): boolean {
  const [link, other] = after;
  if (!link || !other) return false;
  const isPerson = (word: Word) => SECOND_PERSON.has(word.key) || THIRD_PERSON.has(word.key);
  if (COMPARISONS.has(link.key)) return isPerson(other);
  return isPerson(link) && COPULAS.has(other.key);
}

/** "you stupid ...", "you're a disgusting ...", "he is such a terrible ...": the phrase names the person. */
function namesTheSubject(before: readonly Word[]): boolean {
  const nearest = before[0] && before[0].key;
  if (!nearest) return false;
  if (SECOND_PERSON.has(nearest)) return true;
  const subject = before[1] && before[1].key;
  if (COPULAS.has(nearest) && subject && (SECOND_PERSON.has(subject) || THIRD_PERSON.has(subject))) return true;
  return PREDICATE_OPENERS.has(nearest) && before.slice(1).some((word) => SECOND_PERSON.has(word.key) || THIRD_PERSON.has(word.key));
}

/** "Don't be stupid", "stop being so dumb": telling the reader what not to be. */
function isCommandToBe(before: readonly Word[]): boolean {
  const be = before.findIndex((word) => word.key === 'be' || word.key === 'being');
  if (be < 0 || be > 1) return false;
  const command = before[be + 1] && before[be + 1]!.key;
  return command !== undefined && (command === 'stop' || isNegator(before[be + 1]!)) && before.length === be + 2;
}

function addressesReader(words: readonly Word[]): boolean {
  return words.some((word) => SECOND_PERSON.has(word.key));
}

/** A command stands at the start of its sentence, after at most a few lead-in words. */
function isCommand(doc: TextDoc, hit: TermMatch): boolean {
  const before = clauseBefore(doc, hit.start, 6);
  if (before.length === 6) return false;
  const first = before[before.length - 1];
  // A comma is a clause break, so "Ok boomer, grow up" reaches the comma; the sentence may go on before it.
  const opensSentence = startsSentence(doc, first ? first.start : hit.start, COMMAND_BREAKS);
  return opensSentence && before.every((word) => LEAD_INS.has(word.key));
}

/**
 * Whether `offset` opens a sentence: only spaces, handles, hashtags or links stand between it
 * and the start of the draft or one of `breaks`. Scans back over blanks only, so it stays linear.
 */
function startsSentence(doc: TextDoc, offset: number, breaks: RegExp): boolean {
  const prose = doc.prose;
  let i = offset - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i < 0 || breaks.test(prose[i]!);
}

/** Whether the draft is addressed to someone: a reply that opens with their handle. */
export function isAddressed(doc: TextDoc): boolean {
  const opening = /\S/u.exec(doc.text);
  return opening !== null && doc.text[opening.index] === '@' && doc.mentions[0]?.start === opening.index;
}

/** A one-word verdict answering someone: "@sam Pathetic." */
function isVerdictOnAddressee(doc: TextDoc, hit: TermMatch, before: readonly Word[], after: readonly Word[]): boolean {
  if (after.length > 0 || !before.every((word) => VERDICT_LEAD_INS.has(word.key))) return false;
  const first = before[before.length - 1];
  return startsSentence(doc, first ? first.start : hit.start, SENTENCE_BREAKS) && isAddressed(doc);
}

/** An insult that only addresses the reader: "..., idiot." or "Idiot, ...". */
function vocativeSpan(doc: TextDoc, hit: TermMatch): readonly [number, number] | undefined {
  const text = doc.text;
  const before = text.slice(Math.max(0, hit.start - 2), hit.start);
  const after = text[hit.end];
  if (/,\s$/u.test(before) && (after === undefined || /[.!?\n]/u.test(after))) {
    return [hit.start - before.length, hit.end];
  }
  return undefined;
}

/** Positive words of the draft, by start offset: what a swear word may be intensifying. */
const positiveStarts = once((doc: TextDoc): ReadonlySet<number> => new Set(matchTerms(POSITIVE, doc, false).map((match) => match.start)));

function isPositiveWord(doc: TextDoc, word: Word): boolean {
  return positiveStarts(doc).has(word.start);
}

/**
 * Whether a swear word intensifies praise: a positive word follows it closely in the clause
 * ("so fucking excited", "damn fine"), or comes just before it through "as" or "the" ("good as
 * hell", "loved the hell out of it").
 */
function intensifiesPraise(doc: TextDoc, hit: TermMatch, before: readonly Word[]): boolean {
  if (clauseAfter(doc, hit.end, INTENSIFIED_REACH).some((word) => isPositiveWord(doc, word))) return true;
  // "good as hell"; "loved the hell out of it".
  const [lead, praised] = before;
  return lead !== undefined && praised !== undefined && (lead.key === 'as' || lead.key === 'the') && isPositiveWord(doc, praised);
}

const SURPRISE_LEADS = wordSet(surpriseLeads);
const DEGREE_SWEARING = wordSet(degreeSwearing);
const VERDICTS = wordSet(verdictSwearing);
/** What closes an interjection: "Damn, ...", "Shit!" */
const INTERJECTION_END = /^\s?[,!]/u;
/** Words that may follow "the hell out of": a person there makes it violence, not emphasis. */
const OUT_OF_REACH = 3;
/** How far into its clause an interjection with no comma may reach for the praise it opens. */
const INTERJECTION_REACH = 5;

/**
 * Whether a swear word is built into an emphatic construction rather than said of anything:
 * an interjection ("Damn, that sunset"), a surprise ("holy shit!"), a degree after what it
 * intensifies ("busy af"), or a degree idiom ("loved the hell out of it"). "Beat the hell out
 * of him" names a person, so it is not emphasis.
 */
function isEmphasis(doc: TextDoc, hit: TermMatch, before: readonly Word[]): boolean {
  const previous = before[0];
  if (DEGREE_SWEARING.has(hit.text.toLowerCase())) return previous !== undefined;
  // An interjection: the swear word opens its sentence and a comma or "!" closes it ("Damn, that sunset").
  if (startsSentence(doc, hit.start, SENTENCE_BREAKS) && !VERDICTS.has(hit.text.toLowerCase())) {
    if (INTERJECTION_END.test(doc.text.slice(hit.end, hit.end + 2))) return true;
    // Or it opens a clause of praise with no comma written: "damn this is good".
    if (clauseAfter(doc, hit.end, INTERJECTION_REACH).some((word) => isPositiveWord(doc, word))) return true;
  }
  if (previous === undefined) return false;
  if (SURPRISE_LEADS.has(previous.key)) return true;
  if (previous.key !== 'the') return false;
  const object = outOfWords(doc, hit.end);
  const isPerson = (word: Word) => OBJECT_PRONOUNS.has(word.key) || PERSON_NOUNS.has(word.key) || (NAME.test(word.text) && !FUNCTION_WORDS.has(word.key));
  return object !== undefined && !object.some(isPerson);
}

/**
 * The words a degree idiom lands on, after "out of" or "outta" at `offset`: "the hell out of
 * you", "the shit outta her", "the hell out of that song". Undefined when no idiom stands there.
 */
function outOfWords(doc: TextDoc, offset: number): Word[] | undefined {
  const words = clauseAfter(doc, offset, OUT_OF_REACH + 2);
  if (words[0]?.key === 'outta') return words.slice(1, 1 + OUT_OF_REACH);
  return words[0]?.key === 'out' && words[1]?.key === 'of' ? words.slice(2, 2 + OUT_OF_REACH) : undefined;
}

interface Candidate extends TermMatch {
  kind: CandidateKind;
  /** The words before it in its clause, nearest first (see wordsBefore): asked by more than one pass. */
  before?: Word[];
}

/** Up to WINDOW words before a candidate in its clause, worked out once for every pass that asks. */
function wordsBefore(doc: TextDoc, candidate: Candidate): Word[] {
  return (candidate.before ??= clauseBefore(doc, candidate.start, WINDOW));
}

const CANDIDATE_SOURCES: readonly [Lexicon, CandidateKind][] = [
  [threats, 'threat'],
  [slurs, 'slur'],
  [dismissals, 'dismissal'],
  [dismissiveCommands, 'command'],
  [insultNouns, 'insult'],
  [hatredVerbs, 'hatred'],
  [violenceVerbs, 'violence'],
  [insultAdjectives, 'putDown'],
  [faultNouns, 'fault'],
  [profanity, 'profanity'],
];
const CANDIDATES = indexLexicons(CANDIDATE_SOURCES.map(([lexicon]) => lexicon), true);
const INNOCENT_SOURCES = [praiseSlang, innocentPhrases, praisePredicates];
const PREDICATE_TAG = INNOCENT_SOURCES.indexOf(praisePredicates);
const INNOCENT = indexLexicons(INNOCENT_SOURCES, true);
/** Words that may stand between a copula and the praise it predicates: "is just the shit". */
const PREDICATE_ADVERBS = new Set(['just', 'simply', 'truly', 'really', 'totally', 'literally', 'still', 'always', 'actually', 'definitely', 'straight']);
/** What may stand before a predicate, the verb often left out: "is", "that's", "you the bomb", "this the shit". */
const PREDICATE_LEADS = new Set([...COPULAS, 'be', 'been', 'being', 'you', 'u', 'ur', 'this', 'that', 'thats', 'its', 'youre', 'im']);
const CONTRACTED_COPULA = /['’](?:s|re|m)$/u;

/**
 * Whether a phrase is what something is: after a copula, a contracted one, or a subject with the
 * verb left out ("you the bomb"), or a clause of its own, an exclamation ("The shit!").
 */
function isPredicate(doc: TextDoc, match: Span): boolean {
  for (const word of clauseBefore(doc, match.start, 3)) {
    if (PREDICATE_ADVERBS.has(word.key)) continue;
    return PREDICATE_LEADS.has(word.key) || CONTRACTED_COPULA.test(word.key);
  }
  return clauseAfter(doc, match.end, 1).length === 0;
}

const innocentMatches = once((doc: TextDoc) => {
  const matches = matchTerms(INNOCENT, doc, true);
  return matches.some((match) => match.tag === PREDICATE_TAG) ? matches.filter((match) => match.tag !== PREDICATE_TAG || isPredicate(doc, match)) : matches;
});

/** Whether the draft uses hostile-looking words innocently somewhere: praise slang ("you killed it") or an everyday phrase. */
export function usesHostileWordsInnocently(doc: TextDoc): boolean {
  return innocentMatches(doc).length > 0;
}

/**
 * The words that are no hostility whatever a list or a model says of them, by start: they stand
 * in praise slang or an everyday phrase ("a monster on the court", "kill time"), or in a name
 * or a title ("Dumb and Dumber"). One sweep, as in findHostility.
 */
export const excusedWords = once((doc: TextDoc): ReadonlySet<number> => {
  const excused = new Set<number>();
  const innocent = innocentMatches(doc);
  let phrase = 0;
  let reach = -1;
  for (const word of doc.lexicalWords) {
    while (phrase < innocent.length && innocent[phrase]!.start <= word.start) reach = Math.max(reach, innocent[phrase++]!.end);
    if (word.end <= reach || (CAPITALISED.test(word.text) && isInTitle(doc, word))) excused.add(word.start);
  }
  return excused;
});
const GROUP_PATTERNS = compileWordPatterns(groupHostility);
const CONDESCENSION = compileWordPatterns(condescension);

/** Every hostile-looking phrase, earliest first, then longest, so "piece of shit" comes before the "shit" inside it. */
const collect = once((doc: TextDoc): Candidate[] => {
  const candidates: Candidate[] = matchTerms(CANDIDATES, doc, true).map(({ start, end, text, tag }) => ({ start, end, text, term: text, kind: CANDIDATE_SOURCES[tag]![1] }));
  const groups = matchWordPatterns(GROUP_PATTERNS, doc);
  const condescending = matchWordPatterns(CONDESCENSION, doc);
  if (groups.length === 0 && condescending.length === 0) return candidates;
  for (const match of groups) candidates.push({ start: match.start, end: match.end, text: match.text, term: match.text, kind: 'group' });
  for (const match of condescending) candidates.push({ start: match.start, end: match.end, text: match.text, term: match.text, kind: 'condescension' });
  return candidates.sort((a, b) => a.start - b.start || b.end - a.end);
});

/**
 * The words that are hostile vocabulary as the draft uses them, by start, with the kind of
 * phrase each stands in: a phrase of the hostility lists that no "not" or "never" just before
 * denies ("you are not dumb"). Where the rules could not tell whom such a word is aimed at, a
 * model may judge the whole draft; it reads each kind as evidence of its own, and may only
 * point at words like these, never at a topic ("hurricane"). One sweep.
 */
export const hostileVocabulary = once((doc: TextDoc): ReadonlyMap<number, CandidateKind> => {
  const covered = new Map<number, CandidateKind>();
  const candidates = collect(doc);
  let next = 0;
  let reach = -1;
  let kind: CandidateKind | undefined;
  for (const word of doc.lexicalWords) {
    for (; next < candidates.length && candidates[next]!.start <= word.start; next++) {
      const candidate = candidates[next]!;
      if (candidate.end > reach && !isNegated(wordsBefore(doc, candidate))) {
        reach = candidate.end;
        kind = candidate.kind;
      }
    }
    if (word.end <= reach) covered.set(word.start, kind!);
  }
  return covered;
});

function judge(doc: TextDoc, candidate: Candidate, guardedByPhrase: boolean): HostileHit | undefined {
  const before = wordsBefore(doc, candidate);
  const after = clauseAfter(doc, candidate.end, 2);
  const hit = (kind: HostilityKind, targeted: boolean): HostileHit => ({
    kind,
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    targeted,
  });
  if (isQuotedOrReported(doc, candidate, before)) return undefined;
  if (candidate.kind !== 'slur' && candidate.kind !== 'threat' && candidate.kind !== 'group' && isInTitle(doc, candidate)) return undefined;
  const guarded = guardedByPhrase || isPraisedBefore(before);

  switch (candidate.kind) {
    case 'threat':
    case 'slur':
      return hit(candidate.kind, true);
    case 'group':
      return isNegated(before) ? undefined : hit('group', true);
    case 'condescension':
      return hit('condescension', true);
    case 'dismissal':
      if (guardedByPhrase || takesObject(candidate, after)) return undefined;
      return isAboutSelf(before, []) && !addressesReader(before) ? undefined : hit('dismissal', true);
    case 'command':
      return !guardedByPhrase && isCommand(doc, candidate) ? hit('dismissal', true) : undefined;
    case 'insult': {
      if (guarded || isNegated(before) || isAboutSelf(before, after)) return undefined;
      const insult = hit('insult', true);
      const vocative = vocativeSpan(doc, candidate);
      if (vocative) insult.vocative = vocative;
      return insult;
    }
    case 'putDown': {
      if (guarded || isNegated(before) || isAboutSelf(before, after)) return undefined;
      const aimed = hit('putDown', true);
      const next = after[0] && after[0].key;
      // Before a word of its own ("terrible day") the adjective describes that word, not the subject.
      // A phrase ("a disgrace", "full of it") is a whole predicate; a lone adjective may modify the next word.
      const isPhrase = /\s/u.test(candidate.text);
      if (next && !FUNCTION_WORDS.has(next) && !isPhrase) {
        const described = after.map((word) => word.key).find((word) => CONTRIBUTION_NOUNS.has(word) || PERSON_NOUNS.has(word));
        if (described) return CONTRIBUTION_NOUNS.has(described) ? hit('contempt', true) : aimed;
        if (namesTheSubject(before)) return aimed;
      } else {
        // "as dumb as he is", "a coward like you": the comparison names the person.
        const comparedTo = isComparison(after);
        // "Carrey is a pig": a name as the subject of a label ("a pig", "a disgrace") is a person.
        if (pointsAtPerson(before) || (isPhrase && isNamedSubject(before)) || comparedTo || isCommandToBe(before) || isVerdictOnAddressee(doc, candidate, before, after)) return aimed;
      }
      return hasTermWithin(doc, harshWords, candidate.start, candidate.end) ? hit('putDown', false) : undefined;
    }
    case 'fault': {
      const owner = before[0] && before[0].key;
      return owner && POSSESSIVES.has(owner) && !guarded ? hit('putDown', true) : undefined;
    }
    case 'violence': {
      if (guarded || isNegated(before)) return undefined;
      // "slap her", or through a degree idiom: "slap the shit out of her".
      const object = after[0]?.key === 'the' && after[1] ? outOfWords(doc, after[1].end)?.[0] : after[0];
      if (!object || !OBJECT_PRONOUNS.has(object.key)) return undefined;
      return { kind: 'threat', start: candidate.start, end: object.end, text: doc.text.slice(candidate.start, object.end), targeted: true };
    }
    case 'hatred': {
      if (guarded || isNegated(before)) return undefined;
      return after.some((word) => pointsAtPerson([word])) ? hit('hatred', true) : undefined;
    }
    case 'profanity': {
      // "you fucking idiot", "fuck you"; a degree idiom names whom it lands on, whoever says it:
      // "I'll beat the hell out of you".
      const landsOnReader = before[0]?.key === 'the' && !intensifiesPraise(doc, candidate, before) && addressesReader(outOfWords(doc, candidate.end) ?? []);
      const aimed = !guarded && (landsOnReader || (!isAboutSelf(before, []) && (addressesReader(before.slice(0, 2)) || addressesReader(after))));
      const swear = hit('profanity', aimed);
      if (!aimed && (guarded || intensifiesPraise(doc, candidate, before))) swear.asPraise = true;
      else if (!aimed && isEmphasis(doc, candidate, before)) swear.asEmphasis = true;
      return swear;
    }
  }
}

/** Joins "fucking idiot" or "stupid moron" into one finding of the more serious kind. */
function mergeAdjacent(doc: TextDoc, hits: HostileHit[]): HostileHit[] {
  const merged: HostileHit[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    const touching = last && /^[\s-]*$/u.test(doc.text.slice(last.end, hit.start));
    if (!last || !touching || !(last.targeted || hit.targeted)) {
      merged.push(hit);
      continue;
    }
    const lead = SERIOUSNESS[hit.kind] >= SERIOUSNESS[last.kind] ? hit : last;
    const joined: HostileHit = { kind: lead.kind, start: last.start, end: hit.end, text: doc.text.slice(last.start, hit.end), targeted: true };
    if (hit.vocative) joined.vocative = [Math.min(hit.vocative[0], last.start), hit.vocative[1]];
    merged[merged.length - 1] = joined;
  }
  return merged;
}

/**
 * Hostile and harsh language in a draft, each hit judged in context: aimed at a person, or
 * guarded as praise slang, negation, self-deprecation, or a word quoted to condemn it.
 * Computed once per draft and shared by the lesson-1 rules.
 */
export const findHostility = once((doc: TextDoc): readonly HostileHit[] => {
  const candidates = collect(doc);
  const innocent = candidates.length > 0 ? innocentMatches(doc) : [];
  const judged: HostileHit[] = [];
  let judgedUpTo = 0;
  // Innocent phrases and candidates are both sorted by start, so one sweep finds the phrase
  // that may hold each candidate: the one reaching furthest among those started before it.
  let phrase = 0;
  let reach = -1;
  for (const candidate of candidates) {
    while (phrase < innocent.length && innocent[phrase]!.start <= candidate.start) reach = Math.max(reach, innocent[phrase++]!.end);
    // Words inside a phrase already judged hostile are not judged again; inside a rejected one they are.
    if (candidate.start < judgedUpTo) continue;
    const hit = judge(doc, candidate, candidate.end <= reach);
    if (!hit) continue;
    judged.push(hit);
    judgedUpTo = hit.end;
  }
  return mergeAdjacent(doc, judged);
});
