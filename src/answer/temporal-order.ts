import { sentenceTokens, type Token } from '../text/analyzer.ts';
import { DETERMINERS } from '../text/stop-words.ts';
import type { Concept } from './analyse-question.ts';

/**
 * "What did the orogeny cause before the Eocene?" asks about the time before a thing; a sentence
 * that says "from the Eocene onwards" or "subsequent to the Conquest" speaks of the time after it,
 * and so says something else, though it holds every word of the question. The question's order
 * word ("before", "after", "prior to") and the thing it is set against (its anchor) are read when
 * the question is analysed; `saysOtherOrder` looks at the words right around the anchor in a
 * sentence. A verb of order in the passive turns round: "preceded by the war" is after the war.
 *
 * @module
 */
export type Order = 'before' | 'after';

export interface TemporalOrder {
  order: Order;
  /** The question's concept the order is set against ("the Eocene"). */
  anchor: Concept;
  /**
   * When the order word opens a clause ("before the High Representative can sign", "after he
   * left"), the clause's verb: what happened is the anchor too, read in a sentence's clause
   * ("After India and the EU signed …").
   */
  event?: Concept;
}

const QUESTION_ORDER: Readonly<Record<string, Order>> = { before: 'before', after: 'after', prior: 'before' };

// Words that set what follows them before or after something: "after the war", "preceding it".
const ORDER_WORDS: Readonly<Record<string, Order>> = {
  before: 'before',
  prior: 'before',
  until: 'before',
  till: 'before',
  preceding: 'before',
  precedes: 'before',
  precede: 'before',
  ahead: 'before',
  earlier: 'before',
  after: 'after',
  since: 'after',
  following: 'after',
  follows: 'after',
  subsequent: 'after',
  succeeds: 'after',
  succeeding: 'after',
  later: 'after',
};
// The passive of a verb of order sets the other way round: "preceded by X" is after X.
const PASSIVE_ORDER: Readonly<Record<string, Order>> = {
  preceded: 'after',
  followed: 'before',
  succeeded: 'before',
};
// Words that may stand between an order word and its object: "prior to", "ahead of", "later than".
const LINKING = new Set(['to', 'of', 'than', 'the', 'by']);
// Words after the anchor that set the time after it: "from the Eocene onwards".
const AFTERWARDS = new Set(['onwards', 'onward', 'afterwards', 'later']);
// Words of the anchor's own phrase that may stand between it and its order word ("before the
// Norman Conquest"): more would reach into another phrase.
const MAX_MODIFIERS = 1;
// Words after an order word that point back to what the sentence has named ("after that").
const POINTING_BACK = new Set(['that', 'then', 'this', 'which', 'it']);

const opposite = (order: Order): Order => (order === 'before' ? 'after' : 'before');
const ANY_ORDER = new RegExp(
  `\\b(?:${[...Object.keys(ORDER_WORDS), ...Object.keys(PASSIVE_ORDER), ...AFTERWARDS, 'will', 'would', 'shall', 'to be'].join('|')})\\b`,
  'i',
);

/**
 * The question's "before X" or "after X": an order word right before a concept (determiners
 * between them), or undefined when it has none.
 */
export function temporalOrderOf(
  tokens: readonly Token[],
  concepts: readonly Concept[],
): TemporalOrder | undefined {
  const words = tokens.filter((t) => !t.part);
  for (const [i, token] of words.entries()) {
    const order = QUESTION_ORDER[token.word];
    if (!order) continue;
    let next = i + 1;
    while (words[next] && (DETERMINERS.has(words[next]?.word ?? '') || words[next]?.word === 'to')) next++;
    const event = clauseVerb(words, next, concepts);
    const anchor = concepts.find((c) => c.position === words[next]?.position && !c.light) ?? event;
    // "before signing": the anchor is itself what happened, read in a sentence's clause too.
    const clause = event && event !== anchor ? event : anchor?.role === 'verb' ? anchor : undefined;
    if (anchor) return { order, anchor, ...(clause ? { event: clause } : {}) };
  }
  return undefined;
}

// Words that may stand in a clause's subject before its verb: "India and the EU", "he".
const SUBJECT_WORDS = new Set([...DETERMINERS, 'and', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);
// Auxiliaries and modals right before a clause's verb: "can sign", "had left", "was signed".
const AUXILIARIES = new Set(
  'can could will would shall should may might must had has have was were is are did does do been be'.split(
    ' ',
  ),
);
// How many words a clause's subject may take before its verb ("the High Representative can").
const MAX_SUBJECT = 6;

/**
 * The verb of a clause opening at `words[from]`: the first concept after a subject of names,
 * pronouns and determiners (and the question's other concepts) that stands right after an
 * auxiliary, is read as a verb, or is a verb's -s form.
 */
function clauseVerb(
  words: readonly Token[],
  from: number,
  concepts: readonly Concept[],
): Concept | undefined {
  for (let i = from; i < words.length && i <= from + MAX_SUBJECT; i++) {
    const word = words[i] as Token;
    const concept = concepts.find((c) => c.position === word.position && !c.light);
    const afterAuxiliary = i > from && AUXILIARIES.has(words[i - 1]?.word ?? '');
    // "before the High Representative signs": a word in -s after the subject is its verb in the
    // present, though WordNet also has it as a plural noun; not right after a determiner ("the talks").
    const present = i > from && /[^s]s$/.test(word.word) && !DETERMINERS.has(words[i - 1]?.word ?? '');
    if (
      concept &&
      !word.name &&
      (concept.role === 'verb' || ((afterAuxiliary || present) && !concept.notVerb))
    )
      return i > from ? concept : undefined;
    // A concept of several words ("high rep") is the subject's whole phrase.
    if (concept) i += concept.label.split(' ').length - 1;
    else if (!word.name && !SUBJECT_WORDS.has(word.word) && !AUXILIARIES.has(word.word)) return undefined;
  }
  return undefined;
}

/**
 * The order a sentence's clause sets its verb (`words[at]`, the question's event) in: an order word
 * opening the clause, its subject of names, pronouns and determiners between ("After India and the
 * European Union signed …").
 */
function orderOfClause(words: readonly Token[], at: number): Order | undefined {
  for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_SUBJECT; i--) {
    const word = words[i] as Token;
    const order = ORDER_WORDS[word.word];
    if (order) return i < at - 1 ? order : undefined;
    if (!word.name && !SUBJECT_WORDS.has(word.word) && !AUXILIARIES.has(word.word)) return undefined;
  }
  return undefined;
}

// Modals that put what follows them still to come: "posted that it will be signed on Tuesday".
const FUTURE = new Set(['will', 'would', 'shall']);

/**
 * "… posted on X that the partnership will be signed on Tuesday": a sentence that says the anchor
 * is still to come speaks of a time before it. (Read for a clause's verb too, it cost an answer.)
 */
function stillToCome(words: readonly Token[], at: number): Order | undefined {
  const [one, two] = [words[at - 1]?.word ?? '', words[at - 2]?.word ?? ''];
  return FUTURE.has(one) || (one === 'be' && (FUTURE.has(two) || two === 'to')) ? 'before' : undefined;
}

/** The order the words before and after `words[at]` (a word of the anchor) set it in, if any. */
function orderAround(words: readonly Token[], at: number): Order | undefined {
  let i = at - 1;
  let passive = false;
  let modifiers = 0;
  // "after the conquest", "prior to it", "before the Norman Conquest": linking words and up to
  // MAX_MODIFIERS words of the anchor's own phrase stand between the order word and the anchor.
  for (; i >= 0; i--) {
    const word = words[i]?.word ?? '';
    if (word === 'by') passive = true;
    if (LINKING.has(word)) continue;
    if (ORDER_WORDS[word] || PASSIVE_ORDER[word] || modifiers++ >= MAX_MODIFIERS) break;
  }
  const word = words[i]?.word ?? '';
  const order = passive ? PASSIVE_ORDER[word] : ORDER_WORDS[word];
  if (order) return order;
  // "from the Eocene onwards", "the Eocene and later".
  for (const after of words.slice(at + 1, at + 4)) if (AFTERWARDS.has(after.word)) return 'after';
  return undefined;
}

// How far after the anchor an order word may stand to set the anchor itself in time.
const MAX_LATER = 16;

/**
 * The anchor set in time against others after it: "India becomes the third Asian country … after
 * Japan and South Korea" puts India after them, so it says what came before India, not after.
 */
function orderOfOthers(words: readonly Token[], at: number, anchor: ReadonlySet<string>): Order | undefined {
  for (const [k, t] of words.slice(at + 1, at + 1 + MAX_LATER).entries()) {
    const order = ORDER_WORDS[t.word];
    if (!order) continue;
    const next = words[at + 2 + k];
    return next?.name && !anchor.has(next.stem) ? opposite(order) : undefined;
  }
  return undefined;
}

/**
 * Whether the sentence sets the question's anchor the other way round ("from the Eocene onwards"
 * for "before the Eocene") and nowhere the same way.
 */
export function saysOtherOrder(text: string, asked: TemporalOrder, said?: ReadonlySet<string>): boolean {
  const stems = new Set(asked.anchor.alternatives[0]?.stems ?? []);
  const event = new Set(asked.event?.alternatives[0]?.stems ?? []);
  // Most sentences have no word of order, or not the anchor (`said`: the sentence's stems, when
  // known): they are not read word by word.
  if (stems.size === 0 || !ANY_ORDER.test(text)) return false;
  if (said && ![...stems, ...event].some((stem) => said.has(stem))) return false;
  const words = sentenceTokens(text).filter((t) => !t.part);
  const orders = words.flatMap((t, i) => [
    ...(stems.has(t.stem)
      ? [stillToCome(words, i) ?? orderAround(words, i) ?? orderOfOthers(words, i, stems)]
      : []),
    ...(event.has(t.stem) ? [orderOfClause(words, i)] : []),
  ]);
  // "until 1935 and after that": a word pointing back sets the anchor the other way too.
  // ("succeeds that of the Anglo-Saxon" points to something else).
  const pointing = words.flatMap((t, i) =>
    POINTING_BACK.has(words[i + 1]?.word ?? '') && words[i + 2]?.word !== 'of' ? [ORDER_WORDS[t.word]] : [],
  );
  return (
    orders.includes(opposite(asked.order)) && !orders.includes(asked.order) && !pointing.includes(asked.order)
  );
}
