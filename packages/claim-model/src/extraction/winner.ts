import type { Span, TermMention } from '../claim';

const WIN_VERB = /\b(?:won|wins?|winning|secured?|securing|took|takes|taking|gain(?:ed|ing|s)|captur(?:ed|ing|es)|claimed|lost|loses|losing|retain(?:ed|s)|kept|holds?|held|picked up|has|had|have|got|gets|received|polled)\b/gi;
// Auxiliaries and adverbs between a party's name and its verb: "the People's Party had won", "parties together hold".
const AUXILIARY_END = /(?:\s+(?:had|has|have|was|were|is|are|will|would|could|also|already|now|together|jointly|still|only|so far|reportedly|narrowly|comfortably))+\s*$/i;
// "NAIROBI, May 9 (Reuters) - …", "(AP) —": everything up to a closing bracket or a dash.
const DATELINE = /^.*(?:\)|\s[-—–]\s|[—–])/;
const GIVEN = /\b(?:gave|give|gives|giving|handed|hands|awarded|awards)\s+((?:[\p{L}'’.-]+\s+){1,6})$/u;
const NOT_A_PARTY = /^(?:it|they|he|she|we|this|that|which|who|results?|the results?|count(?:ing)?)$/i;

/**
 * Who won the seats or votes: the words before the verb of winning ("The ruling party won 212 seats"), else the sentence's
 * opening phrase ("The coalition lost its majority, winning 163 seats"). Parties are named, not in a lexicon.
 */
export function winnerBefore(text: string, sentence: Span, clauseStart: number, figureStart: number): TermMention | null {
  const before = text.slice(clauseStart, figureStart);
  // "Preliminary results gave the centre-right party 31.2%": the one given the figure won it.
  const given = GIVEN.exec(before)?.[1];
  if (given) return party(given);
  let verb = -1;
  WIN_VERB.lastIndex = 0;
  for (let m = WIN_VERB.exec(before); m !== null; m = WIN_VERB.exec(before)) verb = m.index;
  let words = verb > 0 ? before.slice(0, verb) : '';
  if (words.trim() === '') {
    const opening = text.slice(sentence.start, figureStart);
    WIN_VERB.lastIndex = 0;
    const first = WIN_VERB.exec(opening);
    words = first ? (opening.slice(0, first.index).replace(DATELINE, '').split(/[,;:(]/)[0] ?? '') : '';
  }
  // Only the words after a dateline, a bracket or a reporting verb name the party.
  words = words.replace(DATELINE, '').replace(/^.*\b(?:that|shows?|showed|said|says|after|when|while|as)\s+/i, '');
  return party(words.replace(AUXILIARY_END, ''));
}

function party(phrase: string): TermMention | null {
  const words = phrase.replace(/^\s*(?:the|and|but)\s+/i, '').trim();
  if (words === '' || NOT_A_PARTY.test(words) || words.split(/\s+/).length > 6 || !/\p{L}/u.test(words)) return null;
  return { id: 'political_parties', words };
}
