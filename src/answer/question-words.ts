import { type Token, tokenize } from '../text/analyzer.ts';
import { IRREGULAR_FORMS } from '../text/irregular-forms.ts';
import { isOneEditAway, isSlip } from '../text/slips.ts';
import { FILLER_WORDS, LIGHT_WORDS, STOP_WORDS } from '../text/stop-words.ts';
import { QUESTION_WORDS } from './question-type.ts';
import { FIRST_ONES, LAST_ONES, PARTS, TEXTS } from './text-position.ts';

/**
 * Short chat questions get their question words wrong ("wen was it signed", "whoo signs it") or
 * run them into the next word ("whendid they sign"). At the start of a question, a word that is
 * neither in the sources nor in the dictionary (or that opens the question before an auxiliary,
 * where the sources do not use it) is read as the question word or auxiliary one slip away (same
 * first letter), or split into a question word and a word that is known. Chat also asks a
 * question inside another ("can you tell me when …"), which is read as the question itself.
 *
 * @module
 */
const AUXILIARIES = ['did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'can', 'has', 'have', 'should'];
const OPENERS = [...QUESTION_WORDS, ...AUXILIARIES];
// The words after "how" that ask an amount, a measure or a frequency.
const HOW_WORDS = ['many', 'much', 'long', 'far', 'old', 'often', 'big', 'large', 'high', 'wide', 'deep'];
// "whos", "whats": a question word with "'s" but no apostrophe.
const CONTRACTED_OPENERS = ['who', 'what', 'where', 'when', 'why', 'how'];
// Question words sit at the start of a chat question; later words are left alone.
const FIRST_WORDS = 3;

export function fixQuestionWords(
  tokens: readonly Token[],
  isKnown: (token: Token) => boolean,
  inSources: (token: Token) => boolean,
): Token[] {
  const fixed: Token[] = [];
  tokens.forEach((token, i) => {
    // "wen was it signed": a rare dictionary word ("wen") opening a question before an auxiliary
    // is the question word mistyped, unless the sources use it.
    const opensQuestion = i === 0 && AUXILIARIES.includes(tokens[1]?.word ?? '') && !inSources(token);
    // "where doe the river flow", "who dose it": a word the sources do not use right after a
    // question word, one dropped, doubled or swapped letter from an auxiliary, is that auxiliary,
    // wherever the question word stands (a changed letter is not enough: "what car" is no "can").
    const previous = tokens[i - 1]?.word ?? '';
    const auxiliary =
      QUESTION_WORDS.includes(previous) && !token.stop && !token.name && !inSources(token)
        ? AUXILIARIES.find((word) => word[0] === token.word[0] && isSlip(token.word, word))
        : undefined;
    if (auxiliary && auxiliary !== token.word) {
      fixed.push({ ...token, word: auxiliary, stem: auxiliary, stop: true });
      return;
    }
    // "japan n korea": a lone "n" between two words, as chat types "and" ("rock n roll"). Of the
    // question only: an article's "n" is a letter ("Rī(n)").
    if (token.word === 'n' && i > 0 && i < tokens.length - 1 && !inSources(token)) {
      fixed.push({ ...token, word: 'and', stem: 'and', stop: true });
      return;
    }
    // "how mnay chiefs attended": after "how", a word the sources do not use, a slip from a word
    // that makes "how" ask an amount ("many", "much", "long"), is that word.
    const amount =
      previous === 'how' && !token.name && !inSources(token) && !isKnown(token)
        ? HOW_WORDS.find((word) => word[0] === token.word[0] && isSlip(token.word, word))
        : undefined;
    if (amount) {
      const forms = tokenize(amount)[0] ?? token;
      fixed.push({ ...forms, surface: token.surface, position: token.position });
      return;
    }
    // "whos rajnath singh", "wheres the hq": a question word with "'s" but no apostrophe (WordNet
    // would read "whos" as a plural of "who", the health organisation).
    // Later in the question only as typed ("…, whats his name"), not one slip from it.
    const opener =
      !inSources(token) && !token.stop
        ? i < FIRST_WORDS
          ? contractedOpener(token.word)
          : CONTRACTED_OPENERS.find((word) => token.word === `${word}s`)
        : undefined;
    if (opener) {
      fixed.push(
        { ...token, surface: opener, word: opener, stem: opener, stop: true },
        { ...token, surface: 'is', word: 'is', stem: 'is', stop: true },
      );
      return;
    }
    if (
      i >= FIRST_WORDS ||
      token.stop ||
      token.part ||
      token.name ||
      // Two letters only opening the question, as chat drops a vowel ("hw did kallas describe it").
      token.word.length < (i === 0 ? 2 : 3) ||
      (isKnown(token) && !opensQuestion)
    ) {
      fixed.push(token);
      return;
    }
    // A dropped, doubled or swapped letter first ("whn" is "when", not "who"), then one changed.
    // Of two letters, only a dropped one: "hw" is "how", "im" no "is".
    const slip =
      OPENERS.find((word) => word[0] === token.word[0] && isSlip(token.word, word)) ??
      (token.word.length > 2
        ? OPENERS.find((word) => word[0] === token.word[0] && isOneEditAway(token.word, word))
        : undefined);
    if (slip) {
      fixed.push({ ...token, word: slip, stem: slip, stop: true });
      return;
    }
    const split = splitRunTogether(token, isKnown);
    fixed.push(...(split ?? [token]));
  });
  return fixed;
}

/**
 * The question word of "whos", "whats" and the like, or of a word one slipped letter from one
 * ("wats": "what"); not of a question word of its own ("whose").
 */
function contractedOpener(word: string): string | undefined {
  if (OPENERS.includes(word)) return undefined;
  return CONTRACTED_OPENERS.find((opener) => {
    const contracted = `${opener}s`;
    return word === contracted || (word[0] === contracted[0] && isSlip(word, contracted));
  });
}

/** "whendid" → "when" + "did"; "whatis" → "what" + "is"; undefined when no split reads. */
function splitRunTogether(token: Token, isKnown: (token: Token) => boolean): Token[] | undefined {
  for (const opener of OPENERS) {
    if (!token.word.startsWith(opener) || token.word.length === opener.length) continue;
    const rest = tokenize(token.word.slice(opener.length))[0];
    if (rest && (rest.stop || isKnown(rest))) {
      return [
        { ...token, surface: opener, word: opener, stem: opener, stop: true },
        { ...rest, position: token.position },
      ];
    }
  }
  return undefined;
}

// Question-shaping words long enough that one slipped letter still names them ("reportd").
const MIN_LIGHT_SLIP = 5;
// Function words too: "agains" is "against", "becuase" is "because"; and the words that ask about
// the sources ("agancy", "newspapr").
const SOURCE_WORDS = [
  'agency',
  'outlet',
  'newspaper',
  'publisher',
  'source',
  'sources',
  'media',
  'journalist',
];
const SLIPPABLE = [...LIGHT_WORDS, ...STOP_WORDS, ...SOURCE_WORDS].filter(
  (word) => word.length >= MIN_LIGHT_SLIP && /^[a-z]+$/.test(word),
);
// A short function or question-shaping word only with two neighbours swapped: "teh", "adn", "sya".
const SHORT_WORDS = [...STOP_WORDS, ...LIGHT_WORDS].filter(
  (word) => word.length >= 3 && word.length < MIN_LIGHT_SLIP && /^[a-z]+$/.test(word),
);
// Long enough that one changed letter still names the word ("agancy"), as for the sources' words.
const MIN_CHANGED = 6;

/**
 * "who reportd this", "when was it publishd", "who met kallas agains": a word neither the sources
 * nor the dictionary know that is one slipped letter from a question-shaping or function word is
 * that word, anywhere in the question ("teh": a short one only with two neighbours swapped).
 */
export function fixShapingWords(tokens: readonly Token[], isKnown: (token: Token) => boolean): Token[] {
  return tokens.map((token) => {
    if (token.stop || token.part || token.name || token.light || token.word.length < 3) return token;
    if (isKnown(token)) return token;
    const slip =
      (token.word.length >= MIN_LIGHT_SLIP - 1
        ? SLIPPABLE.find(
            (word) =>
              isSlip(token.word, word) || (word.length >= MIN_CHANGED && isOneEditAway(token.word, word)),
          )
        : undefined) ??
      SHORT_WORDS.find((word) => word.length === token.word.length && isSlip(token.word, word));
    const fixed = slip ? tokenize(slip)[0] : undefined;
    return fixed ? { ...fixed, position: token.position } : token;
  });
}

// A question asked inside another ("can you tell me when …", "do you know who …", "I was wondering
// which …"): the asking around it says nothing of what is asked.
const ASKING = [
  '(?:can|could|would|will) you (?:please )?(?:tell|show|explain to) me',
  '(?:do|does) (?:you|anyone|anybody) know',
  'any ?(?:one|body) know',
  'any idea',
  "i(?: was|'m| am)? wonder(?:ing)?",
  "(?:i|i'd|i would) (?:want|like|need) to know",
  '(?:just )?wondering',
  "(?:i(?:'m| am) )?curious(?: (?:about|to know))?",
  '(?:please )?tell me',
  '(?:(?:can|could) (?:you|someone|anyone) )?remind me',
  // Not knowing, said before asking: "not sure when …", "I can't remember who …".
  "(?:i(?:'m| am) )?not sure",
  "i (?:don'?t|do not) know",
  '(?:i have )?no idea',
  "i (?:can'?t|cannot|don'?t) (?:remember|recall)",
  'i forg[eo]t',
  // A moderator's and a teacher's requests: "can you confirm when …", "summarise in one line what
  // …", "exact wording of how …".
  '(?:(?:can|could) (?:you|someone|anyone) (?:please )?)?(?:confirm|check|verify)(?: for me)?',
  'summari[sz]e(?: (?:in|with) (?:one|a|1) (?:line|sentence))?(?: for me)?',
  "(?:what(?:'s| is) )?(?:the )?exact (?:wording|words) of",
];
const EMBEDDING = new RegExp(
  `^(?:${ASKING.join('|')})\\s*,?\\s+(?=(?:who|whom|whose|what|when|where|which|why|how|if|whether)\\b)`,
  'i',
);
// In an embedded question the verb "be" comes last: "who Kallas is" is "who is Kallas".
const EMBEDDED_BE = /^(who|what|where|when|which)\s+(.+?)\s+(is|are|was|were)\s*\??$/i;

// "Wasn't it Rajnath who called it a milestone?", "was it Kallas or Singh who posted on X": a
// person offered for a doer (a few words, not a participle or a phrase of place: "was it signed by
// the people who …"), after chat words; what is asked is who did it.
const CLEFT =
  /^(?:(?:so|wait|hang on|hmm+|but|and|ok|okay)\b[\s,.-]*)*(?:was|wasn['’]?t|is|isn['’]?t)\s+it\s+(?:really\s+|actually\s+)?(?!\S+ed\b|(?:by|in|at|on|for|to|from|with|about)\b)(?:\S+\s+){1,4}?who\s+(.+?)[\s?]*$/i;

// Asking whether something holds: "is it true that India signed …", "I heard the EU signed …",
// "someone on slack says …", "someone claimed that …".
const CHECKING =
  /^(?:is it (?:really )?(?:true|correct|right|the case|a fact)|i (?:heard|read|saw)|did i hear|(?:(?:can|could) (?:you|someone|anyone) (?:please )?)?(?:confirm|verify)(?: for me)? that|(?:what(?:'s| is) the )?(?:source|citation) for (?:the (?:claim|idea|line|quote|statement) )?(?:that)?|(?:someone|somebody|people)(?: (?:on|in) \S+)? (?:said|says|claimed|claims|reckons|posted|wrote|told me|(?:is|are) saying)|apparently)\s*,?\s*(?:that\s+)?(?=\S)/i;
// After a claim put to the bot, the asking what the sources say of it instead: "— is that true?
// what did she actually say about it?", ". what does the source actually say?", "— what does it
// actually call it?". Only the claim is left to look up.
const CHECKED_AGAINST =
  /\s*(?:[—–-]+\s*|[.,;:]\s*)?(?:is (?:that|this|it) (?:true|right|correct|so)\?\s*)?(?:what|how|does|did|do|is)\b[^?]*?\b(?:actually|really)\s+(?:say|says|said|call|calls|called|put|puts|word|words|use|uses|used)\b[^?]*\?*\s*$/i;
// A channel named in chat ("someone in #geopolitics said"), which is where the claim was seen.
const CHANNEL = /\s+(?:(?:in|on|over in|from)\s+)?#[\p{L}\d_-]+/gu;

// "Kallas posted it on Monday, right?": a tag asking to confirm what was just said, no word of it.
const TAG =
  /(?:,|\s+[—–-])\s*(?:right|correct|yes|yeah|no|true|help|anyone|pls|please|isn'?t (?:it|that so)|is(?:n'?t)? (?:it|that) (?:right|so|true)|(?:did|does|do|was|were|is|are|has|have)n'?t (?:it|he|she|they|we))\s*\?+\s*$/i;
// "what name did he use? it sounds different", "kallas official post?? like the full title": a
// remark after the question, no part of it; not a question after a topic ("SDP? when was it
// signed"), which opens with a question word.
const AFTERTHOUGHT =
  /^([^?]+\?+)\s+(?!(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|and|but|or|also)\b)[^?]+$/i;

// "who is India's defence minister, going by this piece?": a clause after a comma that says where
// to look, in the words of a news text. (Any clause in dictionary words and no word of the
// sources lost as many answers as it gained.)
const SOURCE_SCOPE = clauseAfterComma(
  String.raw`[^,?]*\b(?:piece|article|story|report|text|source|sources|post|thread)\b`,
);

// "what's her full title again, i always forget": a remark of the asker's own after a comma.
const ASKER_REMARK = clauseAfterComma(String.raw`(?:i|i'm|im|i've|ive)\s`);

/** The question before a last clause after a comma that opens as `opening` says (its group 1). */
function clauseAfterComma(opening: string): RegExp {
  return new RegExp(String.raw`^([^,]+?),\s+(?=${opening})[^,?]+\?*\s*$`, 'i');
}

// "quick q for the bot — when was it signed", "newbie here. who signs them": chat before a question.
const PREAMBLE =
  /^([^?]+?)\s*(?:[.!:;,\u2014\u2013]|\s-|\s+but)\s+(?=(?:(?:in|on|at|for|from|by|with|of|to) (?:which|what|whom)|who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b)/i;
// An owner's pronoun for one thing, which a name before it in the question can stand for ("the EU
// … its"); not "it", an object that is seldom the subject named before it ("when did kallas sign
// it"), nor "them" ("navy drills — when did the EU sign them").
const THING_PRONOUN = new Set(['its']);
// The asker speaking of themselves: "for my class presentation", "i'm new here".
const ASKER = new Set(['i', 'im', "i'm", 'i’m', 'me', 'my', 'mine', "i've", 'ive', "i'd", 'myself']);
// A blank to fill in a statement: "the signing is a ___".
const BLANK = /_{2,}/;
// What comes before a colon, and the colon: "fill in the blank lol: ".
const BEFORE_COLON = /^[^:_?]+:\s+/;
// Words by which a question points back to what came before it ("navy drills — when are they").
const POINTING_BACK = new Set([
  'it',
  'its',
  'they',
  'them',
  'their',
  'he',
  'him',
  'his',
  'she',
  'her',
  'this',
  'that',
  'these',
  'those',
]);

// Words that point back, or say which when a noun follows them ("these partnerships").
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

// "this kind of", "that sort of": a kind, where the demonstrative points back to nothing.
const KINDS = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);

// "names of the three service chiefs who met them?": a question asking for names, typed without
// its question word, whose "who" then opens a clause, not the question.
const NAMES_OF = /^\s*(?:the\s+)?(names?)\s+of\s+/i;

// "what does it cover in terms of security": the phrase says no more than "on".
const IN_TERMS_OF = /\bin terms of\b/gi;

// "who signs them on the EU's end": the party's side, as "on the EU side" says it.
const PARTYS_END = /\bon (?:the )?([\p{L}-]+)['’]s end\b/giu;

// "in plain terms, what is it meant to beef up": how the asker wants it said, no word of what is asked.
const PLAINLY = /\s*\bin (?:plain|simple|layman'?s|everyday) (?:terms|words|english)\b,?/gi;
// "Generally speaking, …", "…, strictly speaking?": an adverb of the asking and "speaking", set off
// at the start or after a comma: how the asker frames it, whatever "speaking" the sources hold.
const SPEAKING = /(?:^\s*\p{L}+ly\s+speaking\b,?\s*|,\s*\p{L}+ly\s+speaking\b(?=\s*[,?.!]|\s*$))/giu;

// "what did she thank them for at the start of her remarks", "mentioned near the end": where in
// the words or the piece something stands, which is no word of what is asked (not "at the end of
// 2027", a time: only a piece's or a speaker's words, or nothing, may follow).
// So does "in the last paragraph", "in the first lines" (answer/text-position.ts reads where).
const PLACE_IN_TEXT = new RegExp(
  String.raw`\s*\b(?:at|near|towards?|by) the (?:very )?(?:start|beginning|end|close)(?: of (?:her|his|their|the|its|this) (?:remarks|speech|statement|comments|words|${TEXTS}|post|interview))?(?=\s*[?.!,]|\s*$)|\s*\b(?:in|from) the (?:${LAST_ONES}|${FIRST_ONES}) (?:${PARTS})(?: of (?:the|this) (?:${TEXTS}))?\b,?`,
  'gi',
);

// "on India's behalf" is "on behalf of India", as the sources write it.
const OWNERS_BEHALF = /\b(on|in)\s+((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*)['’]s?\s+behalf\b/giu;

/**
 * Whether the message puts a claim to the bot to check ("is it true that …", "someone on slack says
 * …"): it asks whether the claim holds, as a yes/no question does, whatever word order it keeps.
 */
export function checksClaim(typed: string): boolean {
  return CHECKING.test(typed.replace(CHANNEL, '').trim());
}

/** The question inside a polite or embedded one, in question word order; the question itself otherwise. */
export function unwrapQuestion(
  typed: string,
  holds: (word: string) => boolean = () => false,
  isWord: (token: Token) => boolean = () => true,
  isName: (stem: string) => boolean = () => false,
): string {
  // "whats the name of …": the question word opening it with its "'s", as the patterns below read it.
  typed = typed.replace(APOSTROPHE_DROPPED, "$1$2's");
  // A remark the sources hold no word of ("it sounds different") says nothing to look up; one that
  // names what is asked about ("the EU loan thing for weapons") is kept.
  // "someone in #geopolitics said X — what word did she actually use?": the claim, to look up.
  const unchannelled = typed.replace(CHANNEL, '');
  if (CHECKING.test(unchannelled)) {
    const claim = unchannelled.replace(CHECKED_AGAINST, '');
    if (claim !== unchannelled && /\S/.test(claim)) typed = `${claim}?`;
  }
  const trailing = SOURCE_SCOPE.exec(typed);
  const afterthought = AFTERTHOUGHT.exec(typed);
  const remark = afterthought ?? ASKER_REMARK.exec(typed) ?? trailing;
  const remarkTokens = remark ? tokenize(typed.slice((remark[1] ?? '').length)) : [];
  const remarkWords = remarkTokens.filter((t) => !t.stop && !t.part);
  // "which city? dateline pls": a question that holds no word of the sources is completed by the
  // remark after it, which says what it asks about; not by one that points back to it ("it sounds
  // different"), a remark on it.
  const completes =
    remark === afterthought &&
    !remarkTokens.some((t) => POINTING_BACK.has(t.word)) &&
    !tokenize(remark?.[1] ?? '').some((t) => !t.stop && !t.part && !t.light && holds(t.stem));
  const remarkOnly =
    remark !== null &&
    !remarkWords.some((t) => holds(t.stem)) &&
    !completes &&
    // One naming where to look ("…, going by this piece") only in words English uses, no name.
    (remark !== trailing || remarkWords.every((t) => !t.name && !/\d/.test(t.word) && isWord(t)));
  const asked = spelledOut(remarkOnly ? (remark?.[1] ?? typed) : typed).replace(
    NAMES_OF,
    (_, names: string) => `what ${names.toLowerCase().endsWith('s') ? 'are' : 'is'} the ${names} of `,
  );
  const question = withoutPreamble(asked, holds, isWord, isName)
    .replace(TAG, '?')
    .replace(IN_TERMS_OF, 'on')
    .replace(PLAINLY, '')
    .replace(SPEAKING, '')
    .replace(PARTYS_END, (_, party: string) => `on the ${party} side`)
    .replace(PLACE_IN_TEXT, '')
    .replace(OWNERS_BEHALF, (_, on: string, owner: string) => `${on} behalf of ${owner}`);
  if (FROM_WHERE.test(question)) return 'what is the source of this?';
  // "what is the full form of SDP", "SDP full form?": Indian English for what an acronym stands for.
  const expanded = question
    .replace(FULL_FORM_OF, (_, what: string, end: string) => `what does ${what} stand for${end}`)
    .replace(FULL_FORM_AFTER, (_, what: string, end: string) => `what does ${what} stand for${end}`);
  if (expanded !== question) return expanded;
  const valued = question.replace(
    WHAT_WORTH,
    (_, be: string, what: string, worth: string) =>
      `how much ${BE_FORMS[be.toLowerCase()] ?? be} ${what} ${worth}`,
  );
  if (valued !== question) return valued;
  // "wasn't it rajnath who called the signing a milestone": who did, whoever the asker thinks.
  const cleft = CLEFT.exec(question);
  if (cleft) return `who ${cleft[1]}?`;
  const checked = question.replace(CHECKING, '');
  if (checked !== question) return checked;
  const inner = question.replace(EMBEDDING, '');
  if (inner === question) return question;
  const unwrapped = inner.replace(/^(?:if|whether)\s+/i, '');
  return unwrapped.replace(EMBEDDED_BE, '$1 $3 $2');
}

// "where's this from", "who is this info from", "where does this story come from": the source of
// what the bot has shown, nothing else asked.
export const FROM_WHERE =
  /^(?:who|where)(?:['’]s|\s+is|\s+was|\s+does|\s+did)\s+(?:this|that|it)(?:\s+(?:info|information|story|report|article|piece|news|quote))?\s+(?:come\s+)?from\s*\??$/i;
// Words the question quotes ("the 'door but not the room' line", "kallas says 'yesterday'"):
// mentioned, not used. Opened after a space and closed before one, so that an apostrophe ("don't",
// "Kallas'") opens nothing.
export const QUOTED_WORDS = /(?<=^|\s)["“'‘][^"”'’]{2,160}["”'’](?=[\s,.?!;:]|$)/gu;

// "what is the full form of SDP", "full form of SDP?", and "SDP full form?", "SDP ka full form".
const FULL_FORM_OF =
  /^\s*(?:what(?:['’]s|\s+is)\s+(?:the\s+)?)?(?:full|long)\s+form\s+of\s+([^?.!]+?)(\s*[?.!]*)\s*$/i;
const FULL_FORM_AFTER = /^\s*([\p{L}\d&./-]+?)(?:\s+ka)?\s+(?:full|long)\s+form(\s*[?.!]*)\s*$/iu;
// "what is the largest MoU worth", "what's the deal worth", "what is the start-up valued at": how
// much it is worth, an amount, not what it is.
const WHAT_WORTH = /^what(?:\s+|['’])(is|was|are|were|s|r)\s+(.+?)\s+(worth|valued\s+at|priced\s+at)\b/i;
const BE_FORMS: Record<string, string> = { s: 'is', r: 'are' };

/**
 * The question without the chat before it, where that chat holds no name, number, word the
 * sources hold or word English does not ("quick q for the bot —", "sorry if this is a dumb q:")
 * and the question stands on its own: it holds a word the sources hold and does not point back
 * ("Salalah: when did they visit", "navy drills — when are they" keep theirs).
 */
function withoutPreamble(
  typed: string,
  holds: (stem: string) => boolean,
  isWord: (token: Token) => boolean,
  isName: (stem: string) => boolean,
): string {
  // "fill in the blank lol: kallas says the signing is a ___": a statement with a blank to fill is
  // the question after chat as one with a question word is.
  const preamble =
    PREAMBLE.exec(typed)?.[0] ?? (BLANK.test(typed) ? BEFORE_COLON.exec(typed)?.[0] : undefined);
  if (!preamble) {
    // "did rajnath even get the name right? what did he call it": the question that points back.
    const first = FIRST_QUESTION.exec(typed)?.[0];
    // "kallas called the signing a what? what word did she use": a question asked back in the
    // statement's own order is the question, and the one after it only says it again.
    if (first && ECHO.test(first)) return first.trim();
    return first ? (namedBack(first, typed.slice(first.length), isName) ?? typed) : typed;
  }
  const rest = typed.slice(preamble.length);
  // Greetings and fillers ("hey", "lol") are chat, dictionary words or not.
  const preambleTokens = tokenize(preamble);
  const said = preambleTokens.filter((t) => !t.stop && !t.part && !FILLER_WORDS.has(t.word));
  const asked = tokenize(rest).filter((t) => !t.part);
  // The asker's own words ("I'm", capitalised mid-text) name no one.
  const namesNothing = said.every(
    (t) => ASKER.has(t.word) || (!t.name && !isName(t.stem) && !/\d/.test(t.word)),
  );
  // "for my class presentation:", "i'm writing an essay,": the asker speaks of themselves, not of
  // what is asked, whatever words the sources share with them; not where they name something.
  const ofAsker = preambleTokens.some((t) => ASKER.has(t.word));
  const chatOnly = namesNothing && (ofAsker || said.every((t) => !holds(t.stem) && isWord(t)));
  // "this kind of deal" asks of a kind, like "such a deal": it points back to nothing.
  // "these partnerships" says which by the noun it stands before, not by the chat before it.
  const pointsBack = asked.some(
    (t, i) =>
      POINTING_BACK.has(t.word) &&
      !(KINDS.has(asked[i + 1]?.word ?? '') && asked[i + 2]?.word === 'of') &&
      // "a deal like this" says of what kind, by the noun before it.
      !(DEMONSTRATIVES.has(t.word) && asked[i - 1]?.word === 'like') &&
      // "which words does singh use … in his quote", "when did the eu adopt its compass": the one
      // named before the pronoun.
      !(
        (PERSON_PRONOUN.test(t.word) || THING_PRONOUN.has(t.word)) &&
        asked.slice(0, i).some((before) => before.name || isName(before.stem))
      ) &&
      !(
        DEMONSTRATIVES.has(t.word) &&
        asked[i + 1] !== undefined &&
        !asked[i + 1]?.stop &&
        holds(asked[i + 1]?.stem ?? '')
      ),
  );
  // A statement with a blank is the sources' own, pronouns and all ("… and they can build on it").
  const standsAlone =
    asked.some((t) => !t.stop && !t.light && holds(t.stem)) && (!pointsBack || BLANK.test(rest));
  if (chatOnly && standsAlone) return rest;
  return namedBack(preamble, rest, isName) ?? typed;
}

// A first question before another: "did rajnath even get the name right? what did he call it".
const FIRST_QUESTION = /^[^?]+\?+\s+(?=(?:who|whom|whose|what|when|where|which|why|how)\b)/i;

// "whats", "whos", "wheres" opening a question: its word with "'s" typed without the apostrophe.
const APOSTROPHE_DROPPED = new RegExp(String.raw`^(\s*)(${CONTRACTED_OPENERS.join('|')})s\b`, 'i');

// A question asked in a statement's order, its question word last: "she called it a what?".
const ECHO = /\S\s+(?:what|who|whom|where|when|which)\s*\?+\s*$/i;

// "he", "she" and their other cases: a person the question points back to (or a sentence speaks of).
export const PERSON_PRONOUN = /\b(?:he|she|him|her|his)\b/i;

/**
 * "Rajnath seemed to call it by a slightly different name - what did he call the pact?": the
 * question, with the person it points back to named by the one name the remark before it holds
 * ("what did Rajnath call the pact?"). The remark's other words are the asker's framing, not what
 * is asked. Undefined when the remark names no one person, or the question no person.
 */
function namedBack(preamble: string, rest: string, isName: (stem: string) => boolean): string | undefined {
  if (!PERSON_PRONOUN.test(rest)) return undefined;
  const tokens = tokenize(preamble).filter((t) => !t.part);
  const names = tokens.filter((t) => !t.stop && (t.name || isName(t.stem)));
  if (names.length !== 1) return undefined;
  const name = names[0]?.surface ?? '';
  return rest.replace(PERSON_PRONOUN, (pronoun) => (/^his$/i.test(pronoun) ? `${name}'s` : name));
}

const TLDR = /\btl\s*[;:,.]?\s*dr\b/gi;

/**
 * The question with an opening question word or auxiliary typed in chat shorthand spelled out
 * ("wat does EPF stand for", "r they coming"), as the words are read (text/irregular-forms.ts):
 * what the question's wording asks is read from its text too ("what does X stand for").
 */
function spelledOut(typed: string): string {
  // "tl;dr", "tl dr": one word of chat, as "tldr" is.
  return typed.replace(TLDR, 'tldr').replace(/^(\s*)(\p{L}+)\b/u, (opening, space: string, word: string) => {
    const full = IRREGULAR_FORMS.get(word.toLowerCase());
    return full !== undefined && OPENERS.includes(full) ? `${space}${full}` : opening;
  });
}
