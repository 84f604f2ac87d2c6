// The wording table: every sentence a citizen can read, in one place, so that a reviewer
// (a 医保局 clerk) checks one folder. Templates are small functions: the grammar stays code,
// the wording stays here. Vocabulary (lexicon, holiday words, place names) is data elsewhere;
// how times are written is src/answer/format.ts.
export * from './fixed.ts';
export * as contacts from './contacts.ts';
export * as status from './status.ts';
export * as timetable from './timetable.ts';
export * as pages from './pages.ts';
