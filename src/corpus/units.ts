import { tokenize } from '../text/analyzer.ts';
import type { Sentence } from '../text/sentences.ts';
import type { AlsoReported, Citation, PinnedFact } from '../types.ts';
import { affiliationsOf } from './affiliations.ts';
import {
  ALIAS_MARK,
  articleAliases,
  type HeadedName,
  headlineNames,
  namesByHead,
  withAliases,
  withHeadlineNames,
} from './article-aliases.ts';
import { withoutDateline } from './dateline.ts';
import { type SentenceRef, sentenceRef } from './duplicate-sentences.ts';
import type { Article, Corpus } from './load-corpus.ts';
import type { Passage } from './passages.ts';
import { isQuestionHeading, sectionHeadings } from './sections.ts';
import { interviewUnderHeadings, QUESTION_MARK } from './speakers.ts';
import { withTitledPair } from './titled-pairs.ts';
import { wordsMeant } from './words-meant.ts';

/**
 * Everything the answer step needs about a citable unit (an article passage or a pin): its
 * sentences with their stems and its citation. Analysis is done once per unit, on first use,
 * so start-up only pays for indexing.
 *
 * @module
 */
export interface UnitSentence {
  text: string;
  /** Stems of the sentence, and of its speaker's name when it is quoted or reported speech. */
  stems: ReadonlySet<string>;
  /** Content stems of the text, in order (for phrase matching). */
  terms: readonly string[];
  /** Content words of the text as written (lower-cased, in one spelling): for the question's own wording. */
  words: ReadonlySet<string>;
  speaker?: string;
  /** The speaker's office by its head noun ("minister"), where the article gives one. */
  office?: string;
  /** The speaker's title words, lower case ("eu high representative …"), where the article gives them. */
  title?: string;
  /** The same sentence in other articles (corpus/duplicate-sentences.ts), as citations of those. */
  copies?: readonly AlsoReported[];
}

export interface Unit {
  id: string;
  kind: 'article' | 'pin';
  text: string;
  /** Stems of the passage, with the names a pronoun in it may refer to from the paragraphs above. */
  stems: ReadonlySet<string>;
  /**
   * Stems of the article's title, and of the heading of the section the paragraph stands in
   * ("## 20–31 October: crisis management course at CUNPK"): empty for pins.
   */
  title: ReadonlySet<string>;
  /** Stems of the heading of the section the paragraph stands in alone, where it has one. */
  heading?: ReadonlySet<string>;
  /**
   * What the whole article is about (empty for pins): its title, its opening paragraph and the
   * names it keeps coming back to. Tells the defence story from the trade story that shares its words.
   */
  about: ReadonlySet<string>;
  /** The names its article keeps coming back to (three mentions or more; empty for pins). */
  central: ReadonlySet<string>;
  /**
   * Stems of the place its article is datelined from ("New Delhi"; empty for pins): where a news
   * story's events take place unless a paragraph says otherwise.
   */
  dateline: ReadonlySet<string>;
  /** Every stem its article uses, in any paragraph (empty for pins); read on first use. */
  readonly articleStems: ReadonlySet<string>;
  sentences: readonly UnitSentence[];
  /** The last sentence of the paragraph before, in the same article (none for pins and openings); read on first use. */
  readonly previousSentence?: UnitSentence;
  /**
   * The interview question the paragraph answers, read whole ("Q: You keep coming back to a
   * Security of Information Agreement. Why is it so important?"), when the answer's first sentence
   * refers back to it ("Because without it we cannot …"); read on first use.
   */
  readonly asked?: UnitSentence;
  /**
   * The heading that asks what the paragraph under it answers ("### Why did India take longer than
   * Japan and South Korea?"), read with each of its sentences; read on first use.
   */
  readonly askedAbove?: UnitSentence;
  citation: Omit<Citation, 'n'>;
}

export interface Units {
  get(id: string): Unit;
  isPassage(id: string): boolean;
  /**
   * The earliest publication date of an article whose title or opening paragraph holds every one
   * of `stems`: when the sources first reported an event ("the signing"). Articles are read on the
   * first call.
   */
  firstReported(stems: readonly string[]): string | undefined;
  addPin(pin: PinnedFact): void;
  removePin(id: string): void;
}

const stemsOf = (text: string) =>
  new Set(
    tokenize(text)
      .filter((t) => !t.stop)
      .map((t) => t.stem),
  );

/** `compute` for a key, worked out once. */
function cachedBy<K, V>(keyOf: (key: K) => string, compute: (key: K) => V): (key: K) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const id = keyOf(key);
    let value = cache.get(id);
    if (value === undefined) {
      value = compute(key);
      cache.set(id, value);
    }
    return value;
  };
}

/** A sentence analysed once: its stems (with its speaker's name) and its terms in order. */
function sentenceOf(
  text: string,
  speaker?: string,
  opening = false,
  office?: string,
  title?: string,
): UnitSentence {
  // The article's first sentence is matched without its dateline (corpus/dateline.ts).
  const tokens = tokenize(opening ? withoutDateline(text) : text).filter((t) => !t.stop);
  const stems = new Set(tokens.map((t) => t.stem));
  if (speaker) for (const stem of stemsOf(speaker)) stems.add(stem);
  const whole = tokens.filter((t) => !t.part);
  const terms = whole.map((t) => t.stem);
  const words = new Set(whole.map((t) => t.word));
  if (!speaker) return { text, stems, terms, words };
  return { text, stems, terms, words, speaker, ...(office ? { office } : {}), ...(title ? { title } : {}) };
}

function passageCitation(passage: Passage, article: Article): Omit<Citation, 'n'> {
  return {
    kind: 'article',
    id: passage.id,
    title: article.title,
    publisher: article.publisher,
    date: article.published,
    url: article.url,
    text: passage.text,
    paragraph: passage.paragraph,
  };
}

function pinCitation(
  pin: PinnedFact,
  passageUrl: (id: string) => string | null | undefined,
): Omit<Citation, 'n'> {
  const sourceUrl = pin.source && /^https?:/i.test(pin.source) ? pin.source : null;
  return {
    kind: 'pin',
    id: pin.id,
    title: `Pinned fact ${pin.id}`,
    publisher: null,
    date: pin.pinnedAt.slice(0, 10),
    url: sourceUrl ?? (pin.source ? passageUrl(pin.source) : null) ?? pin.message?.link ?? null,
    text: pin.text,
    paragraph: null,
    pin: { pinnedBy: pin.pinnedBy, pinnedAt: pin.pinnedAt, source: pin.source, message: pin.message },
  };
}

/**
 * `isVerb` tells a headline's verb ("sign") from its other words ("first"), by the lexicon's parts
 * of speech; without it, no article has aliases (corpus/article-aliases.ts). `isNoun` tells a
 * common noun ("lake") from a name ("Constance"); without it, "the lake" names nothing.
 */
export function createUnits(
  corpus: Corpus,
  duplicates: readonly (readonly SentenceRef[])[] = [],
  isVerb: (stem: string) => boolean = () => false,
  isNoun: (stem: string) => boolean = () => false,
): Units {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const pins = new Map<string, PinnedFact>();
  const cache = new Map<string, Unit>();
  const groupOf = new Map<SentenceRef, readonly SentenceRef[]>();
  for (const group of duplicates) for (const ref of group) groupOf.set(ref, group);
  /** The other articles carrying sentence `index` of `passage`, earliest first. */
  const copiesOf = (passage: Passage, index: number): AlsoReported[] | undefined => {
    const own = sentenceRef(passage.id, index);
    const copies: AlsoReported[] = [];
    for (const ref of groupOf.get(own) ?? []) {
      const copy = passages.get(ref.slice(0, ref.lastIndexOf(':')));
      const article = copy && articles.get(copy.articleId);
      if (!copy || !article || copy.articleId === passage.articleId) continue;
      if (copies.some((c) => c.publisher === article.publisher)) continue;
      copies.push({
        id: copy.id,
        title: article.title,
        publisher: article.publisher,
        date: article.published,
        url: article.url,
      });
    }
    return copies.length > 0
      ? copies.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      : undefined;
  };
  /** The name stems of a passage (capitalised inside a sentence), analysed once. */
  const namesOf = cachedBy(
    (passage: Passage) => passage.id,
    (passage): readonly string[] =>
      tokenize(passage.text)
        .filter((t) => t.name && !t.stop)
        .map((t) => t.stem),
  );
  /** An article's paragraphs, in order. */
  const passagesOf = (article: Article): Passage[] => {
    const own: Passage[] = [];
    for (
      let p = 1, next = passages.get(`${article.id}#p1`);
      next;
      next = passages.get(`${article.id}#p${++p}`)
    )
      own.push(next);
    return own;
  };
  // What follows is worked out once per article, on first use.
  const perArticle = <T>(compute: (article: Article) => T) =>
    cachedBy((article: Article) => article.id, compute);
  const titleOf = perArticle((article): ReadonlySet<string> => stemsOf(article.title));
  // Whether the article is an interview under question headings (corpus/speakers.ts).
  const interviewOf = perArticle((article) => interviewUnderHeadings(passagesOf(article)));
  // The heading of the section a paragraph stands in, by paragraph (corpus/sections.ts).
  const headingsOf = perArticle((article) => sectionHeadings(passagesOf(article)));
  /**
   * What is near every sentence of a paragraph: its article's title, with what the article calls
   * its subject, and the heading of the paragraph's section.
   */
  const headedOf = (passage: Passage, article: Article) => {
    const { aliases } = subjectWordsOf(article);
    const title = withAliases(titleOf(article), aliases);
    const heading = headingsOf(article).get(passage.paragraph);
    if (heading === undefined) return { title };
    const stems = withAliases(stemsOf(heading), aliases);
    return { title: new Set([...title, ...stems]), heading: stems };
  };
  // Names mentioned this often in one article are what it centres on.
  const CENTRAL_MENTIONS = 3;
  const centralOf = perArticle((article): ReadonlySet<string> => {
    const mentions = new Map<string, number>();
    for (const p of passagesOf(article))
      for (const stem of namesOf(p)) mentions.set(stem, (mentions.get(stem) ?? 0) + 1);
    return new Set([...mentions].filter(([, n]) => n >= CENTRAL_MENTIONS).map(([stem]) => stem));
  });
  const datelineOf = perArticle((article): ReadonlySet<string> => stemsOf(article.dateline));
  const aboutOf = perArticle(
    (article): ReadonlySet<string> =>
      new Set([...titleOf(article), ...stemsOf(passagesOf(article)[0]?.text ?? ''), ...centralOf(article)]),
  );
  const articleStemsOf = perArticle(
    (article): ReadonlySet<string> => new Set(passagesOf(article).flatMap((p) => [...stemsOf(p.text)])),
  );
  /**
   * What the article calls what its headline names: "the deal" for the partnership, "the
   * council" for the Trade and Technology Council (corpus/article-aliases.ts). An article from a
   * snapshot carries its aliases, read at index build; one given without (a test's corpus) has
   * them read here.
   */
  const subjectWordsOf = perArticle((article) => ({
    aliases:
      article.aliases ??
      articleAliases(
        article.title,
        passagesOf(article).map((p) => p.text),
        isVerb,
      ),
    names: headlineNames(article.title),
  }));
  // Whom each speaker of the article speaks for ("Kaja Kallas, the European Union's … chief").
  const speaksForOf = perArticle((article) =>
    affiliationsOf(
      passagesOf(article).map((p) => p.text),
      passagesOf(article).flatMap((p) => p.sentences.flatMap((x) => (x.speaker ? [x.speaker] : []))),
    ),
  );
  /** For each sentence of a passage, the names of several words its earlier sentences write. */
  const earlierNamesOf = cachedBy(
    (passage: Passage) => passage.id,
    (passage): ReadonlyArray<readonly HeadedName[]> => {
      const earlier: HeadedName[][] = [];
      let seen: HeadedName[] = [];
      for (const sentence of passage.sentences) {
        earlier.push(seen);
        seen = [...seen, ...namesByHead(sentence.text, isNoun)];
      }
      return earlier;
    },
  );
  /**
   * Sentence `i` of a passage, analysed, with what its article calls its subject marked, and the
   * names an earlier sentence of its paragraph writes when it says "the lake" for Lake Constance.
   */
  const analysed = (passage: Passage, article: Article, s: Sentence, i: number): UnitSentence => {
    const { aliases, names } = subjectWordsOf(article);
    const own = sentenceOf(s.text, s.speaker, passage.paragraph === 1 && i === 0, s.office, s.title);
    const near = [...names, ...(earlierNamesOf(passage)[i] ?? [])];
    // "The two presidents": the two the article titled so together, before this sentence.
    const earlier = () => [
      ...passagesOf(article)
        .filter((p) => p.paragraph < passage.paragraph)
        .flatMap((p) => p.sentences.map((x) => x.text)),
      ...passage.sentences.slice(0, i).map((x) => x.text),
    ];
    const stems = withTitledPair(
      s.text,
      earlier,
      withHeadlineNames(s.text, withAliases(own.stems, aliases), near),
    );
    // "On Monday" in a report of 27 January 2026 says 26 January 2026; "€15,000" is in euros
    // (corpus/words-meant.ts).
    const meant = wordsMeant(s.text, article.published);
    // Her "we" is the EU's: a speaker's words speak of whom they speak for, as an alias does.
    const speaksFor = s.speaker ? (speaksForOf(article).get(s.speaker.split(' ').at(-1) ?? '') ?? []) : [];
    const extra = [
      ...(meant ? stemsOf(meant) : []),
      ...speaksFor.flatMap((name) => [...stemsOf(name)].map((stem) => ALIAS_MARK + stem)),
    ];
    return { ...own, stems: extra.length > 0 ? new Set([...stems, ...extra]) : stems };
  };

  // News paragraphs often carry on with "she said" after naming the person one paragraph up; a
  // paragraph that uses a third-person pronoun also counts the names of the paragraph before it
  // (for retrieval coverage only: the quoted sentence must still match on its own).
  const PRONOUN = /\b(?:she|he|her|his|they|their)\b/i;
  // What an interview's answer refers back to its question by ("Because without it …").
  const THIRD_PERSON = /\b(?:it|its|they|them|their)\b/i;
  const MAX_CARRY = 3;
  function carriedNames(passage: Passage, hops = 0): readonly string[] {
    if (hops >= MAX_CARRY || !PRONOUN.test(passage.text)) return [];
    const previous = passages.get(`${passage.articleId}#p${passage.paragraph - 1}`);
    return previous ? [...namesOf(previous), ...carriedNames(previous, hops + 1)] : [];
  }

  function build(id: string): Unit {
    const pin = pins.get(id);
    if (pin) {
      const sentence = sentenceOf(pin.text);
      return {
        id,
        kind: 'pin',
        text: pin.text,
        stems: sentence.stems,
        title: new Set(),
        about: new Set(),
        central: new Set(),
        dateline: new Set(),
        articleStems: new Set(),
        sentences: [sentence],
        citation: pinCitation(pin, (source) => articles.get(passages.get(source)?.articleId ?? '')?.url),
      };
    }
    const passage = passages.get(id);
    const article = passage && articles.get(passage.articleId);
    if (!passage || !article) throw new Error(`Units: unknown id ${id}`);
    // Each sentence is analysed once; the passage's stems are theirs together.
    const sentences = passage.sentences.map((s, i) => {
      const copies = copiesOf(passage, i);
      const sentence = analysed(passage, article, s, i);
      return copies ? { ...sentence, copies } : sentence;
    });
    const stems = new Set<string>(carriedNames(passage));
    for (const sentence of sentences) for (const stem of sentence.stems) stems.add(stem);
    // Worked out on first use, then kept with the unit (null: there is none).
    let previousSentence: UnitSentence | null | undefined;
    let asked: UnitSentence | null | undefined;
    let askedAbove: UnitSentence | null | undefined;
    // The paragraph before, in the same article (none for an opening), which the getters below read.
    const previousPassage = () => passages.get(`${article.id}#p${passage.paragraph - 1}`);
    return {
      id,
      kind: 'article',
      text: passage.text,
      stems,
      ...headedOf(passage, article),
      about: aboutOf(article),
      central: centralOf(article),
      dateline: datelineOf(article),
      get articleStems() {
        return articleStemsOf(article);
      },
      get asked() {
        if (asked === undefined) {
          const previous = previousPassage();
          asked =
            previous &&
            QUESTION_MARK.test(previous.text) &&
            !QUESTION_MARK.test(passage.text) &&
            THIRD_PERSON.test(passage.sentences[0]?.text ?? '')
              ? sentenceOf(previous.text)
              : null;
        }
        return asked ?? undefined;
      },
      get askedAbove() {
        if (askedAbove === undefined) {
          const previous = previousPassage();
          // An interview's answers are the interviewee's words, read with their question only
          // where they refer back to it (`asked`); an explainer's paragraph answers its heading.
          askedAbove =
            previous &&
            isQuestionHeading(previous.text) &&
            !isQuestionHeading(passage.text) &&
            !interviewOf(article)
              ? sentenceOf(previous.text)
              : null;
        }
        return askedAbove ?? undefined;
      },
      get previousSentence() {
        if (previousSentence === undefined) {
          const previous = previousPassage();
          const last = previous?.sentences.at(-1);
          previousSentence =
            previous && last ? analysed(previous, article, last, previous.sentences.length - 1) : null;
        }
        return previousSentence ?? undefined;
      },
      sentences,
      citation: passageCitation(passage, article),
    };
  }

  // Each article's title and opening paragraph, earliest first, read on first use.
  let openings: { date: string; stems: ReadonlySet<string> }[] | undefined;
  const openingsOf = () => {
    openings ??= corpus.articles
      .map((article) => ({
        date: article.published,
        stems: new Set([
          ...titleOf(article),
          ...stemsOf(withoutDateline(passages.get(`${article.id}#p1`)?.text ?? '')),
        ]),
      }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return openings;
  };

  return {
    get(id) {
      let unit = cache.get(id);
      if (!unit) {
        unit = build(id);
        cache.set(id, unit);
      }
      return unit;
    },
    isPassage: (id) => passages.has(id),
    firstReported: (stems) =>
      openingsOf().find((opening) => stems.every((stem) => opening.stems.has(stem)))?.date,
    addPin(pin) {
      pins.set(pin.id, pin);
      cache.delete(pin.id);
    },
    removePin(id) {
      pins.delete(id);
      cache.delete(id);
    },
  };
}
