export * from './schema';
export { defaultLexicon, defaultLexiconData, DEFAULT_LEXICON_VERSION } from './default-lexicon';
export { mergeLexicon, lexiconOverrideSchema, type LexiconOverride } from './merge-lexicon';
export { subjectAncestors, placeAncestors, isSubjectWithin, isPlaceWithin } from './taxonomy';
