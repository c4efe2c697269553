import type { WordPatterns } from '../word-patterns.js';

/**
 * Hostility aimed at a group for who they are, as word-pattern families (see word-patterns.ts):
 * - pushing people out: "send them back", "deport them all", "go back to your country";
 * - calling people an invasion or a plague: "stop the invasion", "migrants are animals";
 * - verdicts on a whole group: "women suck", "feminists are a cancer";
 * - keeping people in their place: "women belong in the kitchen".
 * Camel-case hashtags are read as words, so #SendThemBack is caught as "Send Them Back".
 */
export const groupHostility: WordPatterns<'exclusion' | 'dehumanising' | 'generalisation'> = {
  classes: {
    expel: ['send', 'deport', 'ship', 'kick', 'throw', 'boot', 'expel', 'chuck', 'fly'],
    them: ['them', 'em', "'em", 'these', 'those', 'they', 'all', 'every', 'her', 'him', 'migrants', 'immigrants', 'refugees', 'illegals'],
    away: ['back', 'home', 'out', 'packing', 'away', 'all'],
    group: [
      'immigrants', 'migrants', 'refugees', 'illegals', 'aliens', 'foreigners', 'muslims', 'moslems', 'women', 'woman', 'girls',
      'females', 'feminists', 'men', 'blacks', 'whites', 'jews', 'arabs', 'mexicans', 'africans', 'asians', 'gays', 'lesbians',
      'trans', 'bitches', 'hoes',
    ],
    be: ['are', 'r', 'is', 'were', 'all', 'just', 'be', "'re", 'aint', "ain't"],
    vermin: [
      'animals', 'savages', 'savage', 'vermin', 'parasites', 'parasite', 'invaders', 'invasion', 'criminals', 'rapists',
      'trash', 'garbage', 'scum', 'subhuman', 'subhumans', 'disease', 'cancer', 'plague', 'pests', 'cockroaches', 'rats',
      'filth', 'filthy', 'dirty', 'inferior', 'worthless', 'whores', 'sluts', 'hoes', 'terrorists',
    ],
    verdict: ['suck', 'ruin', 'ruined', 'destroy', 'destroying', 'invade', 'invading', 'infest', 'infesting', 'breed', 'breeding'],
    kitchen: ['kitchen', 'home', 'place'],
  },
  patterns: [
    { tag: 'exclusion', pattern: '@expel @them _{0,2} @away' },
    { tag: 'exclusion', pattern: 'deport|expel @them' },
    { tag: 'exclusion', pattern: 'go|get back to your|their|ur _? country|countries|homeland|home|own' },
    { tag: 'dehumanising', pattern: 'stop|end|halt|repel the|this invasion' },
    { tag: 'dehumanising', pattern: '@group @be _{0,2} @vermin' },
    { tag: 'dehumanising', pattern: 'invaders|rapefugee|rapefugees|illegals|subhumans' },
    { tag: 'generalisation', pattern: '@group @verdict' },
    { tag: 'generalisation', pattern: '@group belong|belongs in|to the @kitchen' },
  ],
};
