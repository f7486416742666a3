/**
 * The actors stage: actor mentions of a Document resolved to CAMEO-style codes
 * (PAK, PAKGOV, CHNMIL, IGOUNO, AFGREBTAL ...), each with the evidence that decided it.
 */
export { loadActorKnowledge, countryName, actorLexiconFiles, DEFAULT_ACTOR_LEXICON_DIR } from './knowledge.ts';
export type { ActorKnowledge } from './knowledge.ts';
export { ACTOR_LEXICON_FILES, SECTORS } from './lexicon.ts';
export { findMentions } from './mentions.ts';
export { collectiveMembers } from './collectives.ts';
