import { NAME_PARTICLES } from '../text/stop-words.ts';
import type { Passage } from './passages.ts';

/**
 * Who says each quoted or reported sentence of an article. News names a speaker once and goes on
 * with "she said", "he added", or a paragraph that is all quotation closed by "she added"; a reader
 * knows who speaks, and so must the bot, or "what did Kallas say about X" misses her words. Each
 * sentence with a speech verb ("said", "added", "urged", "wrote", "according to") or inside a
 * quoted paragraph gets the person it belongs to: the name next to the verb, or for "she"/"he" the
 * person who spoke last (in this paragraph or the one before), else the most often named person of
 * the recent paragraphs (recency breaks ties). A person is a run of
 * capitalised words ending in a word no dictionary holds ("Kaja Kallas", "Rajnath Singh"), or a
 * surname already seen. Computed when the index is built and kept in the snapshot.
 *
 * @module
 */
const SPEECH =
  'said|says|added|adds|noted|notes|stated|states|told|tells|urged|urges|remarked|explained|asked|wrote|writes|posted|posts|stressed|emphasised|emphasized|observed|declared|announced|insisted|argued|warned|called|described';
// Capitalised words in a row, with the particles of names ("Ursula von der Leyen").
const NAME = `\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:${NAME_PARTICLES.join('|')})\\s+)*\\p{Lu}[\\p{L}'’-]+)*`;
// What may stand between a speaker and the verb: a time, an auxiliary, an adverb ("Kaja Kallas on
// Tuesday urged", "Rajnath Singh has said", "she also said").
const BETWEEN = String.raw`(?:\s+(?:on|last|this|also|later|then|again|earlier|openly|publicly|has|had|have)(?:\s+\p{Lu}\p{Ll}+)?){0,2}`;
const NAME_SAYS = new RegExp(`(${NAME})${BETWEEN}\\s+(?:${SPEECH})\\b`, 'u');
const SAYS_NAME = new RegExp(`\\b(?:${SPEECH})\\s+(${NAME})`, 'u');
const ACCORDING = new RegExp(`\\baccording to (${NAME})`, 'u');
const PRONOUN_SAYS = new RegExp(`\\b(?:she|he|She|He)\\s+(?:also\\s+)?(?:${SPEECH})\\b`, 'u');
const RUNS = new RegExp(NAME, 'gu');
const QUOTE = /["“”]/;
// Pronouns are no dictionary words to WordNet, and never a name.
const PRONOUNS = new Set(['She', 'He', 'They', 'It', 'We', 'I', 'You', 'This', 'That', 'These', 'Those']);
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
]);
// Recent paragraphs a pronoun may reach back to.
const REACH = 3;

interface Person {
  /** How the article names the person in full ("Kaja Kallas"). */
  name: string;
  surname: string;
  mentions: number;
  lastParagraph: number;
}

export function attributeSpeakers(
  passages: readonly Passage[],
  isWord: (word: string) => boolean,
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
      .map((word) => word.replace(/['’]s$/, ''))
      .filter(
        (word, i, all) =>
          !(i === 0 && all.length > 1 && isWord(word) && /^\p{Lu}\p{Ll}+$/u.test(word) && STARTERS.has(word)),
      );
    const surname = words.at(-1) ?? '';
    if (people.has(surname)) return people.get(surname)?.name;
    if (isWord(surname) || surname.length < 2 || PRONOUNS.has(surname)) return undefined;
    if (words.length < 2) return speaking ? surname : undefined;
    const first = words.at(-2) ?? '';
    // "… Policy Kaja Kallas": a title word before the first name is not part of the name.
    const particles = words.slice(0, -1).reverse();
    const given = particles.findIndex((word) => /^\p{Lu}/u.test(word));
    const name = words.slice(words.length - 2 - given, words.length);
    return isWord(first) && given === 0 && words.length > 2 ? surname : name.join(' ');
  };
  const note = (name: string, paragraph: number) => {
    const surname = name.split(' ').at(-1) ?? name;
    const person = people.get(surname) ?? { name, surname, mentions: 0, lastParagraph: paragraph };
    person.mentions++;
    person.lastParagraph = paragraph;
    if (name.includes(' ')) person.name = name;
    people.set(surname, person);
  };
  const salient = (paragraph: number): string | undefined => {
    let best: Person | undefined;
    for (const person of people.values()) {
      if (paragraph - person.lastParagraph > REACH) continue;
      if (
        !best ||
        person.mentions > best.mentions ||
        (person.mentions === best.mentions && person.lastParagraph > best.lastParagraph)
      ) {
        best = person;
      }
    }
    return best?.name;
  };

  // The last person the article let speak, and in which paragraph: "She said …" goes on with them.
  let last: { name: string; paragraph: number } | undefined;
  for (const passage of passages) {
    const p = passage.paragraph;
    const own = passage.sentences.map((sentence) => {
      // "She made the remarks …": a pronoun subject keeps the person it means in view.
      const meant = salient(p);
      if (meant && /^(?:She|He)\b/.test(sentence.text)) note(meant, p);
      let speaker: string | undefined;
      for (const pattern of [NAME_SAYS, SAYS_NAME, ACCORDING]) {
        const run = pattern.exec(sentence.text)?.[1];
        const person = run ? personIn(run, true) : undefined;
        if (person) {
          speaker = people.get(person.split(' ').at(-1) ?? '')?.name ?? person;
          break;
        }
      }
      if (!speaker && PRONOUN_SAYS.test(sentence.text))
        speaker = last && p - last.paragraph <= 1 ? last.name : meant;
      if (speaker) last = { name: speaker, paragraph: p };
      for (const [run] of sentence.text.matchAll(RUNS)) {
        const person = personIn(run);
        if (person) note(person, p);
      }
      return speaker;
    });
    // A paragraph of quotation closed or opened by "she added" is all the speaker's.
    const quoted = QUOTE.test(passage.text) ? own.find(Boolean) : undefined;
    speakers.set(
      passage.id,
      own.map((speaker) => speaker ?? quoted),
    );
  }
  return speakers;
}
