import * as z from 'zod';

/**
 * Every number and switch that shapes an answer, in one place. Each line says what it trades
 * off. `createBot({ ranking })` and `npm run eval -- --ranking file.json` override any part of it
 * (a partial object, merged over these defaults), so a change can be measured before it is made.
 *
 * @module
 */
export const DEFAULT_RANKING = {
  retrieval: {
    // Passages whose sentences are scored: more finds an answer in a lower-ranked paragraph, but
    // lets more near-misses compete and costs time.
    candidatePassages: 8,
    // When a large archive's query left common words out, this many engine hits are re-ranked by the
    // whole question: more recovers answers the partial query ranked low, at a cost per hit.
    rerankPool: 200,
  },
  alternatives: {
    // How much a word found in another form counts against the word as typed (1). Lower keeps
    // a looser form from outranking an exact match; higher answers more paraphrased questions.
    split: 0.9, // "counter terrorism" found as "counter" + "terrorism"
    inflected: 0.95, // the base of an irregular form ("throw" for "threw"), from WordNet's exception lists
    typo: 0.8, // the closest known spelling of a word no source holds
    glossary: 0.75, // another name of the same thing from corpus/glossary.yaml
    // WordNet's relations of a question word to corpus words (search/lexicon.ts): the same sense
    // ("pact"/"treaty"), a derived form ("attend"/"attendance"), a broader or a narrower term.
    synonym: 0.7,
    similar: 0.5, // an adjective of similar meaning ("lofty" for "high")
    // An adjective whose definition says it is of the question's noun ("maritime" for "sea"): as
    // loose as a similar adjective; higher lets an adjective of a topic stand for its noun. Where
    // the noun modifies a word ("sea security") it weighs as `derived`.
    glossed: 0.5,
    derived: 0.8,
    broader: 0.5,
    narrower: 0.4,
    // A corpus verb that is a way of doing the question's verb, for a verb no source uses
    // ("posted" for "announce", "inked" for "signed").
    manner: 0.5,
    // A corpus verb in a frequent sense of the question's verb but not in its own ("led" for
    // "headed"): as close as a synonym; it never makes the question's verb one the sources use.
    sense: 0.7,
    // A word English writes in the same contexts as a verb no source holds ("signed" for "inked"),
    // from GloVe (text/word-neighbours.ts): as loose as WordNet's similar adjectives; higher lets a
    // word of the same topic, or an opposite, rank a sentence like the question's own verb.
    associated: 0.5,
  },
  coverage: {
    // A question-shaping word ("say", "tell") counts this share of its weight when the sources use
    // it, and nothing when they don't: higher lets it steer ranking, lower keeps it from vetoing.
    lightFactor: 0.3,
    // Share of its weight each role of word counts with: a verb or a modifier the article words
    // differently must not veto a passage that holds the question's names and nouns; higher
    // makes the exact wording matter more.
    verbFactor: 0.6,
    modifierFactor: 0.8,
    nameFactor: 1.2,
    // Share of its weight the head noun of the kind a "what X" question asks for counts against a
    // text that does not say it ("what treaty ended the war" is answered by "the Peace of
    // Saint-Germain"): lower lets a sentence that names one answer without the kind word, higher
    // keeps the word steering.
    slotFactor: 0.5,
    // Share of its weight a common word counts with when no source holds it in any form: lower
    // answers paraphrased questions ("team" for "delegation"), higher declines more questions
    // about things the sources never mention.
    unknownFactor: 1,
  },
  sentence: {
    // A sentence's score mixes its own coverage of the question, its passage's coverage (it may
    // rely on neighbours for the subject) and the engine's rank; own coverage must dominate or a
    // sentence that only sits near the words wins.
    own: 0.55,
    passage: 0.25,
    engine: 0.1,
    // What the sentence's article as a whole is about (title, opening, central names): higher
    // keeps a question about the defence pact out of the trade story that shares its words.
    article: 0.05,
    // Bonus for supplying what the question asks for (a date for "when", a person other than the
    // ones named for "who", a thing of the named kind for "which country"): higher prefers the
    // answer-bearing sentence over one that echoes the question.
    typeBonus: 0.15,
    // Bonus for question words standing together in the sentence as they do in the question
    // ("security and defence partnerships"), by share of the question's neighbouring pairs, and
    // how many words apart still count as together: wider finds more, but looser, phrases.
    phrase: 0.1,
    phraseWindow: 3,
    // Bonus for the question's words written in the sentence just as typed ("the Normans" for
    // "Normans", not "Norman knights"), by share of its typed words: a tie-breaker among sentences
    // that hold the same stems; higher lets the wording outweigh what the sentence covers.
    surface: 0.05,
    // A sentence that opens with a pronoun ("It was commissioned by Odo") takes the question words
    // of the sentence before it at this share of their weight: higher lets the sentence that
    // answers about "it" win over the one before it that names the subject; 0 reads every
    // sentence alone.
    anaphora: 0.8,
    // Penalty for a sentence that says nothing the question does not already say (half of it for
    // a sentence that adds a single word: "Thank you for that as well").
    echo: 0.15,
    // Penalty for a claim a fact check quotes to test ("Claim 2: "India is the first …""): what
    // others say, not what the source does, which a sentence stating the fact near as well
    // outranks; as much as an echo's, since the claim is quoted with its verdict when it still wins.
    claim: 0.15,
    // For "latest", "now", "so far" questions: bonus for the newest candidate article, scaled down
    // to the oldest; higher lets a newer but weaker match win.
    recency: 0.15,
    // Score lost per character: prefers the shorter of two equally good sentences.
    lengthPenaltyPerChar: 0.05 / 300,
  },
  choose: {
    // A pin answers first when its coverage is within this of the best article sentence's:
    // higher prefers moderators' facts, lower keeps a loosely matching pin from leading.
    pinTolerance: 0.1,
    // A second sentence must add this much coverage the first lacks: lower gives fuller but
    // longer answers.
    secondSentenceGain: 0.25,
    // Two sentences together stay under this many characters (chat answers stay short).
    maxTwoSentenceLength: 320,
    // A speaker's words going on past the first sentence (`speechGoingOn` in choose.ts) are quoted
    // only while both stay under this many characters: longer, they push the median answer of
    // speech questions past what chat reads at a glance.
    maxSpeechGoingOnLength: 250,
    // Another article's sentence within this much of the best one's score, sharing this share of
    // its words but stating other values, is shown beside it as a report that differs: lower
    // margins or higher similarity flag fewer conflicts.
    conflictMargin: 0.15,
    conflictSimilarity: 0.5,
    // Articles quoted for a question about the sources ("which outlets cover X"): more lists more
    // outlets, in a longer answer.
    maxOutlets: 3,
    // When the best sentence says something other than the question (another verb or modifier,
    // an opposite word, names on the other sides of the verb), another may answer only with
    // coverage within this of the best's: higher lets a weaker sentence answer a question the
    // sources contradict, lower declines more answerable questions whose best match misleads.
    contradictedMargin: 0.1,
    // For a question asking a person, date, number or place, a sentence that supplies it and holds
    // as much of the question is quoted over a best one that does not, when its score is within
    // this: higher lets the answer win from further down, lower keeps the echo of the question.
    supplierMargin: 0.1,
  },
  abstain: {
    // The best passage must cover this share of the question's weight, or the bot declines:
    // higher declines more unanswerable questions and more answerable paraphrases.
    minPassageCoverage: 0.55,
    // The quoted sentence itself must cover this share.
    minSentenceCoverage: 0.3,
    // An explainer's heading that asks ("### Why did India take longer …?") is taken to ask what the
    // question does when it covers this share of it: its paragraph then answers in every sentence.
    // Lower lets a heading that shares some words answer a question it does not ask.
    minHeadingCoverage: 0.8,
    // Words no source holds in any form carrying this share of the question's weight decline it
    // outright: lower declines more questions about things the sources never mention ("when was
    // the Compass abolished"), and more paraphrases in words they never use. Calibrated on the
    // tuning halves (0.5 → 0.4: one more unanswerable declined), checked on the held-out ones.
    maxMissingShare: 0.4,
    // Such a question is still answered from the rest of it when the best sentence for that rest
    // covers this share of it and words the missing words otherwise (a definition links them):
    // lower answers more paraphrases, and more questions about what a sentence merely sits near
    // ("what animal swims in the Rhine" is not answered by a sentence about its water).
    minRewordedCoverage: 0.9,
    // A when / how-many question is declined when no answering sentence holds a date / a number:
    // on, it refuses "how much money" over a sentence without any; off, it answers with the best match.
    requireFocus: true,
    // The question's names and numbers must stand in the quoted sentence, the one before it or
    // its article's title: on, "what did Kallas say about Russia" is not answered from a sentence
    // that never names Russia even when the corpus does elsewhere.
    requireNames: true,
    // A verb or modifier of the question that the quoted sentence's article uses must stand in
    // that sentence, the one before it or the title: on, a question that swaps the predicate
    // ("who rejected …" where the article says who signed, "modern" where it says "medieval") is
    // declined; off, it is answered by the sentence that holds everything else. A word the
    // article never uses never vetoes (that is the question's own wording). Measured on the
    // benchmark sample: 1 point of answerable questions lost for 7 more of adversarial ones declined.
    requirePredicates: true,
    // A name the question puts before its verb (the doer) must not stand only after it in the
    // quoted sentence, nor the other way round (active voice only): on, "who joined the Normans"
    // is not answered by "the Normans joined the Turks", nor "who issued the Edict of Nantes" by
    // "he issued the Edict of Fontainebleau, revoking the Edict of Nantes"; off, word order is ignored.
    requireOrder: true,
    // A name of the question that the quoted sentence writes only as the owner of a person ("who
    // did Edgar marry" over "Malcolm married Edgar's sister") declines: on, the sentence speaks of
    // someone else; off, owners count as named.
    requireOwnName: true,
  },
};

export type Ranking = typeof DEFAULT_RANKING;

/** A partial ranking as given in a file or option; every leaf must keep its default's type. */
export type RankingOverride = { [K in keyof Ranking]?: Partial<Ranking[K]> };

// Built on first use: a start without an override (every one-shot `npm run ask`) never pays for it.
let overrideSchema: z.ZodType<RankingOverride> | undefined;
const overrideSchemaOf = () =>
  (overrideSchema ??= z.strictObject(
    Object.fromEntries(
      Object.entries(DEFAULT_RANKING).map(([section, values]) => [
        section,
        z
          .strictObject(
            Object.fromEntries(
              Object.entries(values).map(([key, value]) => [
                key,
                typeof value === 'boolean' ? z.boolean() : z.number().finite(),
              ]),
            ),
          )
          .partial()
          .optional(),
      ]),
    ),
  ) as z.ZodType<RankingOverride>);

/** The defaults with `override` merged in; throws naming the unknown or mistyped field. */
export function rankingWith(override?: unknown): Ranking {
  if (override === undefined) return structuredClone(DEFAULT_RANKING);
  const parsed = overrideSchemaOf().safeParse(override);
  if (!parsed.success) throw new Error(`Ranking: ${z.prettifyError(parsed.error)}`);
  const merged = structuredClone(DEFAULT_RANKING) as Record<string, Record<string, unknown>>;
  for (const [section, values] of Object.entries(parsed.data)) {
    Object.assign(merged[section] ?? {}, values);
  }
  return merged as Ranking;
}
