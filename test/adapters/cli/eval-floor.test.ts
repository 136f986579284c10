import { afterAll, describe, expect, it } from 'vitest';
import { type EvalResult, evaluate, halfOf, readEvalFile, summarise } from '../../../adapters/cli/eval.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import type { Bot } from '../../../src/index.ts';
import { createTestBot, FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * Quality floors, not per-question asserts: each question set is scored on its two halves (the
 * half used to tune the ranking and the half kept untouched until the ranking was done), and a
 * test fails when a score drops below what was reached (README, "Answer quality"); the shipped
 * article's sets answer from the test copy of it (test/fixtures/corpus). Every answer
 * any set produces is also checked to quote the corpus verbatim, against the corpus itself rather
 * than the answer's own copy.
 */
const MULTI_CORPUS = 'test/fixtures/multi/corpus';
const SQUAD_CORPUS = 'bench/data/squad2-dev-sample/corpus';
const SQUAD_QUESTIONS = 'bench/data/squad2-dev-sample/questions.jsonl';
const SQUAD_2_CORPUS = 'bench/data/squad2-dev-sample-2/corpus';
const SQUAD_2_QUESTIONS = 'bench/data/squad2-dev-sample-2/questions.jsonl';
const SQUAD_3_CORPUS = 'bench/data/squad2-dev-sample-3/corpus';
const SQUAD_3_QUESTIONS = 'bench/data/squad2-dev-sample-3/questions.jsonl';

interface Floor {
  file: string;
  corpus?: string;
  /** Answered correctly / declined correctly, per half, as fractions. */
  tune: [number, number];
  holdout: [number, number];
  /** The longest median answer allowed (characters), where the 220 is measured as missed. */
  maxMedian?: number;
}

// Measured 2026-12-03 (README, "Answer quality"); the benchmark's answered share fell by 1 to 3
// points when a verb or modifier the sentence's article uses became required near the quoted
// sentence, for 11 to 17 more points of adversarial questions declined. Raised on the second
// session of 2026-12-03 (pronouns, opposite degrees, untagged senses), and on the third (measure
// questions, relatives by word form, the missing-words share calibrated to 0.4), and on the fourth
// (a name written only as a person's owner, "Edgar's sister", does not stand for that name;
// another name linked to the question's noun, "on behalf of the EU"; headline names an article
// keeps coming back to, near in each paragraph), and on the sixth (the order in time a question
// asks about, "before the Eocene"; a sentence that refers back quoted after its antecedent; "the
// lake" after Lake Constance; a place the sentence sets instead of the question's; a time told by
// an event; superlatives by their synonyms in the same degree), and on the seventh (the kind a
// what-question asks for as its slot; another kind of thing, "steam engines" for "electric
// engines"; "who was a/the X"; where by "here"; what happened after "did X"), which moved the
// benchmark's answered share down by up to one point for 3 to 5 points more declined. The second
// sample (other articles, never tuned on) was added then. Lowered on the eighth: a person owned
// by a name is told by the written word ("engine" shares the Porter stem of "engineer"), which
// had declined three questions by accident, and a noun WordNet has only as a name ("Born", "ADD")
// no longer makes "born" or "add" a noun, so they are held to the sentence as predicates; and an
// adverb no source uses ("already", "quickly") no longer declines a question by itself; and a
// word's parts of speech are its own, not its Porter stem's ("approximate" is no noun though
// "approximation" is), which declined 9 more and answered 4 fewer over both samples' halves; and
// every form of a question-shaping verb ("getting") shaping the question, which answered one more
// on each half of the second sample and declined one fewer on its held-out half. Raised on the
// ninth: WordNet relatives point at index terms as passages have them, and "another term for X"
// asks for another name said beside X (second sample: tune 48.1% answered, held out 50.5 / 57.9%);
// and "found" read in a passage as "find" and as "found" (to set up) answered one more and declined
// one fewer on the second sample's tuning half: that one had been declined only because "founded"
// could not meet "to found"; and a verb that is a way of doing the question's ("generating" for
// "created") saying it for the predicate check answered 5 more and declined 4 fewer over the
// samples' halves (held out: +2 / −1); the three declines it cost on the tuning halves had been
// made by accident (each question's real change was another word).
const FLOORS: Floor[] = [
  { file: 'test/fixtures/dev.jsonl', tune: [1, 1], holdout: [1, 1] },
  // Twentieth pass: tune 1.0 (and community tune 0.952, fresh shipped batches 2 to 5 and the first
  // benchmark sample up) when a question in words no source holds came to be answered from the rest
  // of it, by a sentence that holds that rest and words them by their definitions ("following
  // Council authorisation" for "approval", "tailored" for "customised").
  // Held out 1.0 (twenty-seventh session) when an adjective written as a name ("European") came to be said by
  // the names of what its own name begins ("European Union": "the EU delegation").
  { file: 'test/fixtures/paraphrases.jsonl', tune: [1, 1], holdout: [1, 1] },
  // Held out 1.0 answered since the comma closing a phrase that opens a sentence ("Through the
  // Strategic Compass, the EU …") stopped counting as a description (sixteenth pass).
  { file: 'test/fixtures/community.jsonl', tune: [0.952, 1], holdout: [1, 1] },
  {
    file: 'test/fixtures/multi/questions.jsonl',
    corpus: MULTI_CORPUS,
    tune: [1, 1],
    // Held out 1.0 answered since a choice between two ("the 15th or 16th") came to be held by
    // either side (eighteenth pass).
    holdout: [1, 1],
  },
  // Fresh questions (2026-12-04), written by someone who never saw the code, in the community's
  // styles (chat shorthand, typos, paraphrase in words the articles do not use): the honest
  // measure of how far the answers generalise (README, "Answer quality").
  // Held out 1.0 declined since a rank the question asks ("the fourth") came to be held like a number.
  // Tune 0.739 since an adverb WordNet holds whole ("ahead of time") came to be left out (eighteenth pass).
  // Held out 0.681 since a verb the article has only as a narrower term ("look forward" for
  // "watching") stopped holding its sentences to it (nineteenth pass).
  // Tune 0.782 when a kind a what-question asks for that no source names ("what approval") came
  // to be found by the definition of what the answer names ("authorisation") (twentieth pass).
  // Tune 0.826 (twenty-third pass) when a yes/no question offering alternatives came to be answered
  // by the side a source says ("one-size-fits-all, or customised per country").
  // Held out 0.727 (twenty-seventh session) when an adjective written as a name ("European") came to be said by
  // the names of what its own name begins ("European Union": "the EU delegation").
  { file: 'test/fixtures/fresh-shipped.jsonl', tune: [0.826, 1], holdout: [0.727, 1] },
  // Thirty-third pass: held out declined 0.733 (who acted for a party).
  {
    file: 'test/fixtures/multi/fresh-questions.jsonl',
    corpus: MULTI_CORPUS,
    // 0.742 / 0.571 answered since 2026-12-05, when the scorer came to read a sources answer's
    // citations (outlet, date) as that answer: the bot's answers did not change. Tune 0.771 since
    // "the two presidents" came to speak of the two the article titled so together. Held out 0.6
    // since a written-out name typed in lower case came to be a name (seventeenth pass). Tune 1.0
    // declined since a name made from another ("Indian") came to be found by that one's glossary
    // names ("Bharat") too (nineteenth pass).
    tune: [0.771, 1],
    holdout: [0.6, 0.733],
  },
  // A second batch (2026-12-04, later), written after the first batch's fixes: none of them moved it.
  // Held out 0.8 declined and, on the second multi batch, tune 0.826 answered since a passage came to
  // be indexed with the people it gives the words of without naming them (seventeenth pass).
  // Held out 0.533 (and the second multi batch's 0.772, fresh shipped 4's 0.777, fresh shipped 5's
  // 0.636) when "side" came to shape a question as the parties it stands for ("the EU side",
  // "both sides"; twenty-first pass).
  // Held out 1.0 declined when what a sentence says will happen came to be read as still to come
  // ("posted … that it will be signed": no post after the signing).
  // Tune 0.533 (twenty-third pass) when a verb no source holds came to be read by its GloVe
  // neighbours ("stopping conflicts": "preventing", by its stem the sources' "conflict prevention").
  // Tune 0.6 (twenty-fifth pass) when what a document says came to be answered by the sentence
  // giving its words, of two about as good.
  { file: 'test/fixtures/fresh-shipped-2.jsonl', tune: [0.6, 1], holdout: [0.533, 1] },
  // Thirty-third pass: held out answered 0.818 -> 0.772, lowered for a stated trade: a "who … for <party>" question must be answered by a sentence saying someone acts for that party; over all sets it declined 4 more held-out and 4 more tuning questions and lost this answer and one other (new articles 10).
  {
    file: 'test/fixtures/multi/fresh-questions-2.jsonl',
    corpus: MULTI_CORPUS,
    tune: [0.826, 0.875],
    // Held out 0.818 (twenty-second pass) when a word chat shortens came to read as the word the
    // sources write out ("def min", "tech"). Fortieth pass: held out 0.818 again (a word WordNet has chiefly as an adverb, "beforehand").
    holdout: [0.818, 1],
  },
  // The public benchmark sample (bench/data): Wikipedia, with adversarial unanswerable questions.
  // Tune 0.803 → 0.797 (2026-12-04): one answer had been right only because a sentence outside any
  // quotation took "Dutch Rijn" for its speaker, and with it the question's word "Dutch"; then
  // 0.807 when a reference mark ("….[note 7] The …") came to end a sentence; 0.818 / 0.662 when
  // "how long did X …" came to ask a duration (+2 answered, −2 declined: "how long did the Ice
  // Ages last" is now answered); 0.823 / held out 0.709 when the question's own wording came to
  // break ties between sentences holding the same stems ("the Normans" over "Norman knights");
  // held out 0.704 / 0.531 (and 0.588 declined on the second) when a sentence answering in place of
  // a best one that says otherwise came to have to supply the person, date or place asked for;
  // tune 0.828 when a name English does not use came to count though written once ("Macron"); 0.668
  // declined when a rank came to be held like a number.
  // Tune 0.834 (eighteenth pass) when a question-shaping word came to be searched by its stem too.
  // Held out 0.525 declined (nineteenth pass) when a verb an article has only as a narrower term
  // stopped holding its sentences to it; on the second sample that answered one more on the tuning
  // half and declined one fewer held out.
  // Held out 0.518 declined (twenty-first pass) when a nationality modifying a word ("French city")
  // came to be said by its country ("in France"): one decline lost here, two answers gained on the
  // second sample's held-out half.
  // Tune 0.844 when "team" came to stand for the party it names, as "side" does ("who did the
  // Normans team up with").
  // Tune 0.662 declined (twenty-third pass) when a verb no source holds came to be read by its
  // GloVe neighbours the sources hold: "what type of arch did the Normans invent" is now answered.
  // Thirty-second pass: held out 0.704 answered (one fewer) when a question about where a named
  // person comes from ("What nationality was …", "where is … originally from") came to need a
  // sentence tying them to a people or a place; over the three samples it declined 4 more
  // adversarial questions on the tuning halves and 5 more held out, for that one answer.
  // Thirty-third pass, raised at its end: tune declined 0.675.
  // Thirty-fourth pass, raised at its end: held out 0.709 answered.
  { file: SQUAD_QUESTIONS, corpus: SQUAD_CORPUS, tune: [0.844, 0.675], holdout: [0.709, 0.518] },
  // Held out 0.527 answered (2026-12-05, sixteenth pass) when an adverb no source writes came to
  // weigh nothing in coverage.
  // Tune 0.523 (and the third sample's 0.627) when a verb a sentence words by a definition, holding
  // nearly all the rest of the question, stopped vetoing it (twentieth pass).
  // Tune 0.527, held out 0.541 since the same change and a kind the question capitalises ("What
  // French City") came to be the slot (twenty-first pass).
  // Tune 0.543 declined when "uses" came to shape the question, as "used" does.
  // Tune 0.537 (twenty-fourth pass) when people of a party named before them ("Huguenot
  // colonists") came to stand for the party, as "side" does.
  // Held out 0.587 declined (twenty-fifth pass) when a verb of intent framing the question came to
  // weigh nothing.
  // Tune 0.541 answered (thirtieth pass) when a verb no source holds came to be read by the corpus verbs of its own frequent senses ("headed": "led").
  // Thirty-first pass: tune 0.546 answered, held out 0.583 declined, when an acronym the sources
  // print ("EU") came to be named by the one name they write out with its initials ("European
  // Union"); one held-out adversarial question the name check had declined is now answered.
  // Thirty-second pass: tune 0.557, held out 0.606 declined (where a named person comes from).
  // Thirty-seventh pass: tune 0.552 declined, when a question's verb came to be read by the corpus
  // verb its first sense is a kind of ("swapping": "exchange"): "what is the escape … unlikely to
  // accomplish" reaches "has little effect" (accomplish is a way to effect, a noun there); our sets
  // gained two on their tuning halves, both held-out sides gained one answer each.
  // Held out 0.55 answered at the same pass's end.
  // Thirty-eighth pass: tune 0.548 declined, when "what is one / some / an example of X" came to ask
  // for members of X, which a sentence introducing them gives ("X include …", "such as"): "an example
  // of a rotary engine without leakage" reaches "a pistonless rotary engine such as the Wankel
  // engine"; the third sample gained two answers on its tuning half and one held out.
  // Thirty-ninth pass: tune 0.55 (a named thing of several words is of its kinds: "Staten Island" a borough).
  { file: SQUAD_2_QUESTIONS, corpus: SQUAD_2_CORPUS, tune: [0.55, 0.548], holdout: [0.55, 0.606] },
  // A third sample (2026-12-04, "1973 oil crisis" and "European Union law"), added as an untouched
  // check: no ranking change was made on it; its floors are what the code reached when it came.
  // Held out 0.666 answered since the same change (sixteenth pass); tune 0.603 answered and held out
  // 0.615 declined since written-out names typed in lower case came to be names (seventeenth pass).
  // Eighteenth pass: held out 0.609 declined when a verb one with its particle ("showed up") stopped
  // being held to the bare verb; then tune 0.621 and held out 0.678 answered, 0.597 declined, when
  // an acronym that is an English word ("SAFE") came to stand for its name typed in capitals.
  // Held out 0.684 answered (twenty-second pass) when "who did X" came to ask for X's doer.
  // Held out 0.696 (twenty-fifth pass) when a question about an outlet came to quote its sentence
  // saying what the opening does not (measured there, not tuned on).
  // Held out 0.603 declined (twenty-seventh pass) when a name opening a sentence came to give its
  // initials with its first word ("Air Vice Marshal …": "AVM").
  // Thirty-first pass: tune 0.662, held out 0.702 answered and 0.597 declined, by the same acronym
  // change, found on this sample's tuning half ("general principles of EU law", where the sentence
  // writes "European Union law").
  // Thirty-second pass: held out 0.708 answered when a word WordNet has only as a verb came to be
  // read as a noun after a determiner.
  // Thirty-third pass, raised at its end: tune declined 0.611.
  // Thirty-seventh pass: tune 0.668 answered (the US named by "American", the adjective of America).
  // Thirty-eighth pass: tune 0.68, held out 0.714 answered ("what is one / some supplementary source
  // of EU law" asks for members of the kind, which "… include case law" gives).
  // Fortieth pass: tune declined 0.617 ("may" the modal verb no month).
  { file: SQUAD_3_QUESTIONS, corpus: SQUAD_3_CORPUS, tune: [0.68, 0.617], holdout: [0.714, 0.609] },
  // Fresh sets of the eighteenth pass (2026-12-05), written by helpers who never saw the code: new
  // articles in new styles (a wire report and analysis; an interview, a timeline, a regional report
  // and a column; a press release, a list, a business story and a feature), each with the shipped
  // article, and two more batches of shipped-article questions. Their held-out halves were scored,
  // never read; their floors are what the code reached at the end of that pass.
  // Tune 0.913 (nineteenth pass): the narrower-term change above.
  // Held out 0.909 (twenty-ninth pass) when a question about the piece itself, with nothing else
  // asked ("where is this story from"), came to be one about the sources.
  { file: 'test/fixtures/fresh-shipped-3.jsonl', tune: [0.956, 1], holdout: [0.909, 0.857] },
  // Thirty-third pass: tune declined 1 (who acted for a party).
  {
    file: 'test/fixtures/fresh3/questions.jsonl',
    corpus: 'test/fixtures/fresh3/corpus',
    // Tune 0.72 (and new articles 2's 0.714) when a passage came to be indexed with the offices of
    // the speakers it does not name ("did the minister say …", "the admiral's biggest fear").
    // Tune 0.76 (twenty-second pass) when "who signs them" came to ask for the verb's doer; 0.8
    // (twenty-sixth) when "FY" came to stand for the "financial year" an article writes once.
    tune: [0.8, 1],
    holdout: [0.68, 0.8],
  },
  // Thirty-second pass: held out 0.809 answered when "the columnist" came to name a column's
  // writer.
  {
    file: 'test/fixtures/fresh4/questions.jsonl',
    corpus: 'test/fixtures/fresh4/corpus',
    // Tune 0.761 (twenty-fifth pass) when a misspelt "-ed" word came to be read as a verb, and a
    // sentence saying the verb of "the" thing the sentence before names came to cover it with that one.
    // 0.809 (twenty-sixth) when "how long … take" came to be answered by "expects to take at least a year".
    tune: [0.809, 0.777],
    // Held out 0.714 (twenty-third pass) when a verb no source holds came to be read by its GloVe
    // neighbours; 0.761 (twenty-fifth) when a question about an outlet came to quote its sentence
    // saying what the opening does not.
    holdout: [0.809, 0.777],
  },
  // Thirty-third pass: tune declined 0.888 (who acted for a party).
  {
    file: 'test/fixtures/fresh5/questions.jsonl',
    corpus: 'test/fixtures/fresh5/corpus',
    // Tune 0.666 declined when a financial year ("2026-27") came to be one term, not two numbers a
    // date holds ("27 January 2026"); 0.777 when "what exact date" came to want a day of the month.
    tune: [0.666, 0.888],
    // Held out 0.380 (twenty-first pass) when "how many people" came to count any plural of a person.
    holdout: [0.38, 0.666],
  },
  // Tune 0.888 (twenty-fourth pass) when a "not" after "or" ("an important step or not") came to
  // negate nothing and ask about nothing.
  // Tune 0.944 (twenty-fifth pass) when "led by X" came to answer "who led" past a best sentence
  // that says no one led.
  // Held out 1 declined (twenty-sixth) when "the names of the service chiefs" came to want names beside "chiefs".
  { file: 'test/fixtures/fresh-shipped-4.jsonl', tune: [0.944, 1], holdout: [0.777, 1] },
  // Written last (Indian official and wire styles): no rule made before it moved it; tune 0.571
  // when a verb in what someone said something about stopped being held to the sentence; 0.619
  // (and held out 0.619) when "Indian" came to be found by India's glossary names ("Bharat").
  // Thirty-fifth pass, raised at its end: held out 0.666 (a verb with the preposition of its object).
  {
    file: 'test/fixtures/fresh7/questions.jsonl',
    corpus: 'test/fixtures/fresh7/corpus',
    tune: [0.619, 0.888],
    // Held out 0.523 when "conveyed" came to report speech ("Verhoeven conveyed that …"); 0.571
    // with the narrower-term change (nineteenth pass).
    holdout: [0.666, 0.666],
  },
  // Nineteenth pass (2026-12-05): a fifth batch of shipped-article questions and a corpus in four
  // more styles (an FAQ, a live blog, a first-person column, a regional report with Indian number
  // formats), written by helpers who never saw the code and scored once, whole, before any change
  // looked at them (shipped 63.6% / 81.3%, the new corpus 44.4% / 78.6%; at the session's start
  // 61.4% / 81.3% and 44.4% / 78.6%). Their held-out halves stay unread.
  // Tune 0.818 when a noun typed in lower case after a determiner ("that day") stopped being read
  // as the name the sources capitalise it in ("Republic Day").
  // Held out 0.545 (twenty-first pass) when an adverb of the asking ("actually") stopped counting
  // as a word of what "what is X" describes.
  // Tune 0.875 declined with the same reading of "will be signed".
  // Held out 0.681 (twenty-eighth pass) when a story's dateline came to be asked about as the sources ("datelined").
  // Held out 0.727 (thirtieth pass) when a verb no source holds came to be read by the corpus verbs of its own frequent senses ("headed": "led").
  { file: 'test/fixtures/fresh-shipped-5.jsonl', tune: [0.863, 0.875], holdout: [0.727, 0.875] },
  // Twentieth pass (2026-12-05): a sixth batch of shipped-article questions, written by a helper who
  // never saw the code and asked to paraphrase in at least half; scored once, whole, before any
  // change looked at it: 34.1% answered / 93.8% declined at the session's first commit (ae408df),
  // 36.4 / 93.8% with the pass's rewording. Its held-out half stays unread.
  // Tune 0.5 (twenty-first pass) with the same change and "wats" read as "what is"; 0.545
  // (twenty-second) when the title the article gives a quote's speaker came to count as said in it;
  // 0.59 when "the two sides" came to stand for the parties in any words.
  // Tune 0.636 and held out 0.318 (twenty-third pass) when a verb no source holds came to be read by
  // its GloVe neighbours ("were any EU missions featured in the parade").
  // Tune 1 declined (twenty-sixth) when "the names of the service chiefs" came to want names beside "chiefs".
  // Held out 0.363 (twenty-seventh session) when an adjective written as a name ("European") came to be said by
  // the names of what its own name begins ("European Union": "the EU delegation").
  // Held out 0.409 when a rank between the subject and its verb ("when did Kallas first
  // announce it") came to be an adverb of time.
  // Held out 0.454 (twenty-ninth pass) when a question about the piece itself came to be one about
  // the sources.
  // Thirty-first pass: held out 0.500 ("her hosts" and "at the start of her remarks").
  { file: 'test/fixtures/fresh-shipped-6.jsonl', tune: [0.636, 1], holdout: [0.5, 1] },
  // And a corpus of four articles in styles none had (a Q-and-A interview, a committee report with
  // reported speech, a data-heavy explainer in British English, a founder profile), with 50
  // questions: 41.7 / 85.7% at ae408df and with the rewording alike.
  {
    file: 'test/fixtures/fresh9/questions.jsonl',
    corpus: 'test/fixtures/fresh9/corpus',
    // Tune 0.555 (twenty-first pass) when "trying to raise" came to ask what is raised; 0.666
    // (twenty-fifth) when a question about an outlet came to quote its sentence saying what the
    // opening does not; 0.722 (twenty-seventh) when an interview's answer labelled "Ferrandi:" came
    // to be hers.
    tune: [0.777, 1],
    holdout: [0.333, 0.714],
    // An answer is whole sentences, and the committee report's have a median of 204 characters:
    // the held-out half's median answer is 231, over the 220 (missed, not hidden).
    maxMedian: 231,
  },
  // Twenty-first pass (2026-12-06): a seventh batch of shipped-article questions (chat preambles,
  // shorthand, non-native phrasing, a third paraphrased) and a corpus in four more styles (a live
  // blog that corrects itself, an FAQ whose acronyms are defined once, a first-person column, a
  // report translated from German), written by helpers who never saw the code and scored once,
  // whole, at the session's first commit (cea3b31): shipped 36.4% / 87.5% tune, 40.9 / 75.0% held
  // out; the new corpus 33.3 / 71.4% and 27.8 / 71.4%. Their held-out halves stay unread.
  // Tune 0.409 when "what is X actually about" came to ask what X is; 0.454 when "team" came to
  // stand for the party it names ("full teams").
  // Tune 1.0 declined with the reading of "will be signed" above.
  // Tune 0.5 (twenty-third pass) with the alternatives of a yes/no question, as for the first batch.
  // Held out 0.454 (twenty-fourth pass) when a missing word came to be worded by the sentence
  // holding a word it defines, though another sentence answered the rest of the question better.
  // Tune 0.545 (twenty-fifth pass) when a question after another naming one person came to name
  // the "he" it points back to.
  // Held out 0.875 declined (twenty-sixth) when "the names of the service chiefs" came to want names beside "chiefs".
  // Tune 0.590 (twenty-seventh session) when an adjective written as a name ("European") came to be said by
  // the names of what its own name begins ("European Union": "the EU delegation").
  // Held out 0.5 (thirtieth pass) when an -ing form typed without its g ("watchin") came to be read.
  // Thirty-first pass: tune 0.636 ("outside the bloc" as "non-EU").
  // Thirty-third pass: held out 0.545 (a person named by sex alone, "the EU lady").
  // Thirty-eighth pass: tune 0.681 ("is this a big deal": a word of importance answers).
  { file: 'test/fixtures/fresh-shipped-7.jsonl', tune: [0.681, 1], holdout: [0.545, 0.875] },
  {
    file: 'test/fixtures/fresh10/questions.jsonl',
    corpus: 'test/fixtures/fresh10/corpus',
    // Tune 0.388 when what someone said something about came to end where a clause saying which
    // begins ("about the parade she watched the day before"); 0.5 when "uses" came to shape the
    // question as "used" does (its stem is "US") and "how many people" to count "28 members";
    // 0.555 when "what does X stand for" came to be answered by the name written out beside the
    // acronym, and an opening "wat" to read as "what" in the question's wording too.
    // Tune 0.857 declined (twenty-second pass) when "who is the operation commander" came not to be
    // answered by a "deputy operation commander". 0.611 (twenty-sixth) when "how long was he
    // ambassador" came to be answered by the years he served ("from 2011 to 2015").
    // Tune 1.0 declined (thirtieth) when "how much … per vessel" came to want an amount for each.
    tune: [0.611, 1],
    // Held out 0.857 declined when "what exact date" came to want a day of the month.
    holdout: [0.277, 0.857],
  },
  // Twenty-second pass (2026-12-06): an eighth batch of shipped-article questions (chat with
  // shortened words, paraphrase, someone's words by their title) and a corpus in four more styles
  // (a magazine feature whose quotes sit paragraphs from their speakers, an interview transcript, a
  // think-tank report summary, a regional report that corrects earlier figures), written by
  // helpers who never saw the code and scored once, whole, at the session's first commit
  // (f32ba1f): shipped 59.1 / 75.0% tune, 59.1 / 87.5% held out; the new corpus 33.3 / 100% and
  // 44.4 / 71.4%. Their held-out halves stay unread.
  // Tune 0.727 when shortened words ("def min", "tech") came to read as the words the sources
  // write out, and a quote's speaker's title came to count as said in it.
  // Tune 0.875 declined when a rank the question gives came to be contradicted by another.
  // Tune 1.0 declined (twenty-fifth pass) when "on India's behalf" came to read as "on behalf of India".
  // Tune 0.772 (twenty-seventh pass) when a named person's words came to be held to the question's verb
  // only where that person uses it ("according to Singh, what does the signing show").
  // Thirty-third pass: held out 0.636 (a speaker's next sentence going on about what is asked).
  { file: 'test/fixtures/fresh-shipped-8.jsonl', tune: [0.772, 1], holdout: [0.636, 0.875] },
  {
    file: 'test/fixtures/fresh11/questions.jsonl',
    corpus: 'test/fixtures/fresh11/corpus',
    // Tune 0.388 when a report's correction of an earlier figure came to answer in its place;
    // 0.444 (twenty-seventh pass) when an interview's answer came to refer back to its question
    // ("Because without it …").
    // Tune 0.5 (twenty-seventh pass) when an outlet came to be read by another name the glossary gives it
    // ("when did MNA publish it": Meridian News Agency).
    // Thirty-third pass: tune 0.555 (a speaker's next sentence going on about what is asked).
    tune: [0.555, 1],
    // Held out 0.5 when a name came to be named again by its last word after "the" or a
    // possessive ("Her centre"); 0.555 with the corrections above; 0.611 (thirty-first pass) when a
    // bound on an amount came to say "maximum" or "minimum".
    holdout: [0.611, 0.714],
  },
  // Twenty-fourth pass (2026-12-06): a ninth batch of shipped-article questions, written by a
  // helper who read only the article (no code, no earlier set), scored once, whole, at the
  // session's first commit (a6a288d): 68.2 / 100% tune, 59.1 / 100% held out. Its held-out half
  // stays unread.
  // Tune 0.727 when a "not" before "just" or "only" came to negate nothing; held out 0.636
  // (twenty-fifth pass) when "led by X" came to answer "who led"; tune 0.772 when "he" in a question
  // came to be the one person the remark before it names.
  // Thirty-first pass: held out 0.681 ("outside the bloc" as "non-EU").
  { file: 'test/fixtures/fresh-shipped-9.jsonl', tune: [0.772, 1], holdout: [0.681, 1] },
  // Tenth batch (twenty-fifth session), written by a helper who read only the article, scored
  // whole at that session's first commit (cb46920): 59.1 / 100% tune, 77.3 / 75% held out. Its
  // held-out half stays unread.
  // Tune 0.636 when the asker's own remark after a comma (", i always forget") came to be dropped;
  // 0.681 when an adverb before "is" ("what even is") came to be no kind asked for.
  // Held out 0.875 declined (twenty-sixth) when "the names of the service chiefs" came to want names beside "chiefs".
  // Held out 0.818 (twenty-eighth pass) when a story's dateline came to be asked about as the sources.
  // Thirty-first pass: tune 0.727 ("her hosts", "at the start").
  // Thirty-second pass: held out 0.863 when a pointing-back sentence with none of the question's
  // words came to be scored.
  // Fortieth pass: held out 0.909 (a word WordNet has chiefly as an adverb, "beforehand").
  { file: 'test/fixtures/fresh-shipped-10.jsonl', tune: [0.727, 1], holdout: [0.909, 0.875] },
  // Eleventh batch (end of the twenty-fifth session), written by a helper who read only the
  // article, scored whole at that session's last commit and at its first (cb46920): the same
  // 63.6 / 100% on both halves at both.
  // Tune 0.681 (twenty-seventh pass) when a verb of its own with its particle ("beef up") came to be
  // found by the corpus words WordNet gives it ("strengthening").
  // Thirty-first pass: tune 0.727 ("outside the EU" as "non-EU").
  // Thirty-second pass: held out 0.681 when a dateline's place came to place a story's events.
  {
    file: 'test/fixtures/fresh-shipped-11.jsonl',
    tune: [0.727, 1],
    // Thirty-eighth pass: held out 0.727 (how much something matters, by a word of importance).
    holdout: [0.727, 1],
    // Thirty-third pass: the tune half's median answer is 226, over the 220 (missed, not
    // hidden). The answer at the median, to "what did kallas think of the republic day parade",
    // now quotes her next sentence too ("It was a proud moment to see … this parade.").
    maxMedian: 226,
  },
  // Twelfth batch (twenty-sixth session), written by a helper who read only the article, scored
  // whole at that session's first commit (7ba3ee2) and at af415fa: 68.2 / 50.0% tune, 54.5 / 100%
  // held out at the first; 72.7 / 50.0% and 54.5 / 100% at af415fa ("how long … take" answered).
  // Its held-out half stays unread.
  // Tune 0.625 declined when "the names of the service chiefs" came to want names beside "chiefs".
  // Tune 0.772 (twenty-seventh session) when an adjective written as a name ("European") came to be said by
  // the names of what its own name begins ("European Union": "the EU delegation").
  // Held out 0.590 (twenty-ninth pass) when a kind of source asked for ("which news service") came
  // to be a question about the sources.
  // Held out 0.636 (thirty-first pass) when chat around a question came to be read as such ("it'd",
  // "these partnerships" after chat, "on the EU's end").
  // Thirty-third pass, raised at its end: tune declined 0.75.
  // Thirty-third pass: tune declined 0.875 (who acted for a party).
  { file: 'test/fixtures/fresh-shipped-12.jsonl', tune: [0.772, 0.875], holdout: [0.636, 1] },
  // Thirteenth batch (twenty-seventh session), written by a helper who read only the article,
  // scored whole at that session's first commit (2998c45): 31.8 / 87.5% tune, 45.5 / 75.0% held
  // out. Its held-out half stays unread.
  // Tune 0.363 (twenty-seventh session) when an adjective written as a name ("European") came to be said by
  // the names of what its own name begins ("European Union": "the EU delegation").
  // Tune 0.409 (twenty-seventh pass) when a named person's words came to be held to the question's verb
  // only where that person uses it ("according to Singh, what does the signing show").
  // Tune 0.454 when "first" between the subject and its verb came to be an adverb of time.
  // Tune 0.5 (twenty-seventh pass) when a verb of its own with its particle ("beef up") came to be
  // found by the corpus words WordNet gives it ("strengthening").
  // Tune 1.0 declined (twenty-eighth pass) when "non-Asian" came to be the opposite of "Asian".
  // Held out 0.5 (twenty-ninth pass) when "wire service" came to name a source, as WordNet's "news
  // agency" does.
  // Thirty-second pass: held out 0.875 declined (where a named person comes from).
  // Held out 0.545 answered ("the EU official who …", a person a relative clause says who is).
  { file: 'test/fixtures/fresh-shipped-13.jsonl', tune: [0.5, 1], holdout: [0.545, 0.875] },
  // Fourteenth batch (twenty-seventh session, written by a helper who read only the article after
  // the pass's first rules had landed), scored whole at the pass's first commit (2998c45) and at
  // 56fbaf9: 63.6 / 87.5% tune and 68.2 / 100% held out at the first; 72.7 / 87.5% tune at 56fbaf9
  // ("the European delegation", "what did Rajnath Singh say the signing demonstrated"), held out
  // the same. Its held-out half stays unread.
  // Tune 0.772 when "theres", "thats" typed without the apostrophe came to be read as "there's".
  // Tune 1.0 declined (twenty-eighth pass) when "who was the journalist" came to want a byline.
  // Held out 0.727 (twenty-ninth pass) when a noun of two words WordNet gives a source's name by
  // came to ask about the sources.
  // Tune 0.818 (thirtieth pass) when a verb no source holds came to be read by the corpus verbs of its own frequent senses ("headed": "led").
  { file: 'test/fixtures/fresh-shipped-14.jsonl', tune: [0.818, 1], holdout: [0.727, 1] },
  // Fifteenth batch (twenty-eighth session), written by a helper who read only the article,
  // scored whole at that session's first commit (34b7111): 86.4 / 87.5% tune, 68.2 / 87.5% held
  // out. Its held-out half stays unread.
  // Tune 0.909 when a story's dateline came to be asked about as the sources ("datelined from").
  // Held out 1.0 declined when a question asking who wrote a piece came to want a byline.
  // Thirty-first pass: tune 0.954 ("her hosts", "at the start of her remarks").
  { file: 'test/fixtures/fresh-shipped-15.jsonl', tune: [0.954, 0.875], holdout: [0.681, 1] },
  // A sixteenth batch of new questions about the shipped article (twenty-ninth session), by a helper
  // who saw no code, asked to paraphrase heavily ("pen to paper", "green light", "a heads up");
  // scored whole at a0ff644: 40.9 / 100% tune, 31.8 / 100% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh-shipped-16.jsonl',
    // Tune 0.454 when "which wire service is this from" came to ask about the sources; 0.5
    // (thirtieth pass) when "watchin" came to be read as "watching"; 0.545 (thirty-first) when
    // "outside the bloc" came to be the sources' "non-EU".
    tune: [0.545, 1],
    // Thirty-seventh pass: held out 0.363 ("how important" shaping the question).
    holdout: [0.363, 1],
    // The tuning half's median answer is 269 characters, over the 220 (missed, not hidden):
    // the shipped article's opening sentence alone is 296, and quoting it answers the questions
    // about the sources (244 before "which wire service" came to be one).
    maxMedian: 269,
  },
  // A nineteenth batch of new questions about the shipped article (end of the thirtieth session),
  // by a helper who saw no code, asked for fast phone typing and English as a second language
  // (keyword queries, dropped words, "what all areas"); scored whole at 731e8e6 and at the
  // session's first commit (66ce11c) alike: 50.0 / 75.0% tune, 36.4 / 75.0% held out. Its held-out
  // half stays unread.
  // Thirty-second pass: tune 0.875 declined ("kallas nationality?").
  // Thirty-ninth pass: tune 0.545 (an adjective defined as of a noun: "sea security").
  { file: 'test/fixtures/fresh-shipped-19.jsonl', tune: [0.545, 0.875], holdout: [0.363, 0.75] },
  // A twentieth batch of new questions about the shipped article (start of the thirty-first
  // session), by a helper who saw no code, asked as a community server talks: comparisons ("is this
  // the same as the one with Japan"), a detail inside a long sentence in other words, yes/no,
  // questions inside chatter. Scored whole at 9d7a448, before the session's rules: 63.6 / 75.0% tune,
  // 45.4 / 100% held out. Its held-out half stays unread.
  // Tune 0.681 when "the indian minister … india" came to read "indian" as saying "india" again.
  // Thirty-third pass, raised at its end: tune declined 0.875.
  { file: 'test/fixtures/fresh-shipped-20.jsonl', tune: [0.681, 0.875], holdout: [0.454, 1] },
  // A twenty-second batch (end of the thirty-first session, written after its last rule), by a
  // helper who saw no code, asked as a newcomer or a moderator would ("what even is an SDP",
  // people by role only, numbers and order, slang). Scored whole at bb82348 and at the session's
  // first commit (9d7a448) alike: 72.7 / 62.5% tune, 36.3 / 87.5% held out. Its held-out half stays
  // unread.
  // Tune 0.818 when chat around a question came to be read as such (the rule made from this half).
  // Thirty-second pass: tune 0.863 (a claim put to check), held out 0.409 (a pointing-back sentence
  // scored).
  // Thirty-third pass, raised at its end: tune declined 0.875.
  // Thirty-third pass: tune declined 1 (who acted for a party).
  // Thirty-fifth pass, raised at its end: held out 0.454 (a country's people's words are its own).
  // Thirty-ninth pass: tune declined 0.875, lowered: "im new, who or what is ANI?" had been declined
  // only for "im", which is now read as the asker's chat (held out +1 answered on this set).
  // Thirty-ninth pass: held out 0.5 (the asker's own chat before a question).
  { file: 'test/fixtures/fresh-shipped-22.jsonl', tune: [0.863, 0.875], holdout: [0.5, 0.875] },
  // A twenty-third batch (start of the thirty-second session), by a helper who saw no code, asked
  // as a community checks facts: "is it true that …", lists, orders and counts ("which came
  // first"), other words for the article's ("top diplomat", "put pen to paper"), casual typing.
  // Scored whole at 2066473, before the session's rules: 59.0 / 100% tune, 54.5 / 87.5% held out.
  // Its held-out half stays unread.
  // Thirty-second pass: tune 0.681, held out 0.59 (chat forms, claims put to check).
  // A twenty-fourth batch (end of the thirty-second session, written during it by a helper who saw
  // no code and not read until the pass's last rule): questions by non-native speakers, questions
  // pointing at where in the article something is, why / how / what for, very short and very long.
  // Scored whole at 2066473 and at the pass's last rule alike: 81.8 / 87.5% tune, 81.8 / 100% held
  // out. Its held-out half stays unread.
  // Thirty-second pass, after it was scored: tune 0.909 (where in the text, reasons after).
  { file: 'test/fixtures/fresh-shipped-24.jsonl', tune: [0.909, 0.875], holdout: [0.818, 1] },
  // A twenty-fifth batch (end of the thirty-second session, written during it by a helper who saw
  // no code and not read until after the pass's rules): a teacher's and a student's questions, a
  // moderator checking a pinned fact, people by role only or by a title they do not hold, two facts
  // asked at once. Scored whole at 2066473 and at a685022 (the pass's last rule then) alike:
  // 22.7 / 75.0% tune, 45.4 / 100% held out. Its held-out half stays unread.
  // Thirty-second pass, after it was scored: tune 0.454, held out 0.5 (requests, titles not held).
  // Thirty-fourth pass, raised at its end: held out 0.59 (chat before a question dropped).
  { file: 'test/fixtures/fresh-shipped-25.jsonl', tune: [0.454, 0.75], holdout: [0.59, 1] },
  // Thirty-third pass, raised at its end: held out answered 0.636.
  { file: 'test/fixtures/fresh-shipped-23.jsonl', tune: [0.681, 1], holdout: [0.636, 0.875] },
  // A twenty-sixth batch (start of the thirty-third session), by a helper who saw no code: counts
  // and dates worked out from the text, a phrase quoted back ("who called it a milestone"),
  // Hinglish and chat formatting, which-came-first and either/or questions, an editor's requests for
  // a line to quote. Scored whole at ed4e34d, before the session's rules: 54.5 / 87.5% tune, 50.0 /
  // 87.5% held out. Its held-out half stays unread.
  // Thirty-third pass: tune 0.636 ("which came first, … or …").
  { file: 'test/fixtures/fresh-shipped-26.jsonl', tune: [0.636, 0.875], holdout: [0.5, 0.875] },
  // A twenty-eighth batch (written during the thirty-third session by a helper who saw no code, not
  // read until the pass's last rule, d47c3e7): things named by description, purpose and
  // consequence, yes/no answered by a quote, phone typing, non-native grammar. Scored whole at
  // ed4e34d and at d47c3e7 alike: 63.6 / 100% tune, 63.6 / 87.5% held out. Its held-out half stays
  // unread.
  // After it was read: tune 0.681 ("hw did kallas describe the signing").
  { file: 'test/fixtures/fresh-shipped-28.jsonl', tune: [0.681, 1], holdout: [0.636, 0.875] },
  // A twenty-ninth batch (start of the thirty-fourth session), by a helper who saw no code:
  // exclusion and negation ("apart from rajnath, who …"), two questions at once, fragments
  // ("date?"), a student's quiz, the headline quoted back, emoji and slang, why and how. Scored whole
  // at 2f82447, before the session's rules: 40.9 / 87.5% tune, 54.5 / 87.5% held out. Its held-out
  // half stays unread.
  // Thirty-fourth pass, raised at its end: tune 0.636, held out 0.59.
  // Thirty-ninth pass: held out 0.636 (the asker's own chat before a question).
  // Fortieth pass: tune declined 0.875 -> 0.75, lowered for a stated reason: "apart from Kallas, who
  // else was on the EU delegation" had been declined only because no source writes "apart", which
  // now weighs nothing as a word WordNet has chiefly as an adverb ("beforehand"); the question
  // still asks for people no source names, and is answered with the chiefs who met the delegation.
  { file: 'test/fixtures/fresh-shipped-29.jsonl', tune: [0.636, 0.75], holdout: [0.636, 0.875] },
  // A thirtieth batch (written during the thirty-fourth session by a helper who saw no code, not read
  // until 6a84345, the pass's ninth commit): everyday words for the article's ("army bosses", "top
  // diplomat"), counts and ranks, sceptics arguing, what someone thinks or hopes, long questions
  // with background first, paragraphs named by their content. Scored whole at 2f82447 and at
  // 6a84345 alike: 4.5 / 100% tune, 13.6 / 87.5% held out, the lowest of any batch: most are
  // declined for the chat and opinion around the question ("skeptic here: …, right?"), words no
  // source holds. Its held-out half stays unread.
  // Thirty-fourth pass, raised at its end: tune 0.09.
  // Fortieth pass: tune 0.136, held out 0.181 (the paragraph a question points into).
  { file: 'test/fixtures/fresh-shipped-30.jsonl', tune: [0.136, 1], holdout: [0.181, 0.875] },
  // A thirty-first batch (written during the thirty-fourth session by a helper who saw no code, not
  // read until b6bdc03, the pass's last rule): the EU's partnerships in general, pronouns the
  // article makes clear, comparisons, claims to confirm, headline-only readers, Indian English
  // ("kindly tell", "Kallas ji"). Scored whole at 2f82447: 13.6 / 87.5% tune, 22.7 / 100% held out;
  // at b6bdc03: held out 27.2% answered. Its held-out half stays unread.
  // After it was read: held out 0.363 (Indian English politeness and Hindi's honorific as chat).
  // A thirty-second batch (end of the thirty-fourth session, by a helper who saw no code, asked
  // for plain one-sentence questions as most members type them, every paragraph covered; read only
  // after the pass's last rule, 38c6f91). Scored whole at 2f82447 and at 38c6f91 alike: 81.8 /
  // 87.5% tune, 100 / 100% held out. Its held-out half stays unread.
  // Thirty-seventh pass: tune 0.863 ("how big a deal is it" asks what it is called).
  { file: 'test/fixtures/fresh-shipped-32.jsonl', tune: [0.863, 0.875], holdout: [1, 1] },
  // A thirty-third batch (written during the thirty-fifth session by a helper who saw no code,
  // plain one-sentence questions from different readers). Scored whole at 5d326fa and at cf76936
  // alike: 72.7 / 87.5% tune, 63.6 / 50% held out. Its held-out half stays unread.
  // Thirty-eighth pass: tune 0.772 ("does kallas think the signing is a big deal": "a milestone").
  { file: 'test/fixtures/fresh-shipped-33.jsonl', tune: [0.772, 0.875], holdout: [0.636, 0.5] },
  // A thirty-fourth batch (written at the start of the thirty-sixth session by a helper who saw no
  // code, plain one-sentence questions over every part of the article). Scored whole at b2bdf38:
  // 54.5 / 87.5% tune, 59.0 / 100% held out. Its held-out half stays unread.
  // Thirty-seventh pass: held out 0.636 by the same rule, not blind: a search for that wording had
  // printed the held-out question's text before the rule was built.
  // Thirty-ninth pass: tune 0.59 (an adjective defined as of a noun: "security at sea").
  { file: 'test/fixtures/fresh-shipped-34.jsonl', tune: [0.59, 0.875], holdout: [0.636, 1] },
  // A thirty-fifth batch (written during the thirty-sixth session by a helper who saw no code, plain
  // questions from several kinds of reader). Scored whole at b2bdf38 and at 7ac9615, after the
  // pass's rules, alike: 68.1 / 87.5% tune, 68.1 / 75% held out. Its held-out half stays unread.
  // Thirty-seventh pass: tune 0.727 ("how important are partnerships to the compass").
  { file: 'test/fixtures/fresh-shipped-35.jsonl', tune: [0.727, 0.875], holdout: [0.681, 0.75] },
  // Two more batches (start of the thirty-seventh session, each by a helper who saw no code, plain
  // one-sentence questions over every part of the article). Scored whole at b05e354: the
  // thirty-sixth 81.8 / 87.5% tune, 86.3 / 100% held out; the thirty-seventh 95.4 / 87.5% tune,
  // 72.7 / 100% held out. The thirty-sixth's held-out half stays unread; the thirty-seventh stays
  // unread whole, both halves held out for the pass.
  // Thirty-seventh pass: tune 0.863 (what a thing is for, "to" and a verb), and 1 declined (a
  // word standing for the next one stands for no kind of it: "trade agreement"); then 0.909
  // answered ("according to the EU" links no thing to the EU).
  { file: 'test/fixtures/fresh-shipped-36.jsonl', tune: [0.909, 1], holdout: [0.863, 1] },
  // Fortieth pass: held out 0.772 (a word WordNet has chiefly as an adverb, "beforehand").
  { file: 'test/fixtures/fresh-shipped-37.jsonl', tune: [0.954, 0.875], holdout: [0.772, 1] },
  // Two more batches (start of the thirty-eighth session, each by a helper who saw no code, plain
  // one-sentence questions over every part of the article; the thirty-ninth asked to be typed as
  // in chat: "so", "wait", "quick q", dropped apostrophes, a typo). Scored whole at 98a828a: the
  // thirty-eighth 81.8 / 100% tune, 72.7 / 87.5% held out; the thirty-ninth 63.6 / 100% tune,
  // 72.7 / 75% held out. The thirty-eighth's held-out half stays unread; the thirty-ninth stays
  // unread whole, both halves held out for the pass.
  // Thirty-ninth pass: held out 0.772 (an adjective defined as of a noun).
  { file: 'test/fixtures/fresh-shipped-38.jsonl', tune: [0.818, 1], holdout: [0.772, 0.875] },
  // Fortieth pass: tune 0.681 (a word WordNet has chiefly as an adverb, "beforehand").
  { file: 'test/fixtures/fresh-shipped-39.jsonl', tune: [0.681, 1], holdout: [0.727, 0.75] },
  // Two more batches (start of the thirty-ninth session, each by a helper who saw no code): the
  // fortieth asked for a lead-in before half its questions ("saw the news today —", "for my class
  // presentation:") and for words the article does not use; the forty-first for indirect, polite
  // asking ("does anyone know who …", "any idea when …") and questions about the report itself.
  // Scored whole at 1729470: the fortieth 54.5 / 100% on both halves; the forty-first 72.7 / 100% on
  // both. The fortieth's held-out half stays unread; the forty-first stays unread whole.
  // Thirty-ninth pass: tune 0.636 (the asker's own chat before a question, "for my class
  // presentation:", "sorry if dumb but"); declined 0.875, lowered: "sorry if dumb but did india and
  // the eu sign a trade deal at the same meeting" had been declined for "sorry" and "dumb", and is
  // answered now that they are chat ("trade" alone, among seven words, decides nothing).
  // Thirty-ninth pass: tune 0.681 (an adjective defined as of a noun).
  { file: 'test/fixtures/fresh-shipped-40.jsonl', tune: [0.681, 0.875], holdout: [0.545, 1] },
  { file: 'test/fixtures/fresh-shipped-41.jsonl', tune: [0.727, 1], holdout: [0.727, 1] },
  // Two more batches (written at the end of the thirty-ninth session by helpers who saw no code,
  // added after its last rule): the forty-second names people and things by description ("the
  // EU's foreign policy chief", "the strategy document from 2022"); the forty-third asks for the
  // article's exact wording and counts of what it lists. Scored whole at e2336e3, before any rule
  // made from them: the forty-second 45.4 / 75% tune, 54.5 / 87.5% held out; the forty-third
  // 86.3 / 87.5% tune, 63.6 / 100% held out. The forty-second's held-out half stays unread; the
  // forty-third stays unread whole.
  // Fortieth pass: tune 0.5 (a word WordNet has chiefly as an adverb, "beforehand").
  { file: 'test/fixtures/fresh-shipped-42.jsonl', tune: [0.5, 0.75], holdout: [0.545, 0.875] },
  // Forty-first pass: held out 0.681 (the kind asked of someone's words, "what event does Kallas
  // say she saw", the slot).
  { file: 'test/fixtures/fresh-shipped-43.jsonl', tune: [0.863, 0.875], holdout: [0.681, 1] },
  // Two more batches (written early in the fortieth session by helpers who saw no code, added after
  // its last rule): the forty-fourth typed as into a search box, terse fragments and vague words
  // ("kallas job title?", "who was the EU person"); the forty-fifth by learners of English and
  // students ("by whom was the delegation led", "kindly tell …"). Scored whole at b038ec8, before any
  // rule made from them: the forty-fourth 81.8 / 100% tune, 68.1 / 75% held out; the forty-fifth
  // 86.3 / 62.5% tune, 81.8 / 62.5% held out. The forty-fourth's held-out half stays unread; the forty-fifth
  // stays unread whole.
  // Forty-first pass: tune 0.863 ("the EU person", a person named by nothing at all, the party).
  { file: 'test/fixtures/fresh-shipped-44.jsonl', tune: [0.863, 1], holdout: [0.681, 0.75] },
  { file: 'test/fixtures/fresh-shipped-45.jsonl', tune: [0.863, 0.625], holdout: [0.818, 0.625] },
  // Two more batches (written early in the forty-first session by helpers who saw no code, added
  // after its first rule): the forty-sixth a teacher's comprehension worksheet ("According to the
  // article, …") and students' own paraphrases ("the top EU diplomat"); the forty-seventh dictated
  // by voice, unpunctuated, with sound-alike slips and self-corrections ("sine", "colas", "no wait").
  // Scored whole at 673d34a, before any rule made from them: the forty-sixth 45.4 / 87.5% tune, 50 / 100%
  // held out; the forty-seventh 86.3 / 100% tune, 68.1 / 100% held out. The forty-sixth's held-out half stays unread;
  // the forty-seventh stays unread whole.
  // Forty-first pass: tune 0.5 (a verb's -s form after a relative "that", "the plan that sets out").
  { file: 'test/fixtures/fresh-shipped-46.jsonl', tune: [0.5, 0.875], holdout: [0.5, 1] },
  // Forty-first pass: held out 0.727 (a name that is the dateline's place itself).
  { file: 'test/fixtures/fresh-shipped-47.jsonl', tune: [0.863, 1], holdout: [0.727, 1] },
  {
    file: 'test/fixtures/fresh-shipped-31.jsonl',
    // Fortieth pass: tune 0.181 (the paragraph a question points into); with a fourth answer its median is 203 characters, where
    // three answers, one a long quotation, had held it at 279.
    tune: [0.181, 0.875],
    // Thirty-seventh pass: held out 0.409 (a question verb read by the corpus verb it is a kind of).
    holdout: [0.409, 1],
  },
  // A twenty-seventh batch (written during the thirty-third session by a helper who saw no code, not
  // read until bd43580, the pass's sixth rule): phrasal verbs and idioms for the article's words,
  // terms to define, details misremembered to correct, who said what, very short and very long.
  // Scored whole at ed4e34d and at bd43580 alike: 59.0 / 87.5% tune, 63.6 / 100% held out. Its
  // held-out half stays unread.
  // After it was scored: tune 0.818 (a check of what the asker remembers, "wasn't it signed in mumbai?").
  // Thirty-third pass, raised at its end: tune declined 1.
  { file: 'test/fixtures/fresh-shipped-27.jsonl', tune: [0.818, 1], holdout: [0.636, 1] },
  // A twenty-first batch (thirty-first session, written after its first rules), by a helper who saw
  // no code, asked as students and journalists check facts: false premises to correct, two
  // questions at once, fragments ("kallas title?"), questions about wording. Scored whole at
  // cf3c035 and at the session's first commit (9d7a448) alike: 81.8 / 62.5% tune, 54.5 / 75.0% held
  // out. Its held-out half stays unread.
  // Thirty-first pass: tune 0.750 declined ("names of …" read as "what are the names of …").
  // Thirty-second pass: tune 0.863, held out 0.59 (negative yes/no questions).
  // Held out 0.636 (a moderator's requests).
  // Thirty-third pass, raised at its end: held out declined 0.875.
  // Thirty-third pass: held out declined 1 (who acted for a party).
  // Thirty-fourth pass, raised at its end: held out 0.681.
  // Thirty-seventh pass: tune 0.875 declined (where someone is from, the question word after "from").
  { file: 'test/fixtures/fresh-shipped-21.jsonl', tune: [0.863, 0.875], holdout: [0.681, 1] },
  // Four more new articles beside the shipped one (end of the thirtieth session: a markets story in
  // crore and euros, a port city's report on visiting warships, a glossary of the partnership's
  // acronyms, a newsletter roundup of dated items), 60 questions by a helper who saw no code;
  // scored whole at 731e8e6 and at 66ce11c alike: 52.4 / 44.4% tune, 52.4 / 66.7% held out. Its
  // held-out half stays unread.
  {
    file: 'test/fixtures/fresh20/questions.jsonl',
    corpus: 'test/fixtures/fresh20/corpus',
    tune: [0.523, 0.444],
    holdout: [0.523, 0.777],
  },
  // Four more new articles beside the shipped one (start of the thirty-first session: a
  // parliamentary committee's report in numbered findings and a "Key numbers" list, a profile with a
  // career timeline, a think-tank Q&A in bold question lines naming its speaker once, a local story
  // on a university research project with a "Programme at a glance" list), 60 questions by a helper
  // who saw no code; scored whole at 9d7a448, before the session's rules: 33.3 / 33.3% tune, 28.5 /
  // 55.5% held out, its held-out median answer 225 characters. Its held-out half stays unread.
  // Four more new articles (end of the thirty-first session, written after its last rule: a live
  // blog of a naval exercise with a correction, a diplomat's retirement profile, a Lok Sabha written
  // answer in lettered parts, a Gdańsk shipyard training Indian welders), 60 questions by a helper
  // who saw no code. Scored whole at bb82348: 52.3 / 55.5% tune, 57.1 / 88.8% held out; at the
  // session's first commit (9d7a448) the same but 44.4% declined on the tuning half. Its held-out
  // half stays unread.
  // Four more new articles (start of the thirty-second session: a podcast transcript with two hosts
  // and a retired commodore, a timeline in dated entries, an opinion column arguing against the
  // pact and quoting those it disagrees with, a coastguard rescue drill with figures and a
  // correction), 60 questions by a helper who saw no code. Its glossary's groups of a single name
  // ("[Japan]") were taken out before scoring: the loader refuses them, naming the field. Scored
  // whole at 2066473, before the session's rules: 42.8 / 88.8% tune, 23.8 / 88.8% held out. Its
  // held-out half stays unread.
  // Thirty-second pass: tune 0.571 ("which retired general", a correction quoted with the account
  // since, "on the podcast").
  // Four more new articles (end of the thirty-second session, written during it by a helper who saw
  // no code and not read until the pass's last rule: an FAQ page under question headings, a roundup
  // of international reactions in a bulleted list, a trade-fair feature with a table of deals, a
  // fact check rating four claims), 60 questions. Scored whole at 2066473 and at the pass's last
  // rule alike: 52.3 / 88.8% tune, 52.3 / 66.6% held out. Its held-out half stays unread.
  // Four more new articles (end of the thirty-second session, written during it by a helper who saw
  // no code and not read until after the pass's rules: a tribute to a retired admiral with a list of
  // milestones, a European Parliament subcommittee hearing, a port call with a schedule of events,
  // an explainer comparing three partnerships in a table), 60 questions. Scored whole at 2066473:
  // 28.5 / 66.6% tune, 28.5 / 77.7% held out; at a685022: 19.0 / 77.7% tune (two table questions the
  // whole table had answered lost when a table's rows became sentences), held out the same. Its
  // held-out half stays unread.
  // After it was scored: tune 0.285 ("what did meera joseph say about sethuramn"; a question a
  // hearing's summary reports never quoted as its answer).
  // Four more new articles (written during the thirty-third session by a helper who saw no code, not
  // read until the pass's last rule, d47c3e7: a minister's speech in full, an unsigned editorial, a
  // "by the numbers" factbox, a roundup of officials' posts by their handles), 60 questions. Its
  // glossary's handles ("@ClaraMertensEU") were taken out before scoring: YAML refuses a plain "@"
  // and the loader said so, naming the file. Scored whole at ed4e34d and at d47c3e7 alike: 42.8 /
  // 88.8% tune, 33.3 / 66.6% held out. Its held-out half stays unread.
  // Four more new articles (written during the thirty-fifth session by a helper who saw no code,
  // plain one-sentence questions: a women officers' peacekeeping course, a ministers' call setting
  // up a counter-terrorism working group, a Czech simulator maker's office in Hyderabad, an EU
  // warship's port call at Thoothukudi told by locals), 60 questions. Scored whole at 5d326fa: 47.6
  // / 22.2% tune, 57.1 / 66.6% held out; at cf76936, before it was read: tune 33.3% declined. Its
  // held-out half stays unread.
  // After it was read: tune 0.555 declined (a sentence saying the names are not told), 0.523
  // answered (a statement giving the question someone asked).
  // Four more new articles (start of the thirty-seventh session, by a helper who saw no code, plain
  // one-sentence questions asked for: a ministry press release listing the outcomes of the first
  // military staff talks, a think-tank panel on crisis management, a High Court ruling on a sonar
  // tender, a port's dredging and berth contract), 60 questions. Scored whole at b05e354: 38.0 /
  // 66.6% tune, 42.8 / 77.7% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh40/questions.jsonl',
    corpus: 'test/fixtures/fresh40/corpus',
    // Thirty-seventh pass: tune 0.476 (what something is not, then what it is).
    tune: [0.476, 0.666],
    // Forty-first pass: held out 0.523 (the kind asked of someone's words, the slot).
    holdout: [0.523, 0.777],
    // The court report's sentences are long: one more right answer put the held-out half's median
    // at 221 characters, over the 220 (missed, not hidden).
    maxMedian: 221,
  },
  // Four more new articles (start of the thirty-seventh session, by a helper who saw no code, plain
  // one-sentence questions asked for: a university research grant, an interview under bold question
  // headings with an EEAS crisis-response official, a bomb-disposal exchange with a timeline, a
  // Kanpur body-armour makers' business story), 60 questions. Scored whole at b05e354: 61.9 / 77.7%
  // tune, 42.8 / 55.5% held out. Unread whole: both halves are held out for the pass.
  {
    file: 'test/fixtures/fresh41/questions.jsonl',
    corpus: 'test/fixtures/fresh41/corpus',
    tune: [0.619, 0.777],
    holdout: [0.428, 0.555],
  },
  // Four more new articles (start of the thirty-eighth session, by a helper who saw no code, plain
  // one-sentence questions asked for: a parliamentary committee's report with numbered findings and
  // recommendations, a live blog of an expo day under time stamps, a profile of a retired commodore
  // with a career timeline, a letters page signed by name and town), 60 questions. Scored whole at
  // 98a828a: 52.3 / 55.5% tune, 38.0 / 66.6% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh42/questions.jsonl',
    corpus: 'test/fixtures/fresh42/corpus',
    // Thirty-eighth pass: tune 0.571 (a relative clause's verb), declined 0.777 ("how much" not by
    // a count of things or a clock time; "what is X valued at" asks a sum); then 0.619 answered (a
    // letter's signature line says where its writer is from).
    tune: [0.619, 0.777],
    holdout: [0.38, 0.666],
  },
  // Four more new articles (start of the thirty-eighth session, by a helper who saw no code, plain
  // one-sentence questions asked for: a fact-check of three viral claims with verdicts, an FAQ
  // explainer under question subheadings, a search-and-rescue drill delayed by a cyclone with
  // revised dates and counts, a wire obituary of a sonar scientist), 60 questions. Scored whole at
  // 98a828a: 71.4 / 66.6% tune, 38.0 / 55.5% held out. Unread whole: both halves are held out for
  // the pass.
  {
    file: 'test/fixtures/fresh43/questions.jsonl',
    corpus: 'test/fixtures/fresh43/corpus',
    tune: [0.714, 0.666],
    holdout: [0.38, 0.555],
  },
  // Four more new articles (start of the thirty-ninth session, by a helper who saw no code): a High
  // Court ruling on a supplier's refund, a newspaper's corrections notice, a Q&A with a shipyard
  // union leader under bold question headings, a port's berth and dredging contract with figures;
  // 60 plain questions. Scored whole at 1729470: 47.6 / 44.4% tune, 33.3 / 66.6% held out. Its
  // held-out half stays unread.
  // Thirty-ninth pass: held out 0.38 (a plural's possessive is no given name).
  {
    file: 'test/fixtures/fresh44/questions.jsonl',
    corpus: 'test/fixtures/fresh44/corpus',
    tune: [0.476, 0.444],
    holdout: [0.38, 0.666],
  },
  // Four more (same session and way): a ministry press release with seven numbered outcomes, a book
  // review quoting the book, a tender notice (lots, eligibility, deadlines, contact office), a
  // student essay prize's winners with judges' remarks. Scored whole at 1729470: 28.5 / 66.6% tune,
  // 33.3 / 66.6% held out. Unread whole: both halves are held out for the pass.
  // Thirty-ninth pass: tune 0.333 (a part of those just named points back).
  {
    file: 'test/fixtures/fresh45/questions.jsonl',
    corpus: 'test/fixtures/fresh45/corpus',
    tune: [0.333, 0.666],
    holdout: [0.333, 0.666],
  },
  // Four more new articles (end of the thirty-ninth session, by a helper who saw no code, added
  // after its last rule): a job advertisement for a liaison post, a conference's call for papers,
  // a city council's minutes on a warship's port visit, a visa and travel advisory for an officer
  // exchange; 60 plain questions. Scored whole at e2336e3: 61.9 / 77.7% tune, 33.3 / 77.7% held
  // out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh46/questions.jsonl',
    corpus: 'test/fixtures/fresh46/corpus',
    tune: [0.619, 0.777],
    holdout: [0.333, 0.777],
  },
  // Four more (same session and way): a naval cadet's first-person blog of a training cruise, a
  // clause-by-clause legal explainer of a memorandum of understanding, a market report with a
  // table, a radio interview transcript with time stamps. Scored whole at e2336e3: 33.3 / 55.5%
  // tune, 66.6 / 88.8% held out. Unread whole: both halves are held out for the next pass.
  {
    file: 'test/fixtures/fresh47/questions.jsonl',
    corpus: 'test/fixtures/fresh47/corpus',
    tune: [0.333, 0.555],
    holdout: [0.666, 0.888],
  },
  // Four more new articles (early in the fortieth session, by a helper who saw no code, added after
  // its last rule): a parliament's written answer in parts (a) to (c), a podcast's show notes with
  // time stamps, a think tank's policy brief with numbered recommendations, a dated timeline of the
  // months after the signing; 60 chat questions. Scored whole at b038ec8: 52.3 / 88.8% tune, 47.6 / 55.5% held out. Its held-out
  // half stays unread.
  {
    file: 'test/fixtures/fresh48/questions.jsonl',
    corpus: 'test/fixtures/fresh48/corpus',
    tune: [0.523, 0.888],
    holdout: [0.476, 0.555],
  },
  // Four more (same session and way): a joint statement in numbered paragraphs, a student
  // newspaper's interview, a trade newsletter's contract round-up with a list, a lecture given in
  // the first person. Scored whole at b038ec8: 52.3 / 66.6% tune, 71.4 / 55.5% held out. Unread whole: both halves are held out for
  // the next pass.
  {
    file: 'test/fixtures/fresh49/questions.jsonl',
    corpus: 'test/fixtures/fresh49/corpus',
    tune: [0.523, 0.666],
    holdout: [0.714, 0.555],
  },
  // Four more new articles (early in the forty-first session, by a helper who saw no code, added
  // after its first rule): a news wire's round-up of datelined items, a fact check rating three
  // claims, a profile of a retired naval officer, a procurement tribunal's decision. Scored whole
  // at 673d34a: 47.6 / 55.5% tune, 71.4 / 66.6% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh50/questions.jsonl',
    corpus: 'test/fixtures/fresh50/corpus',
    // Forty-first pass: tune 0.523 ("the second Kochi course" in a story datelined Kochi).
    tune: [0.523, 0.555],
    holdout: [0.714, 0.666],
  },
  // Four more (same session and way): a live blog with time-stamped entries, newest first; a letters
  // page of signed letters; a data explainer with a table; a story with an editor's correction
  // note. Scored whole at 673d34a: 57.1 / 88.8% tune, 47.6 / 88.8% held out. Unread whole: both halves are held out
  // for the next pass.
  {
    file: 'test/fixtures/fresh51/questions.jsonl',
    corpus: 'test/fixtures/fresh51/corpus',
    tune: [0.571, 0.888],
    holdout: [0.476, 0.888],
  },
  // Four more new articles (written during the thirty-sixth session by a helper who saw no code,
  // plain one-sentence questions: an EU-funded coast guard course in Mumbai, a profile of India's
  // defence diplomat in Brussels, a Spanish shipyard's bid with an Indian partner, a letters page),
  // 60 questions. Scored whole at b2bdf38 and at 7ac9615 alike: 57.1 / 55.5% tune, 33.3 / 88.8%
  // held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh39/questions.jsonl',
    corpus: 'test/fixtures/fresh39/corpus',
    tune: [0.619, 0.555],
    holdout: [0.333, 0.888],
  },
  // Four more new articles (start of the thirty-sixth session, by a helper who saw no code, plain
  // one-sentence questions asked for: an Indian frigate's port call and exercise with the Italian
  // navy, an interview with a Commission official on EU defence funds for Indian firms, a Pune
  // counter-drone radar start-up's Latvian order, a timeline of the first six months), 60
  // questions. Scored whole at b2bdf38: 38.1 / 55.5% tune, 38.1 / 66.6% held out. Its held-out half
  // stays unread.
  {
    file: 'test/fixtures/fresh37/questions.jsonl',
    corpus: 'test/fixtures/fresh37/corpus',
    // Thirty-seventh pass: tune 0.571 ("27 degrees", a unit by a later sense of measure).
    tune: [0.571, 0.666],
    holdout: [0.38, 0.666],
  },
  // Four more new articles (start of the thirty-sixth session, by a helper who saw no code, plain
  // one-sentence questions asked for: a European Parliament subcommittee hearing, a search-and-
  // rescue drill off the Andamans, a retired ambassador's column, a French engine maker's talks on
  // making parts in Odisha), 60 questions. Scored whole at b2bdf38: 33.3 / 88.8% tune, 42.8 / 55.5%
  // held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh38/questions.jsonl',
    corpus: 'test/fixtures/fresh38/corpus',
    // Thirty-seventh pass: tune 0.476 ("swapping" read by "exchange", the verb it is a kind of).
    tune: [0.476, 0.888],
    holdout: [0.523, 0.555],
  },
  {
    file: 'test/fixtures/fresh36/questions.jsonl',
    corpus: 'test/fixtures/fresh36/corpus',
    tune: [0.571, 0.555],
    holdout: [0.571, 0.666],
  },
  // Four more new articles (start of the thirty-fifth session, by a helper who saw no code, plain
  // one-sentence questions asked for: a Portuguese minister's follow-up visit with a maritime
  // roadmap, a space-debris data-sharing deal, a cyclone evacuation by an Indian ship, an explainer
  // on export controls), 60 questions. Scored whole at 5d326fa and at 6d52b39 alike: 66.6 / 55.5%
  // tune, 61.9 / 66.6% held out. Its held-out half stays unread.
  // After it was read: tune 0.714 (a speaker placed by a name after a preposition), declined 0.666
  // (a sentence that gives no one's words).
  {
    file: 'test/fixtures/fresh35/questions.jsonl',
    corpus: 'test/fixtures/fresh35/corpus',
    tune: [0.714, 0.666],
    holdout: [0.619, 0.666],
  },
  // Four more new articles (start of the thirty-fifth session, by a helper who saw no code, plain
  // one-sentence questions asked for: an interview with an EEAS cyber official, a fusion centre's
  // link to an EU maritime information network, naval cadets' term at European academies, a
  // shipyard's tug order for the Greek navy), 60 questions. Scored whole at 5d326fa and at 6d52b39
  // alike: 52.3 / 55.5% tune, 47.6 / 55.5% held out. Its held-out half stays unread.
  // After it was read: tune 0.571 (a name the sentence before calls by its last word).
  {
    file: 'test/fixtures/fresh34/questions.jsonl',
    corpus: 'test/fixtures/fresh34/corpus',
    tune: [0.571, 0.555],
    holdout: [0.476, 0.555],
  },
  // Four more new articles (end of the thirty-fourth session, by a helper who saw no code, plain
  // questions asked for: a wire report on a naval exercise, a minister's visit to Brussels with
  // five officials quoted, a trade magazine's co-production story, a correspondent's analysis of
  // the first year), 60 questions, read only after the pass's last rule (38c6f91). Scored whole at
  // 2f82447 and at 38c6f91 alike: 33.3 / 77.7% tune, 71.4 / 77.7% held out. Its held-out half stays
  // unread.
  // After it was read: tune 0.428 (someone of a party's body acts for it; "280 nautical miles"),
  // 0.476 (a question then a yes/no question, declined whole).
  {
    file: 'test/fixtures/fresh33/questions.jsonl',
    corpus: 'test/fixtures/fresh33/corpus',
    // Thirty-seventh pass: tune 0.888 declined ("weigh" read by "measure", the verb it is a kind of).
    tune: [0.476, 0.888],
    // Thirty-eighth pass: held out 0.761 (where someone is from, past an apposition's few words).
    holdout: [0.761, 0.777],
  },
  // Four more new articles (written during the thirty-fourth session by a helper who saw no code,
  // not read until b6bdc03, the pass's last rule: a retired diplomat's farewell profile, a German
  // report in translation on a Kiel shipyard's order, a student paper's seminar report with a list
  // of sessions, a city news-in-brief of six items, four unrelated), 60 questions. Scored whole at
  // 2f82447 and at b6bdc03 alike: 52.3 / 77.7% tune, 42.8 / 88.8% held out. Its held-out half stays
  // unread.
  // After it was read: tune 0.571 (a question then a yes/no question after a comma).
  {
    file: 'test/fixtures/fresh32/questions.jsonl',
    corpus: 'test/fixtures/fresh32/corpus',
    tune: [0.571, 0.777],
    holdout: [0.428, 0.888],
  },
  // Four more new articles (written during the thirty-fourth session by a helper who saw no code,
  // not read until 6a84345: a joint venture's business story in crore and euros, a press
  // conference transcript, a think-tank brief comparing the Japan and South Korea partnerships, a
  // naval officer's family story told in pronouns), 60 questions. Scored whole at 2f82447 and at
  // 6a84345 alike: 66.6 / 77.7% tune, 57.1 / 44.4% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh31/questions.jsonl',
    corpus: 'test/fixtures/fresh31/corpus',
    tune: [0.666, 0.777],
    holdout: [0.571, 0.555],
  },
  // Four more new articles (start of the thirty-fourth session, by a helper who saw no code: a Lok
  // Sabha written answer in lettered parts, an explainer under question headings, a wire story with
  // speakers named once and a correction at its end, a first-year timeline in dated entries), 60
  // questions. Scored whole at 2f82447, before the session's rules: 52.3 / 55.5% tune, 52.3 / 66.6%
  // held out. Its held-out half stays unread.
  // Thirty-fourth pass, raised at its end: tune 0.666 (question headings, counted items, months).
  {
    file: 'test/fixtures/fresh30/questions.jsonl',
    corpus: 'test/fixtures/fresh30/corpus',
    tune: [0.666, 0.555],
    holdout: [0.523, 0.666],
  },
  {
    file: 'test/fixtures/fresh29/questions.jsonl',
    corpus: 'test/fixtures/fresh29/corpus',
    tune: [0.428, 0.888],
    holdout: [0.333, 0.666],
    // The factbox's lines and the speech's sentences are long: the tune half's median answer is
    // 223 characters at both commits, over the 220 (missed, not hidden).
    maxMedian: 223,
  },
  // Four more new articles (written during the thirty-third session by a helper who saw no code, not
  // read until bd43580: a live blog of a day in Brussels, newest entry first; a profile of a
  // defence attaché; a six-month scorecard against numbered goals; a port town's story of a
  // Spanish ship's repair), 60 questions. Scored whole at ed4e34d and at bd43580 alike: 19.0 /
  // 77.7% tune, 28.5 / 55.5% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh28/questions.jsonl',
    corpus: 'test/fixtures/fresh28/corpus',
    // After it was scored: tune 0.285 (someone's words quoted after the report of their view).
    tune: [0.285, 0.777],
    // Fortieth pass: held out 0.333 (a word WordNet has chiefly as an adverb, "beforehand").
    holdout: [0.333, 0.555],
  },
  // Four more new articles (start of the thirty-third session), by a helper who saw no code: a
  // government press release with bulleted outcomes and notes to editors, an interview in questions
  // and answers with a naval officer, a letters page of readers who disagree, a news-in-brief
  // roundup of unrelated items; 60 questions. Scored whole at ed4e34d, before the session's rules:
  // 42.8 / 66.6% tune, 52.3 / 66.6% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh27/questions.jsonl',
    corpus: 'test/fixtures/fresh27/corpus',
    // Thirty-third pass: tune 0.476 ("kallas called the sdp signing a what? …").
    tune: [0.476, 0.777],
    holdout: [0.523, 0.666],
  },
  // Thirty-third pass: tune 0.333 ("pass away" read as the verb "pass").
  {
    file: 'test/fixtures/fresh26/questions.jsonl',
    corpus: 'test/fixtures/fresh26/corpus',
    tune: [0.333, 0.777],
    // Thirty-third pass: held out 0.333 ("whats" opening a question read as "what's").
    holdout: [0.333, 0.777],
  },
  // Thirty-second pass, after it was scored: tune 0.571 (a table's rows).
  // Thirty-third pass: held out answered 0.571 (who acted for a party).
  // Thirty-fifth pass, raised at its end: held out 0.777 declined (a sentence that gives no one's words).
  {
    file: 'test/fixtures/fresh25/questions.jsonl',
    corpus: 'test/fixtures/fresh25/corpus',
    tune: [0.571, 0.888],
    holdout: [0.571, 0.777],
  },
  {
    file: 'test/fixtures/fresh24/questions.jsonl',
    corpus: 'test/fixtures/fresh24/corpus',
    // Thirty-fourth pass: tune 0.619 ("52 nautical miles" a measure).
    tune: [0.619, 0.888],
    // Thirty-third pass: held out 0.285 (a speaker's next sentence going on about what is asked).
    // Forty-first pass: held out 0.333 (a name that is the dateline's place itself).
    holdout: [0.333, 0.888],
  },
  // Thirty-second pass: tune 0.619 (a written question's parts never quoted).
  {
    file: 'test/fixtures/fresh23/questions.jsonl',
    corpus: 'test/fixtures/fresh23/corpus',
    // Thirty-seventh pass: tune 0.666 ("minutes", the plural of "minute" too).
    tune: [0.666, 0.555],
    holdout: [0.571, 0.888],
  },
  // Four more new articles (thirty-first session, written after its first rules: a press
  // conference transcript with reporters named by outlet, a "five things to know" list under
  // numbered headings, a letters page signed by name and town, a business story on a naval-drone
  // joint venture), 60 questions by a helper who saw no code. Its glossary's groups of general
  // words and units ("[euro, EUR, €]", "[Commander, Cdr]") were taken out as no names, before
  // scoring: the loader refuses "€", which has no word. Scored whole at bdd9f1c and at the
  // session's first commit (9d7a448) alike: 57.1 / 66.6% tune, 52.3 / 66.6% held out. Its held-out
  // half stays unread.
  // Thirty-third pass: held out declined 0.777 (who acted for a party).
  {
    file: 'test/fixtures/fresh22/questions.jsonl',
    corpus: 'test/fixtures/fresh22/corpus',
    // Tune 0.619 when "the analyst quoted on the deal" stopped asking for the analyst's words.
    // Forty-first pass: tune 0.666 ("which think tank is Chawla with": the kind asked, the slot).
    tune: [0.666, 0.666],
    holdout: [0.523, 0.777],
  },
  // Thirty-second pass: tune 0.523 (a dateline's place).
  // Thirty-fifth pass, raised at its end: held out 0.476 (a verb with the preposition of its object).
  {
    file: 'test/fixtures/fresh21/questions.jsonl',
    corpus: 'test/fixtures/fresh21/corpus',
    // Tune 0.476, held out 0.428 when an interview under question headings came to give its answers
    // to its interviewee, "the programme, called TIDEWATCH" to name it by "programme", and a question
    // naming two kinds of officer to read a sentence's "communications officer" as one of them.
    // Thirty-third pass: tune 0.571 (a speaker's next sentence going on about what is asked).
    // Thirty-eighth pass: tune declined 0.444 ("how old is X" not by any measure).
    tune: [0.571, 0.444],
    // Thirty-third pass: held out declined 0.666 ("the name of the officer" asks a name beside the word).
    holdout: [0.476, 0.666],
    maxMedian: 225,
  },
  // An eighteenth batch of new questions about the shipped article (end of the thirtieth session),
  // by a helper who saw no code, asked for a community's mix (plain, casual, a question inside a
  // longer message); scored whole at ab44155, after the session's rules: 54.5 / 100% tune, 31.8 /
  // 75.0% held out (at the session's first commit, 66ce11c: the same, but 87.5% declined held out,
  // one held-out decline lost to the reading of a verb by its own senses, c819d75). Its held-out
  // half stays unread.
  // Tune 0.590 when "… the article says these partnerships cover" stopped asking about the sources.
  { file: 'test/fixtures/fresh-shipped-18.jsonl', tune: [0.59, 1], holdout: [0.318, 0.75] },
  // Four more new articles beside the shipped one (end of the thirtieth session: a wire report with
  // a correction, a magazine feature told as a story, a think-tank brief with numbered
  // recommendations, an interview in "NAME:" turns), 60 questions by a helper who saw no code;
  // scored whole at ab44155: 52.4 / 55.6% tune, 28.6 / 55.6% held out, the same as at the session's
  // first commit (66ce11c). Its held-out half stays unread.
  // Thirty-third pass: held out declined 0.666 (who acted for a party).
  {
    file: 'test/fixtures/fresh19/questions.jsonl',
    corpus: 'test/fixtures/fresh19/corpus',
    // Tune 0.571 when "what is Rohini Saxena's job" stopped being answered by her own words; 0.619
    // when "the vindhya brief" came to name the piece by its outlet's first word; 0.666 / 0.666
    // (thirty-first pass) when a bound ("no more than 35 percent") came to say "maximum" and "who is
    // the commanding officer of …" to need a sentence saying the role.
    tune: [0.666, 0.666],
    holdout: [0.285, 0.666],
  },
  // A seventeenth batch of new questions about the shipped article (thirtieth session), by a helper
  // who saw no code, asked for chat-style questions from angles earlier batches lack (who said a
  // quote, correcting a wrong idea, what a phrase refers to, the order of events); scored whole at
  // 66ce11c: 40.9 / 87.5% tune, 45.5 / 75.0% held out. Its held-out half stays unread.
  // Tune 0.454 when "wasn't it Rajnath who called the signing a milestone" came to ask who did.
  // Thirty-second pass: tune 0.5 ("kalas or rajnath" read as a choice of names).
  // Thirty-third pass, raised at its end: held out answered 0.5.
  { file: 'test/fixtures/fresh-shipped-17.jsonl', tune: [0.5, 0.875], holdout: [0.5, 0.75] },
  // Four more new articles beside the shipped one (thirtieth session: an EU press office's fact
  // sheet with headed bullet lists and notes to editors, a regional report in lakh and crore, an
  // explainer under question headings, a European Parliament debate whose speakers are named
  // paragraphs before their words), 60 questions by a helper who saw no code; scored whole at
  // 66ce11c: 42.9 / 77.8% tune, 57.1 / 77.8% held out. Its held-out half stays unread.
  // Thirty-second pass: tune 0.571 (a dateline's place).
  {
    file: 'test/fixtures/fresh18/questions.jsonl',
    corpus: 'test/fixtures/fresh18/corpus',
    // Tune 0.523 when the number or amount asked for came to be quoted from the sentence after the
    // one holding the question ("… a two-day tabletop exercise …" then "Sixty-four officials took part.").
    // Tune 0.888 declined (thirty-first pass) when "who is the commanding officer of …" came to need
    // a sentence saying the role.
    tune: [0.571, 0.888],
    holdout: [0.571, 0.777],
  },
  // Four more new articles beside the shipped one (twenty-ninth session: an op-ed with a byline and
  // named critics, a long Q-and-A interview whose answers lean on the questions, a timeline of dated
  // entries, a wire report on an industry roundtable whose speakers go on as "the official"), 60
  // questions by a helper who saw no code; scored whole at a0ff644: 42.9 / 66.7% tune, 42.9 / 66.7%
  // held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh17/questions.jsonl',
    corpus: 'test/fixtures/fresh17/corpus',
    // Tune 0.476 when "who said 'an MoU is an intention, not an order'" came to quote the sentence
    // naming the speaker before the words ("Anil Varghese, president of …").
    // Tune 0.777 declined when the first day of a range ("6–8 May") stopped being an amount for "how much".
    tune: [0.476, 0.888],
    // Forty-first pass: held out 0.476 (a name that is the dateline's place itself).
    holdout: [0.476, 0.666],
  },
  // Four more new articles beside the shipped one (twenty-eighth session: a parliamentary hearing
  // transcript under time-stamped speaker headings, an explainer with subheadings and bullet lists, a
  // regional report whose speakers are named by title paragraphs later, a business piece in rupees
  // and euros), 60 questions by a helper who saw no code; scored whole at 34b7111: 52.4 / 88.9%
  // tune, 47.6 / 77.8% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh16/questions.jsonl',
    corpus: 'test/fixtures/fresh16/corpus',
    // Tune 0.571 when a slip came to be measured from the British spelling too ("defnce").
    // 0.619 (twenty-ninth pass) when "which MEP brought up …" came to quote the transcript heading
    // naming the words' speaker ("**14.39 | TOMASZ WIERZBICKI (EPP, Poland)**").
    tune: [0.619, 0.888],
    // The held-out half's median answer was 237 characters, over the 220, until a list's
    // items came to be read as sentences of their own (195).
    // Thirty-third pass: held out declined 0.888 ("whats" opening a question read as "what's").
    holdout: [0.476, 0.888],
  },
  // Four more new articles beside the shipped one (end of the twenty-seventh session: a wire report
  // on the first consultations, an analysis in British English, a business piece on a joint
  // venture, a retired diplomat's op-ed), 60 questions by a helper who saw no code, written after
  // the pass's first rules had landed; scored whole at its first commit (2998c45) and at 48a08a1
  // alike: 42.9 / 55.6% tune, 47.6 / 77.8% held out. None of the pass's rules reached it. Its
  // held-out half stays unread.
  {
    file: 'test/fixtures/fresh15/questions.jsonl',
    corpus: 'test/fixtures/fresh15/corpus',
    // Tune 0.476 when "FY25" came to be read as the financial year "2024-25".
    // Tune 0.523 / 0.666 (twenty-seventh pass) when an outlet came to be read by another name the glossary gives it
    // ("when did MNA publish it": Meridian News Agency).
    // 0.571 when "how big is the SAFE fund" came to be answered by an amount of money.
    // 0.619 when "first" as an adverb of time ("when did the author first arrive") stopped being a
    // noun whose kind "a young first secretary" contradicted.
    // Thirty-third pass: tune 0.666 (a speaker's next sentence going on about what is asked).
    tune: [0.666, 0.777],
    holdout: [0.476, 0.777],
  },
  // Four more new articles beside the shipped one (twenty-seventh session: a Lok Sabha written
  // answer, an interview transcript with "Q:" labels, a live blog with a correction, a think-tank
  // panel report with four speakers), 60 questions by a helper who saw no code; scored whole at
  // 2998c45: 38.1 / 77.8% tune, 33.3 / 66.7% held out. Its held-out half stays unread.
  {
    file: 'test/fixtures/fresh14/questions.jsonl',
    corpus: 'test/fixtures/fresh14/corpus',
    // Tune 0.428 when a speaker came to be named by the title the article gives them ("according
    // to the AVM": "Air Vice Marshal Kuldeep Sandhu").
    // 0.476 when a hyphenated name before a participle ("SAFE-funded") came to be named by
    // the name alone.
    // 0.523 (twenty-eighth pass) when "which military chiefs" came to be answered by the chiefs a
    // sentence names, one of them "Air Chief Marshal A.P. Singh".
    // 0.571 (twenty-ninth pass) when "who came up with the 'door but not the room' line" came to
    // quote, beside the words, the sentence naming their speaker ("Dr Ananya Deshpande …").
    tune: [0.571, 0.777],
    // Held out 0.380 (twenty-seventh pass) when a verb of its own with its particle ("beef up") came to be
    // found by the corpus words WordNet gives it ("strengthening").
    holdout: [0.38, 0.666],
  },
  // Four more new articles beside the shipped one (twenty-sixth session: a Q-and-A explainer, a
  // regional report in lakh and crore, a wire update with a correction, a think-tank commentary),
  // 60 questions by a helper who saw no code; scored whole at 7ba3ee2 and at af415fa alike: 42.9 /
  // 55.6% tune, 42.9 / 77.8% held out. Its held-out half stays unread. Its tuning half's median
  // answer was 225 characters then, over the 220; 191 once the later rules answered more.
  // Thirty-third pass, raised at its end: tune declined 0.777.
  // Thirty-third pass: held out answered 0.571 -> 0.523, lowered for the same stated trade (who acted for a party; see the second multi-article set).
  {
    file: 'test/fixtures/fresh13/questions.jsonl',
    corpus: 'test/fixtures/fresh13/corpus',
    // Tune 0.666 declined and held out 0.476 answered when a month shortened as wire copy writes
    // it ("Oct 9", "Sept. 1") came to read as a date, not as an amount.
    // Tune 0.476 answered when a number written in words came to be read whole ("eighteen months").
    // Held out 0.571 (twenty-seventh pass) when an outlet came to be read by another name the glossary gives it
    // ("when did MNA publish it": Meridian News Agency).
    // Tune 0.523 (twenty-ninth pass) when "how many piracy related incidents" came to count incidents,
    // not piracy ("31 piracy-related incidents"); 0.571 when a commentary came to be a piece whose
    // writer is asked for ("who wrote the commentary saying …": "By Tomasz Wierzbicki").
    tune: [0.571, 0.777],
    // Forty-first pass: held out 0.571 (someone of "India's Ministry of Defence" acts for India).
    holdout: [0.571, 0.777],
  },
  // Four new articles beside the shipped one (twenty-fifth session: a podcast transcript, a
  // parliamentary written answer, a joint statement in numbered paragraphs, a fact check), with 60
  // questions, written by a helper who saw no code; scored whole at cb46920: 23.8 / 88.9% tune,
  // 47.6 / 77.8% held out. Its held-out half stays unread.
  // Tune 0.285 (twenty-sixth session) when a question pointing at a piece by its kind ("on the
  // Deccan Current podcast") came to be answered from that piece.
  {
    file: 'test/fixtures/fresh12/questions.jsonl',
    corpus: 'test/fixtures/fresh12/corpus',
    // 0.333 when "FY" came to stand for the "financial year" the statement writes once; 0.428
    // when a fact check's quoted claim came to be quoted with its verdict; 0.476 when it came to
    // rank below a sentence stating the fact ("Moldova was the first country to sign …").
    // Tune 0.523 (twenty-seventh pass) when an outlet came to be read by another name the glossary gives it
    // ("when did MNA publish it": Meridian News Agency).
    // Tune 0.571 (twenty-eighth pass) when a transcript's turns came to be their speakers' words
    // ("LINDQVIST: …", "RAJAN: …").
    // Tune 0.619 (thirtieth pass) when a verb no source holds came to be read by the corpus verbs of its own frequent senses ("headed": "led").
    // Thirty-third pass: tune 0.666 (a speaker's next sentence going on about what is asked).
    tune: [0.666, 0.888],
    // Held out 0.428 (was 0.476), lowered by the same change: one held-out answer lost, unread.
    // Kept because it finds each guest's words where nothing did (DESIGN.md, "Speakers").
    holdout: [0.428, 0.777],
  },
  {
    file: 'test/fixtures/fresh8/questions.jsonl',
    corpus: 'test/fixtures/fresh8/corpus',
    // Tune 0.5 when "Since then …" came to point back to the sentence before; 0.555 (twenty-first
    // pass) when "done" came to shape the question as "do" does ("what does Iyer want done").
    // 0.611 (twenty-seventh) when a named person's words came to be held to the question's verb
    // only where that person uses it.
    // 0.666 (thirtieth) when a verb no source holds came to be read by the corpus verbs of its own frequent senses ("headed": "led").
    tune: [0.666, 0.857],
    // Held out 0.5 when a column's own voice came to be its writer's (byline or closing note).
    holdout: [0.5, 0.714],
  },
];

const bots = new Map<string, Bot>();
const botFor = (corpus: string | undefined) => {
  const key = corpus ?? '';
  let bot = bots.get(key);
  if (!bot) {
    bot = createTestBot(corpus ? { corpusDir: corpus } : {});
    bots.set(key, bot);
  }
  return bot;
};
afterAll(() => {
  for (const bot of bots.values()) bot.close();
});

const misses = (results: readonly EvalResult[]) =>
  results
    .filter((r) => !r.ok)
    .map((r) => `${r.item.id} ${r.item.q}: ${r.why}`)
    .join('\n');

describe.each(FLOORS)('quality floor on $file', ({ file, corpus, tune, holdout, maxMedian = 220 }) => {
  const items = readEvalFile(file);

  it('holds answerable and unanswerable questions in both halves', () => {
    for (const half of ['tune', 'holdout'] as const) {
      const part = halfOf(items, half);
      expect(part.some((item) => item.answerable)).toBe(true);
      expect(part.some((item) => !item.answerable)).toBe(true);
    }
  });

  it.each([
    ['tune', tune],
    ['holdout', holdout],
  ] as const)('stays at or above the scores reached on the %s half', (half, [answered, declined]) => {
    const results = evaluate(botFor(corpus), halfOf(items, half));
    const summary = summarise(results);
    // The held-out half's misses are never shown, even by a failing test: seen, they would be tuned to.
    const shown = half === 'tune' ? misses(results) : 'held-out half: misses not shown';
    expect(summary.answeredCorrectly, shown).toBeGreaterThanOrEqual(answered);
    expect(summary.declinedCorrectly, shown).toBeGreaterThanOrEqual(declined);
    expect(summary.medianAnswerLength).toBeLessThanOrEqual(maxMedian);
  });
});

describe.each(FLOORS)('verbatim answers over $file', ({ file, corpus }) => {
  const passages = new Map(loadCorpus(corpus ?? FIXTURE_CORPUS_DIR).passages.map((p) => [p.id, p.text]));
  const answers = evaluate(botFor(corpus), readEvalFile(file)).map((r) => r.answer);

  it('quotes every sentence verbatim from the corpus passage its marker cites', () => {
    let checked = 0;
    for (const answer of answers) {
      for (const sentence of answer.sentences) {
        const citation = answer.citations.find((c) => c.n === sentence.citation);
        expect(citation, answer.question).toBeDefined();
        expect(citation?.kind).toBe('article');
        const passage = passages.get(citation?.id ?? '');
        expect(citation?.text).toBe(passage);
        expect(passage, answer.question).toContain(sentence.text);
        checked++;
      }
    }
    // Enough quoted sentences that the check means something. Not a third of the questions, as
    // once: the thirtieth batch, most of it declined, quotes nine sentences.
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('shows exactly the sentences joined with their markers', () => {
    for (const answer of answers) {
      const joined = answer.sentences.map((s) => `${s.text} [${s.citation}]`).join(' ');
      expect(answer.answer, answer.question).toBe(answer.answered ? joined : '');
      expect(answer.sentences.length).toBeLessThanOrEqual(3);
    }
  });

  it('cites only what it quotes, numbered from 1', () => {
    for (const answer of answers.filter((a) => a.answered)) {
      expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
      const cited = new Set(answer.sentences.map((s) => s.citation));
      expect(cited.size).toBe(answer.citations.length);
    }
  });
});
