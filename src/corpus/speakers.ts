import { POSSESSIVE } from '../text/analyzer.ts';
import { NAME_PARTICLES, STOP_WORDS } from '../text/stop-words.ts';
import type { Passage } from './passages.ts';
import { isHeadingLine } from './sections.ts';

/**
 * Who says each quoted or reported sentence of an article. News names a speaker once and goes on
 * with "she said", "he added", or a paragraph that is all quotation closed by "she added"; a reader
 * knows who speaks, and so must the bot, or "what did Kallas say about X" misses her words. Each
 * sentence with a speech verb ("said", "added", "urged", "wrote", "according to") or inside a
 * quoted paragraph gets the person it belongs to: the name next to the verb, or for "she"/"he" the
 * person who spoke last (in this paragraph or the one before), else the most often named person of
 * the recent paragraphs (recency breaks ties). A person is a run of
 * capitalised words ending in a word no dictionary holds ("Kaja Kallas", "Rajnath Singh"), or a
 * surname already seen. A sentence that gives an organisation or a country as its source ("According
 * to the European Union, …", "according to the EU's diplomatic service") is theirs, though they do
 * not go on speaking as "she". A transcript's turns ("LINDQVIST: …", or a heading paragraph
 * "**14.39 | TOMASZ WIERZBICKI (EPP, Poland)**") are the words of the person each names, up to
 * the next turn. Computed when the index is built and kept in the snapshot.
 *
 * @module
 */
/** Verbs that report speech, as written, alternated for a pattern. */
export const SPEECH = [
  'said|says|added|adds|noted|notes|stated|states|told|tells|urged|urges|remarked|explained|asked|wrote|writes|posted|posts|stressed|emphasised|emphasized|observed|declared|announced|insisted|argued|warned|called|described|pointed|reiterated|underlined|highlighted|hailed|praised|cautioned|recalled|replied|acknowledged|suggested|claimed|confirmed|thanked|welcomed|expressed|informed|conveyed',
  // The present tense an op-ed or an analysis reports in: "Verhaegen argues that …", "he points out".
  'remarks|explains|asks|stresses|emphasises|emphasizes|observes|declares|announces|insists|argues|warns|calls|describes|points|reiterates|underlines|highlights|hails|praises|cautions|recalls|replies|acknowledges|suggests|claims|confirms|thanks|welcomes|expresses|informs|conveys',
].join('|');
// Capitalised words in a row, with the particles of names ("Ursula von der Leyen").
// A name may open with its particles in lower case inside a sentence ("von der Leyen said").
const PARTICLES = `(?:(?:${NAME_PARTICLES.join('|')})\\s+)`;
export const NAME = `(?:(?<![\\p{L}'’-])${PARTICLES}+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+${PARTICLES}*\\p{Lu}[\\p{L}'’-]+)*`;
// What may stand between a speaker and the verb: a time, an auxiliary, an adverb ("Kaja Kallas on
// Tuesday urged", "Rajnath Singh has said", "she also said").
const BETWEEN = String.raw`(?:\s+(?:on|last|this|also|later|then|again|earlier|openly|publicly|has|had|have)(?:\s+\p{Lu}\p{Ll}+)?){0,2}`;
// A verb of speech, not "called on" or "calls on" (to visit: "Delphin called on the Defence Secretary").
const SAYS = `(?:${SPEECH})\\b(?!(?<=\\bcall(?:ed|s))\\s+on\\b)`;
const NAME_SAYS = new RegExp(`(${NAME})${BETWEEN}\\s+${SAYS}`, 'u');
// '"…," said Singh', not "She said Chakshu won …": a pronoun before the verb is its speaker. Nor
// "told FactLens": whom someone tells is the listener.
const SAYS_NAME = new RegExp(
  `(?<!\\b(?:[Ss]he|[Hh]e|[Tt]hey|I|[Ww]e)(?:\\s+also)?\\s+)\\b(?!told\\b|tells\\b)(?:${SPEECH})\\s+(${NAME})`,
  'u',
);
const ACCORDING = new RegExp(`\\b[Aa]ccording to (${NAME})`, 'u');
// An organisation's initials, possessive or not ("EU's"): no person's name.
export const ACRONYM = /^(\p{Lu}{2,})(?:['’]s)?$/u;
// "According to the European Union, …": whoever the sentence gives as its source, a person or not.
const ACCORDING_SOURCE = new RegExp(`\\b[Aa]ccording to (?:the\\s+)?(${NAME})`, 'u');
// "Kaja Kallas, the EU's foreign policy chief, who travelled with the delegation, described …",
// "Julien Marchetti, Helvion's chief executive, said …", "Deepak Thapliyal, Chief of Staff of the
// Southern Naval Command, said …", "Suresh Nambiar, Chief Staff Officer (Operations) of the SNC,
// who was present …, told reporters …", "Leena Mathew, professor of law at …, said …": a sentence
// opening with a name and a phrase set off by commas that says who the person is, or going on so
// after a quotation ('"…," Rakesh Upadhyay, the defence ministry's principal spokesperson, told …').
// A retired officer's mark inside a title: "Rear Admiral (retd) Meera Joseph".
const RETIRED = /\s\((?:retd|retired|rtd)\.?\)(?=\s+\p{Lu})/giu;
const NAME_APPOSITION_SAYS = new RegExp(
  `(?:^|["”’],?\\s+)(${NAME}),\\s+(?:the|a|an|who|whose|his|her|\\p{Lu}[\\p{L}-]*['’]s|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3}(?:\\s+\\([^)]{1,30}\\))?\\s+(?:of|for|at)|(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}(?:of|for|at))\\s+[^,;"“]{2,80}(?:,\\s+[^,;"“]{2,80})?,${BETWEEN}\\s+${SAYS}`,
  'u',
);
// "The prime minister said …": a person met before by that title ("Prime Minister Narendra Modi").
const TITLE_SAYS = new RegExp(
  `\\b(?:[Tt]he)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(\\p{Ll}[\\p{Ll}-]+)${BETWEEN}\\s+${SAYS}`,
  'u',
);
// "The Defence Secretary said …", "The Defence Secretary, back from a meeting, said …": an office
// in capitals, whoever holds it; a person the article names with that title, or else the office.
const OFFICE_SAYS = new RegExp(
  `\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)(?:,[^,;"“]{1,80},)?${BETWEEN}\\s+${SAYS}`,
  'u',
);
// The writer of a column, by its byline ("By Commodore Venkat Iyer (retd).") or by the note on
// the writer closing it ("Vice Admiral Prakash Rajadhyaksha (retd) served …").
// The byline is a sentence of its own: not "By Kallas's own account, …". It may stand in italics
// after the column's label ("*Opinion | Radhika Venkatraman*"), and give the writer's title after
// a comma ("By Sudhir Raghavan, former Indian ambassador to the EU").
const EMPHASIS = '[*_]{0,2}';
const LABELLED = String.raw`\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s*\|\s*`;
const WRITERS_TITLE = String.raw`(?:,\s+[^.;:"“”]{1,80})?`;
export const BYLINE = new RegExp(
  String.raw`^${EMPHASIS}(?:${LABELLED}(?:By\s+)?|By\s+)(${NAME})(?:\s*\([^)]{1,20}\))?${WRITERS_TITLE}\.?${EMPHASIS}$`,
  'u',
);
// The note may stand in italics too: "*Radhika Venkatraman is professor of …*".
const WRITER_NOTE = new RegExp(
  `^${EMPHASIS}(${NAME})(?:\\s*\\([^)]{1,20}\\))?,?\\s+(?:is|was|served|has|had|writes|heads|teaches|retired|worked)\\b`,
  'u',
);
// The first person singular, the voice of a column: "I", "my", "me"; and with the plural, which
// a column speaks in too: "our navy", "we should post one at Brest".
const SINGULAR = 'I|[Mm]y|me|mine|myself';
const FIRST_PERSON = new RegExp(String.raw`\b(?:${SINGULAR})\b`, 'u');
// And the third person a column's note gives its writer: "The writer served as India's Ambassador …".
const COLUMN_VOICE = new RegExp(
  String.raw`\b(?:${SINGULAR}|[Ww]e|[Oo]ur|us|ours)\b|\b(?:[Tt]he|[Tt]his) (?:writer|author|columnist)\b`,
  'u',
);
// What stands in quotation marks: someone else's words, though said in the first person.
const QUOTED = /["“][^"”]*["”]/gu;
// First-person sentences outside quotation marks an article must hold to be a column by its note.
const MIN_FIRST_PERSON = 2;

/**
 * Whether a capitalised word joins a name to initials with a hyphen ("India-EU"): no given name, so
 * "India-EU Security" names no person ("Jean-Marc Delorme" does).
 */
function joinsInitials(word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.some((part) => ACRONYM.test(part));
}

/**
 * Whether a paragraph opens a transcript's turn, and the name it gives when that is a name alone
 * (a heading of another kind, "## What the pact covers", ends a turn and names no one).
 */
function turnMark(passage: Passage, inTranscript = false): { name?: string } | undefined {
  const text = passage.text.trim();
  const heading = passage.sentences.length === 1 ? TURN_HEADING.exec(text) : null;
  const label = heading?.[2]?.trim() ?? '';
  // Set off as a heading: in bold, after "#", or in capitals.
  if (heading && ((heading[1] && heading[3]) || text.startsWith('#') || isCapitals(label)))
    return ONLY_NAME.test(label) ? { name: label } : {};
  // A label in capitals or in bold marks a turn; once the article is known to be a transcript,
  // so does one as a name is written ("Deshpande: …").
  const labelled = TURN_LABEL.exec(text);
  const name = labelled?.[1] ?? '';
  if (labelled && (inTranscript || isCapitals(name) || text.startsWith('**'))) return { name };
  return undefined;
}

const ONLY_NAME = new RegExp(`^${NAME}$`, 'u');
const isCapitals = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

// A heading that asks: "**A year on, how would you grade the partnership?**", "## Why now?".
const QUESTION_HEADING = /\?(?:\*\*)?$/;
// Question headings an article must hold to be an interview under them.
const MIN_QUESTION_HEADINGS = 2;

/**
 * Whether the article is an interview whose questions stand as headings ("**What has worked
 * best?**") and whose answers speak in the first person ("Our centre surveyed …"): an explainer
 * under question headings ("## Who runs it day to day?") answers in the third person, its
 * outlet's words.
 */
export function interviewUnderHeadings(passages: readonly Passage[]): boolean {
  let questions = 0;
  let firstPerson = 0;
  let answering = false;
  for (const passage of passages) {
    if (isHeadingLine(passage)) {
      answering = QUESTION_HEADING.test(passage.text.trim());
      if (answering) questions++;
    } else if (answering)
      firstPerson += passage.sentences.filter((s) => COLUMN_VOICE.test(s.text.replace(QUOTED, ''))).length;
  }
  return questions >= MIN_QUESTION_HEADINGS && firstPerson >= Math.max(MIN_FIRST_PERSON, questions / 2);
}

/**
 * A column's writer, by its byline or its closing note on the writer, with the run that names them,
 * and whether the piece speaks in the first person (`column`): then all it says in its own words,
 * outside the byline and the note, is the writer's argument ("Begin with what the EU is.").
 */
function authorOf(
  passages: readonly Passage[],
  personIn: (run: string) => string | undefined,
): { name: string; run: string; column: boolean; frame: ReadonlySet<object> } | undefined {
  const first = passages[0]?.sentences[0]?.text ?? '';
  const last = passages.at(-1);
  const byline = BYLINE.exec(first)?.[1];
  const note = WRITER_NOTE.exec(last?.sentences[0]?.text ?? '')?.[1];
  // The byline's sentence and the note's, which speak of the writer rather than in their voice.
  const frame = new Set<object>(last && note ? last.sentences : []);
  if (byline && passages[0]?.sentences[0]) frame.add(passages[0].sentences[0]);
  const own = passages
    .flatMap((p) => p.sentences)
    .filter((sentence) => FIRST_PERSON.test(sentence.text.replace(QUOTED, ''))).length;
  const column = own >= MIN_FIRST_PERSON;
  const byName = byline ? personIn(byline) : undefined;
  if (byline && byName) return { name: byName, run: byline, column, frame };
  if (!column) return undefined;
  const noted = note ? personIn(note) : undefined;
  return note && noted ? { name: noted, run: note, column, frame } : undefined;
}

// A title set beside a name between commas, before it ("The Official Spokesperson, Kavita
// Deshpande, …") or after it ("Nikhil Varma, Joint Secretary (Europe West)."), capitalised.
const TITLE_WORDS = String.raw`((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)`;
const TITLE_BEFORE = new RegExp(String.raw`\b[Tt]he\s+${TITLE_WORDS},\s*$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^,\s+${TITLE_WORDS}(?:\s*\([^)]{1,40}\))?\s*[,.;]`, 'u');

/** The title a sentence sets between commas beside the name at `index` (`length` characters). */
function appositiveTitle(
  text: string,
  index: number,
  length: number,
  isOffice: (word: string) => boolean,
): string {
  const after = text.slice(index + length);
  const described = DESCRIBED_AFTER.exec(after)?.[1];
  return (
    TITLE_BEFORE.exec(text.slice(Math.max(0, index - TITLE_REACH), index))?.[1] ??
    TITLE_AFTER.exec(after)?.[1] ??
    // In lower case, ending on a word for a person: "Rakesh Upadhyay, the defence ministry's
    // principal spokesperson, told …".
    (described && isOffice(described.split(/\s+/).at(-1) ?? '') ? described.replace(/['’]s\b/g, '') : '')
  );
}
const DESCRIBED_AFTER = /^,\s+the\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+)\s*[,.;]/u;

// A sentence opening with a participle ("Meeting …", "Speaking …").
const PARTICIPLE = /^\p{Lu}\p{Ll}+ing\b/u;
const AND_SAYS = new RegExp(`\\band\\s+(?:also\\s+)?${SAYS}`, 'u');
const PRONOUN_SAYS = new RegExp(
  `\\b(she|he|She|He)\\s+(?:also\\s+)?(?:${SAYS}|did\\s+(?:not\\s+)?say\\b)`,
  'u',
);
const RUNS = new RegExp(NAME, 'gu');
// A name's run right after "for", "of", "and" or "the" may end a title of several runs; how many
// characters before it such a title may begin.
const CONNECTED = /\b(?:for|of|and|the)\s+$/;
const TITLE_REACH = 120;
// Capitalised runs joined by "for", "of", "and" or "the", right before a name's run: the rest of
// a title that runs over several ("High Representative for Foreign Affairs and Security Policy").
const TITLE_CHAIN =
  /(?:\p{Lu}[\p{L}'’-]*\s+)+(?:(?:for|of|and|the)\s+(?:\p{Lu}[\p{L}'’-]*\s+)+)*(?:for|of|and|the)\s+$/u;
// An interview's answer, after its question ("Q: …"): "A: It is at the very centre.", its label
// in bold or not ("**A:** …", "**A: …**").
const ANSWER_MARK = /^(?:\*\*)?A(?:\*\*)?:(?:\*\*)?\s/;
// An interview's question ("Q: …", "**Q: …**", "**Q:** …"), and the label of the answer after it that names
// who answers ("Kelkar: …", "**Kelkar:** …").
// A press briefing names who asks: "**Q (Rahul, Deccan Times):** …".
export const QUESTION_MARK = /^(?:\*\*)?Q(?:\s*\([^)]{1,60}\))?(?:\*\*)?:(?:\*\*)?\s/;
const ANSWER_LABEL = /^(?:\*\*)?(\p{Lu}[\p{L}'’-]+)(?:\*\*)?:(?:\*\*)?\s/u;
// A transcript's turn, by a heading paragraph of its own that names who speaks from there on, with
// a time, an affiliation or a title around the name: "**14.39 | TOMASZ WIERZBICKI (EPP, Poland)**",
// "**NICOLAU FERREIRA — Managing Director for Asia, EEAS**", "## [00:12] Host". Set off as a
// heading (in bold, after "#", or in capitals), so that a short paragraph of speech is none.
const TIME_STAMP = String.raw`(?:[\[(]?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?[\])]?\s*[|–—-]?\s*)`;
const TURN_HEADING = new RegExp(
  String.raw`^(?:#{1,6}\s+)?(\*\*)?${TIME_STAMP}?([^*()|:—–\[\]]{2,60}?)\s*(?:\([^)]{1,80}\))?\s*(?:[—–-]\s+[^*]{1,200}?)?:?\s*(\*\*)?$`,
  'u',
);
// A transcript's turn labelled at the start of its paragraph: "LINDQVIST: I think it is",
// "HOST: Welcome to Line of Sight", "**Kelkar:** On day one".
// A title with a part in brackets stands in a label too: "**Joint Secretary (Europe West) Nikhil
// Varma:** …".
const TURN_LABEL =
  /^(?:\*\*)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\([^)]{1,40}\)|\p{Lu}[\p{L}'’.-]*)){0,5})(?:\*\*)?:(?:\*\*)?\s/u;
// Turns an article must label to be read as a transcript: one label alone may be a dateline
// ("Pune: In what industry leaders described …") or a note.
const MIN_TURNS = 2;
// A sentence that opens by introducing a person: "Meera Krishnan, a senior fellow at …, has …".
const INTRODUCES = new RegExp(`^(${NAME}),\\s+(?:the|a|an)\\s`, 'u');
export const QUOTE = /["“”]/;
const QUOTES = /["“”]/g;
// Pronouns are no dictionary words to WordNet, and never a name.
// With the indefinite ones: "Everyone tells them their radar works" names no one.
const PRONOUNS = new Set([
  ...['She', 'He', 'They', 'It', 'We', 'I', 'You', 'This', 'That', 'These', 'Those'],
  ...['Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'Anybody', 'Nobody'],
]);
// Words that open a sentence capitalised but name no one ("On India's side", "The minister").
const STARTERS = new Set([
  'On',
  'In',
  'At',
  'The',
  'A',
  'An',
  'For',
  'With',
  'After',
  'Before',
  'Under',
  'From',
  'By',
  'As',
  'Speaking',
  'Meeting',
  'Writing',
  'When',
  'While',
  'Since',
  'Although',
  'Though',
  'If',
  'Once',
  'Until',
  'During',
]);
// Recent paragraphs a pronoun may reach back to.
const REACH = 3;

interface Person {
  /** How the article names the person in full ("Kaja Kallas"). */
  name: string;
  surname: string;
  mentions: number;
  lastParagraph: number;
  /** Words of the titles the article gives the person, lower case ("prime", "minister"). */
  titles: Set<string>;
  /** "she" or "he", once a sentence naming only this person refers to them so ("Costa used his own post"). */
  pronoun?: Pronoun;
}

type Pronoun = 'she' | 'he';
// A pronoun of either, as subject or owner: "he", "his"; "she", and "her" before a word that is
// no preposition ("her first visit", not "welcomed her on X").
const HE = /\b(?:he|his|He|His)\b/u;
// "her" or "him" as an object, which is never the sentence's own subject ("Jaiswal welcomed her on
// X"): the person named is the other.
const HER =
  /\b[Hh]er\b(?!\s+\p{Ll}[\p{L}-]*\b(?<!\b(?:on|in|at|to|for|with|from|by|as|and|or|that|of|after|before)))/u;
const HIM = /\b[Hh]im\b/u;
const SHE =
  /\b(?:she|She)\b|\b[Hh]er\s+(?!(?:on|in|at|to|for|with|from|by|as|and|or|that|of|after|before)\b)\p{Ll}/u;

export function attributeSpeakers(
  passages: readonly Passage[],
  isWord: (word: string) => boolean,
  /** Filled, when given, with each speaker's title words as the article gives them, lower case. */
  titlesOut?: Map<string, readonly string[]>,
  /** Whether a word names a kind of person, an office ("secretary", "minister"; not "union"). */
  isOffice: (word: string) => boolean = () => false,
  /** Whether a word names a kind of what another does (WordNet's hypernyms: "admiral", "officer"). */
  isKindOf: (word: string, broader: string) => boolean = () => false,
  /** Told the name of the article's writer when it is a column ("*Opinion | Radhika Venkatraman*"). */
  onColumnist?: (name: string) => void,
): Map<string, Array<string | undefined>> {
  const people = new Map<string, Person>();
  const speakers = new Map<string, Array<string | undefined>>();

  /**
   * The person a capitalised run names, if it names one: its surname is no dictionary word, and it
   * has a first name, or was seen before, or stands next to a speech verb ("Jaishankar said").
   */
  const personIn = (run: string, speaking = false): string | undefined => {
    const words = run
      .split(/\s+/)
      // "Kallas's", and a plural's "Employees'" ("the Coromandel Shipyard Employees' Union").
      .map((word) => word.replace(POSSESSIVE, ''))
      .filter(
        (word, i, all) =>
          !(
            i === 0 &&
            all.length > 1 &&
            /^\p{Lu}\p{Ll}+$/u.test(word) &&
            (STARTERS.has(word) || STOP_WORDS.has(word.toLowerCase()))
          ),
      );
    const surname = words.at(-1) ?? '';
    if (people.has(surname)) return people.get(surname)?.name;
    // "I'm told …": a pronoun with its verb drawn in is still no name; nor are initials ("Bhosari
    // MIDC", an industrial estate).
    if (surname.length < 2 || PRONOUNS.has(surname.replace(/['’]\p{Ll}+$/u, ''))) return undefined;
    if (ACRONYM.test(surname)) return undefined;
    // A surname that is also a word ("Costa", "Macron") names a person after a given name that is
    // none ("Antonio Costa", "Emmanuel Macron").
    const given = words.at(-2) ?? '';
    if (isWord(surname))
      return words.length >= 2 && !isWord(given) && /^\p{Lu}\p{Ll}/u.test(given) && !joinsInitials(given)
        ? `${given} ${surname}`
        : undefined;
    if (words.length < 2) return speaking ? surname : undefined;
    // "… Policy Kaja Kallas": a title word before the first name is not part of the name.
    const particles = words.slice(0, -1).reverse();
    const firstCapital = particles.findIndex((word) => /^\p{Lu}/u.test(word));
    const name = words.slice(words.length - 2 - firstCapital, words.length);
    return isWord(given) && firstCapital === 0 && words.length > 2 ? surname : name.join(' ');
  };
  const note = (name: string, paragraph: number, titles: readonly string[] = []) => {
    const surname = name.split(' ').at(-1) ?? name;
    const person = people.get(surname) ?? {
      name,
      surname,
      mentions: 0,
      lastParagraph: paragraph,
      titles: new Set<string>(),
    };
    person.mentions++;
    person.lastParagraph = paragraph;
    for (const title of titles) person.titles.add(title);
    // The fullest name wins; of two as full, the first: "Nicolau Ferreira" stays so after "Mr Ferreira".
    if (name.split(' ').length > person.name.split(' ').length) person.name = name;
    people.set(surname, person);
  };
  // The fullest name the article has given the person a name stands for ("Kallas": "Kaja Kallas").
  const fullName = (name: string): string => people.get(name.split(' ').at(-1) ?? '')?.name ?? name;
  // The person last named with this title word: "minister" after "Prime Minister Narendra Modi".
  // Or, with no one of that title, the last named with a title that is a kind of it: "the Spanish
  // officer" after "Rear Admiral Carmen Alcaraz".
  const titled = (title: string): string | undefined => {
    let found: Person | undefined;
    for (const person of people.values())
      if (person.titles.has(title) && (!found || person.lastParagraph > found.lastParagraph)) found = person;
    if (found) return found.name;
    for (const person of people.values())
      if (
        [...person.titles].some((word) => isKindOf(word, title)) &&
        (!found || person.lastParagraph > found.lastParagraph)
      )
        found = person;
    return found?.name;
  };
  // The dictionary words before a person's name in a run, lower case: "European Council President
  // Antonio Costa" gives "european", "council", "president".
  const titlesIn = (run: string, person: string): string[] => {
    const words = run.split(/\s+/);
    const at = words.indexOf(person.split(' ')[0] ?? '');
    return words
      .slice(0, Math.max(0, at))
      .filter((word) => !STARTERS.has(word) && isWord(word))
      .map((word) => word.toLowerCase());
  };
  // Whether "she" or "he" may stand for the person: unless the article has called them the other.
  // The pronoun an office speaking without a name has been referred to by ("The Defence Secretary
  // said …. He said …"), so "she" later is someone else.
  const officePronouns = new Map<string, Pronoun>();
  const agrees = (name: string | undefined, pronoun: Pronoun | undefined) => {
    const known =
      (name !== undefined ? officePronouns.get(name) : undefined) ??
      people.get(name?.split(' ').at(-1) ?? '')?.pronoun;
    return name !== undefined && (!pronoun || !known || known === pronoun);
  };
  const namesAPerson = (name: string): boolean => {
    const [given, ...rest] = name.split(' ');
    return rest.length === 0 || !isWord(given ?? '') || isOffice(given ?? '');
  };
  const salient = (paragraph: number, pronoun?: Pronoun): string | undefined => {
    // "She" is a person's before a thing's: a name whose first word is an English word naming no
    // kind of person ("Operation Atalanta", not "President Costa") may be a thing's. (A given name
    // may be a word too, "Helena": such a name is passed over only for one that is surely a person's.)
    const surely = (candidate: Person) => !pronoun || namesAPerson(candidate.name);
    let best: Person | undefined;
    for (const person of people.values()) {
      if (paragraph - person.lastParagraph > REACH) continue;
      if (pronoun && person.pronoun && person.pronoun !== pronoun) continue;
      const better =
        !best ||
        (surely(person) !== surely(best)
          ? surely(person)
          : person.mentions > best.mentions ||
            (person.mentions === best.mentions && person.lastParagraph > best.lastParagraph));
      if (better) best = person;
    }
    return best?.name;
  };

  // Offices that speak without a name in this article ("the Defence Secretary").
  const offices = new Set<string>();
  // The last person the article let speak, and in which paragraph: "She said …" goes on with them.
  let last: { name: string; paragraph: number } | undefined;
  // A person the last sentence of a paragraph introduces ("Meera Krishnan, a senior fellow at …"):
  // a new voice, whom "she said" at the start of the next paragraph means, however often the
  // article named others before.
  let newVoice: { name: string; paragraph: number } | undefined;
  // Who answers an interview's questions, once its first answer is met.
  let interviewee: string | undefined;
  // Whether the paragraph before was an interview's question.
  let afterQuestion = false;
  const mostNamed = (): string | undefined => {
    let best: Person | undefined;
    for (const person of people.values()) if (!best || person.mentions > best.mentions) best = person;
    return best?.name;
  };
  const author = authorOf(passages, (run) => personIn(run, true));
  if (author) note(author.name, 0, titlesIn(author.run, author.name));
  if (author?.column) onColumnist?.(fullName(author.name));
  // A transcript's turns: who speaks from a heading or a label on, until the next one.
  const transcript = passages.filter((passage) => turnMark(passage) !== undefined).length >= MIN_TURNS;
  // An interview under its questions set off as headings, answered in the first person.
  const askedInHeadings = interviewUnderHeadings(passages);
  // Whether the paragraphs since the last heading answer an interview's question.
  let answering = false;
  let turn: string | undefined;
  // The person a turn's name stands for: one the article names ("LINDQVIST": "Markus Lindqvist"),
  // a full name of its own ("TOMASZ WIERZBICKI"), or the person the article gives that title
  // ("HOST": "Host Farah Siddiqui").
  const turnSpeaker = (label: string, paragraph: number): string | undefined => {
    const written = label === label.toUpperCase() ? titleCase(label) : label;
    const person = personIn(written);
    if (!person) return titled(written.split(/\s+/).at(-1)?.toLowerCase() ?? '');
    note(person, paragraph);
    return fullName(person);
  };
  for (const passage of passages) {
    const p = passage.paragraph;
    const mark = transcript ? turnMark(passage, true) : undefined;
    if (mark !== undefined)
      turn = mark.name ? turnSpeaker(mark.name.replace(/\s*\([^)]*\)/g, ''), p) : undefined;
    if (QUESTION_MARK.test(passage.text)) turn = undefined;
    const heading = askedInHeadings && isHeadingLine(passage);
    if (heading) answering = QUESTION_HEADING.test(passage.text.trim());
    // The people the paragraph's sentences so far have named, first named first.
    const namedHere: string[] = [];
    const own = passage.sentences.map((sentence) => {
      // "She made the remarks …": a pronoun subject keeps the person it means in view.
      const meant = salient(p);
      if (meant && /^(?:She|He)\b/.test(sentence.text)) note(meant, p);
      let speaker: string | undefined;
      for (const pattern of [NAME_SAYS, SAYS_NAME, ACCORDING]) {
        const run = pattern.exec(sentence.text)?.[1];
        const person = run ? personIn(run, true) : undefined;
        if (person) {
          speaker = fullName(person);
          break;
        }
      }
      // "Rear Admiral (retd) Meera Joseph, who served as …, called him …": a retired officer's
      // "(retd)" stands inside the title, not after the name.
      const apposition = speaker
        ? undefined
        : NAME_APPOSITION_SAYS.exec(sentence.text.replace(RETIRED, ''))?.[1];
      const introduced =
        apposition && !STARTERS.has(apposition.split(/\s+/)[0] ?? '') && personIn(apposition, true);
      if (introduced) speaker = fullName(introduced);
      const title = speaker ? undefined : TITLE_SAYS.exec(sentence.text)?.[1];
      if (title) speaker = titled(title);
      const office = speaker ? undefined : OFFICE_SAYS.exec(sentence.text)?.[1];
      const officeWords = office?.split(/\s+/) ?? [];
      const head = officeWords.at(-1) ?? '';
      if (office && officeWords.every((word) => isWord(word)) && isOffice(head)) {
        speaker = titled(head.toLowerCase()) ?? office;
        if (speaker === office) offices.add(office);
      }
      // "When von der Leyen first floated the idea …, she said …": the first person named before
      // the pronoun in the same sentence, its subject; "Antonio Costa thanked Modi on X … and said …": the
      // sentence's first person, who also did what it tells first.
      const said = speaker ? undefined : PRONOUN_SAYS.exec(sentence.text);
      const pronoun = said ? said.index : -1;
      const gender = said?.[1]?.toLowerCase() as Pronoun | undefined;
      const also = speaker || pronoun >= 0 ? -1 : sentence.text.search(AND_SAYS);
      const before = Math.max(pronoun, also);
      if (before > 0) {
        const earlier = [...sentence.text.slice(0, before).matchAll(RUNS)]
          .map(([run]) => personIn(run))
          .filter((person): person is string => person !== undefined);
        // "Meeting Defence Minister Rajnath Singh …, she called": not whom the opening participle met.
        const person = PARTICIPLE.test(sentence.text)
          ? undefined
          : earlier.find((name) => agrees(name, gender));
        if (person) speaker = fullName(person);
      }
      // "Commodore Aravind Iyer … was more cautious. "…," he said.": the person the paragraph
      // named before, over whoever spoke in the paragraph before.
      const subject = namedHere.find((name) => agrees(name, gender));
      if (!speaker && said)
        speaker =
          subject ??
          (newVoice && newVoice.paragraph === p - 1 && agrees(newVoice.name, gender)
            ? newVoice.name
            : last && p - last.paragraph <= 1 && agrees(last.name, gender)
              ? last.name
              : salient(p, gender));
      if (speaker && said && gender && offices.has(speaker)) officePronouns.set(speaker, gender);
      // "…, she explained": the person she stands for is "she" from then on, so a later "he said"
      // is someone else's, however recently she spoke.
      const person =
        speaker && said && gender && !offices.has(speaker)
          ? people.get(speaker.split(' ').at(-1) ?? '')
          : undefined;
      if (person) person.pronoun ??= gender;
      if (speaker) last = { name: speaker, paragraph: p };
      // An organisation or a country speaks through the sentence that names it as the source of
      // what it says, but does not go on speaking as "she" in the next one.
      const according = speaker ? undefined : ACCORDING_SOURCE.exec(sentence.text)?.[1];
      const acronym = according?.match(ACRONYM)?.[1];
      const source = acronym ?? (according && !personIn(according, true) ? according : undefined);
      const named = new Set<string>();
      let first = -1;
      for (const match of sentence.text.matchAll(RUNS)) {
        const person = personIn(match[0]);
        if (!person) continue;
        // A title the name's run only ends ("EU High Representative for Foreign Affairs and
        // Security Policy Kaja Kallas"): its head noun stands before "for", "of" or "and".
        const before = sentence.text.slice(Math.max(0, (match.index ?? 0) - TITLE_REACH), match.index);
        const chain = CONNECTED.test(before) ? (TITLE_CHAIN.exec(before)?.[0] ?? '') : '';
        note(person, p, [
          ...titlesIn(chain + match[0], person),
          ...appositiveTitle(sentence.text, match.index ?? 0, match[0].length, isOffice)
            .split(/\s+/)
            .filter((word) => word !== '' && isWord(word))
            .map((word) => word.toLowerCase()),
        ]);
        named.add(person.split(' ').at(-1) ?? person);
        // Only a name with a given name that is no word: "Tamil Nadu" and "Van Binsbergen" may be
        // places or firms as much as people.
        const full = fullName(person);
        const given = full.split(' ').at(-2);
        if (given && !isWord(given) && !namedHere.includes(full)) namedHere.push(full);
        if (first < 0) first = (match.index ?? 0) + match[0].length;
      }
      // A sentence that names one person and then "he"/"his" or "she"/"her" (and not both) tells
      // which the article calls them: "Costa used his own post …".
      const [only] = named;
      if (named.size === 1 && only) {
        const rest = sentence.text.slice(first);
        const he = HE.test(rest);
        const she = SHE.test(rest);
        const person = people.get(only);
        if (person && he !== she) person.pronoun ??= he ? 'he' : 'she';
        else if (person && !he && !she && HER.test(rest) !== HIM.test(rest))
          person.pronoun ??= HER.test(rest) ? 'he' : 'she';
      }
      // A column's own voice ("I served thirty-one years …") is its author's.
      const voiced =
        author !== undefined &&
        (COLUMN_VOICE.test(sentence.text.replace(QUOTED, '')) ||
          (author.column && !author.frame.has(sentence) && !QUOTE.test(sentence.text)));
      const own = voiced ? author.name : undefined;
      return speaker ?? source ?? own;
    });
    // "**And the weakest area?**" then "Industry. Our centre surveyed 64 European defence firms …":
    // an answer under a question set off as a heading is the interviewee's, as a labelled answer
    // is ("A: …"), but for what it reports another as saying.
    if (answering && !heading) {
      interviewee ??= mostNamed();
      const answerer = interviewee;
      if (answerer) {
        speakers.set(
          passage.id,
          own.map((reported) => reported ?? answerer),
        );
        continue;
      }
    }
    // A turn's words are its speaker's, but for what it reports another as saying ("Kaja Kallas
    // called it a milestone", in the host's turn).
    if (turn !== undefined) {
      const speaker = turn;
      speakers.set(
        passage.id,
        own.map((reported) => reported ?? speaker),
      );
      continue;
    }
    const closing = passage.sentences.at(-1)?.text ?? '';
    const newcomer = INTRODUCES.exec(closing)?.[1];
    const person = newcomer ? personIn(newcomer) : undefined;
    newVoice = person && !own.at(-1) ? { name: fullName(person), paragraph: p } : newVoice;
    // A quotation closed or opened by "she added" is all the speaker's: each sentence of the
    // paragraph that holds a quotation mark or stands between an opening and a closing one.
    const quoted = QUOTE.test(passage.text) ? own.find(Boolean) : undefined;
    // An answer right after an interview's question, labelled with the surname of a person the
    // article has named ("Kelkar: On day one, not very much."), is all theirs.
    const label = afterQuestion ? ANSWER_LABEL.exec(passage.text)?.[1] : undefined;
    const labelled = label !== undefined ? people.get(label)?.name : undefined;
    afterQuestion = QUESTION_MARK.test(passage.text);
    if (labelled) {
      speakers.set(
        passage.id,
        own.map(() => labelled),
      );
      continue;
    }
    // An interview's answer ("A: It is at the very centre. …") is all the interviewee's words:
    // the person the article has named most so far, in its introduction.
    if (ANSWER_MARK.test(passage.text)) {
      interviewee ??= mostNamed();
      if (interviewee) {
        const answerer = interviewee;
        speakers.set(
          passage.id,
          own.map(() => answerer),
        );
        continue;
      }
    }
    let marks = 0;
    speakers.set(
      passage.id,
      own.map((speaker, i) => {
        const text = passage.sentences[i]?.text ?? '';
        const inQuote = marks % 2 === 1 || QUOTE.test(text);
        marks += text.match(QUOTES)?.length ?? 0;
        return speaker ?? (inQuote ? quoted : undefined);
      }),
    );
  }
  if (titlesOut)
    for (const person of people.values())
      if (person.titles.size > 0) titlesOut.set(person.name, [...person.titles]);
  return speakers;
}
