import { afterAll, describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/types.ts';
import { createTestBot } from '../support/test-bot.ts';

/**
 * Answers over the shipped article: the glossary and the typo fallback must carry a question
 * worded differently from the source to the passage that answers it.
 */
const bot = createTestBot();
const ask = (question: string) => bot.ask(question, { community: 'c1' });
afterAll(() => bot.close());

function expectAnswer(question: string, phrase: RegExp) {
  const answer = ask(question);
  expect(answer.kind, answer.message ?? '').toBe('answered');
  expect(answer.answer).toMatch(phrase);
  return answer;
}

describe('glossary expansion', () => {
  it('finds the Security and Defence Partnership from its acronym', () => {
    const answer = expectAnswer('When was the SDP signed?', /Tuesday|January 27/);
    expect(answer.citations[0]?.text).toContain('Security and Defence Partnership');
  });

  it('finds the High Representative from "foreign policy chief"', () => {
    const answer = expectAnswer("Who is the EU's foreign policy chief?", /Kaja Kallas/);
    expect(answer.citations[0]?.text).toContain('High Representative');
  });

  it('finds the passage with the American spelling and another word for the deal', () => {
    expectAnswer('when was the india eu defense pact signed?', /Tuesday|January 27/);
  });

  it('joins a compound written apart to the word in the source', () => {
    expectAnswer('Does the partnership include counter terrorism?', /counterterrorism/);
  });
});

describe('typo fallback', () => {
  it.each([
    ['When was the partnership signd?', /Tuesday|January 27/],
    ['What is the strategic compas?', /Strategic Compass/],
    ['wen was the partnership signed?', /Tuesday|January 27/],
    ['what did kalas urge?', /multilateral fora/],
    ['when was the partnersip signed', /Tuesday|January 27/],
    ['whos kaja kallas', /High Representative/],
    ['which agancy reported this', /ANI/],
    ['what did kallas sya', /said|added/],
    // An inflected verb mistyped: "sined" is no form of "sin", and the sources write "signed".
    ['who sined the pact for the eu', /High Representative/],
    // A slip in a plural the sources keep by its base ("countries" as "country"), and "w/" for "with".
    ['which other asian contries have a deal like this w/ the EU?', /Japan and South Korea/],
  ])('answers "%s" despite the typo', (question, phrase) => {
    expectAnswer(question, phrase);
  });
});

describe('chat around the question', () => {
  it.each([
    ['hey bot, when was the partnership signed?', /Tuesday|January 27/],
    ['so uh what did kallas urge lol', /multilateral fora/],
    // Chat's tags and shorthands, which no source writes: "etc", "idk", "iirc", "kinda".
    ['idk who signs these partnerships etc', /High Representative/],
    ['iirc what did kallas urge after the signing', /multilateral fora/],
    ['pls who is kaja kallas', /High Representative/],
    ['do you know who kallas is', /High Representative/],
    ['any idea where the talks were held', /national capital/],
    // Not knowing, said before asking.
    ['not sure when the pact was signed, anyone know?', /Tuesday|January 27/],
    ["i can't remember who signs these partnerships", /High Representative/],
    ["i don't know who signs these partnerships", /High Representative/],
    // Asking to be reminded; a call for help after the question; "wait" before it.
    ['can someone remind me when the pact was signed', /Tuesday|January 27/],
    ['who signs these partnerships, help?', /High Representative/],
    ['wait, who signs these partnerships?', /High Representative/],
    // The texts themselves, in the plural as in the singular: no word a source must hold.
    ['which articles mention kallas', /Kallas/],
    ['I was wondering which areas the partnership covers', /broad spectrum|areas such as/],
    ["I'm curious which other countries in asia have a similar deal with the eu", /Japan and South Korea/],
    ['so what exactly does this partnership cover in terms of security?', /broad spectrum|areas such as/],
    ['what areas of cooperation are listed', /broad spectrum|areas such as/],
    // Need, requirement, intention: words that shape the question, as "need" and "want" do.
    ["what's required before the eu can sign one", /Council authorisation/],
    ['which areas are the partnerships supposed to cover', /broad spectrum|areas such as/],
    ['under the compass what does the eu plan with partners', /bilateral partners/],
    [
      'is it true that india signed a defence pact with the eu',
      /signed the security and defence partnership/,
    ],
  ])('answers "%s" as the question inside it', (question, phrase) => {
    expectAnswer(question, phrase);
  });
});

describe('questions about the source', () => {
  it.each([
    'who reported this',
    'who reportd this',
    'who published it',
    'what is ANI',
    'who is ani',
    'which city was this story filed from',
  ])('answers "%s" from the citation (outlet and date), not with the help text', (question) => {
    const answer = ask(question);
    expect(answer.kind, answer.message ?? '').toBe('answered');
    expect(answer.citations[0]).toMatchObject({ publisher: 'ANI', date: '2026-01-27' });
    // The article's opening sentence, not the credit line "(ANI)" that closes it.
    expect(answer.citations[0]?.id).toMatch(/#p1$/);
  });

  it('reads "according to the article" as where to look, not as asking about the sources', () => {
    for (const question of [
      'what areas do the partnerships cover according to the article?',
      'list every cooperation area the article says these partnerships cover in general',
    ]) {
      const answer = ask(question);
      expect(answer.about, question).toBeUndefined();
      expect(answer.answer, question).toContain('peacebuilding');
    }
    // A piece and its publishing side by side still ask about the sources.
    expect(ask('which article covered the signing?').about).toBe('sources');
  });

  it('still gives the help text for "tell me more"', () => {
    expect(ask('tell me more').kind).toBe('help');
  });
});

describe('question type', () => {
  it('answers a when-question with a sentence holding a day or date', () => {
    const answer = expectAnswer('When did Kallas post on X?', /Monday/);
    expect(answer.citations[0]?.id).toMatch(/#p8$/);
  });

  it('reads "the pact", a word no source writes alone, by the glossary name it heads ("defence pact")', () => {
    expectAnswer('when was the pact signed', /signed on Tuesday|January 27/);
  });

  it('reads "the deal" as the partnership, as the article calls it', () => {
    expectAnswer('Does the deal include maritime cooperation?', /maritime security/);
    expectAnswer('does the deal cover counterterrorism', /counterterrorism/);
    // "agreement" is WordNet's broader term for "deal".
    expectAnswer('does the agreement include cyber', /cyber and maritime security/);
  });

  it('reads a word made from a name the sources hold as that name ("indian" for "India")', () => {
    // The sources never write "Indian"; the delegation they name is the EU's.
    const bot = createTestBot();
    expect(bot.ask('who led the indian delegation?', { community: 'c' }).answered).toBe(false);
    expect(bot.ask('who led the eu delegation?', { community: 'c' }).answer).toContain('Kallas');
    bot.close();
  });

  it('finds a word the sources write only closed up behind another ("terrorism" in "counterterrorism")', () => {
    expectAnswer('does the partnership cover terrorism?', /counterterrorism/);
  });

  it('answers what the partnership aims to do, though no source says "aim"', () => {
    expectAnswer('What does the partnership aim to strengthen?', /strengthening bilateral cooperation/);
  });

  it('declines what someone said about a thing none of their sentences speaks of', () => {
    // Rajnath Singh's words speak of the signing, not of counterterrorism (a word of the article).
    expectAnswer('what did rajnath singh say about the signing?', /The signing of the technology/);
    const bot = createTestBot();
    expect(bot.ask('what did rajnath singh say about counterterrorism?', { community: 'c' }).answered).toBe(
      false,
    );
    bot.close();
  });

  it("gives an organisation's words as the sentence that names it as its source, by any of its names", () => {
    // "According to the European Union, …": the EU's words, asked for as "the eu" or "the EU".
    expectAnswer('what does the eu think of these partnerships', /^According to the European Union/);
    expectAnswer('What did the EU say about the partnerships?', /^According to the European Union/);
  });

  it('answers "any quote from X" with words the article quotes, from a paragraph that never names X', () => {
    // Kallas's quotations stand in paragraphs of "she said" / "she added": the index finds them by
    // their speaker; "Kaja Kallas posted on X that …" reports her words but quotes none.
    for (const question of ['any quote from kallas', 'kallas quote?']) {
      const answer = expectAnswer(question, /["“”]/);
      expect(answer.answer).not.toContain('posted on X');
    }
  });

  it('answers "what day of the week" with the day\'s name, not with "today"', () => {
    expectAnswer('what day of the week did kallas call for more cooperation', /on Tuesday/);
  });

  it('answers how someone described a thing with their words describing it', () => {
    expectAnswer('How did Kallas describe the signing?', /is a milestone/);
    // Another verb asking the same, which no source uses either: it shapes the question.
    expectAnswer('how did kallas characterise the signing?', /is a milestone/);
    expectAnswer('What is the signing of the partnership according to Kallas?', /is a milestone/);
    // "See" or "regard" after "how does X" asks the same: not for a sentence that says "to see".
    expectAnswer('how does kallas see the signing', /is a milestone/);
    expectAnswer('how does the eu regard these partnerships', /^According to the European Union/);
    expectAnswer('what did kallas see at the parade', /proud moment to see/);
    // A second sentence that answers wins over the sentence a "she said" refers back to.
    expectAnswer('what did kallas say the signing was', /is a milestone/);
  });

  it("quotes a speaker's next sentence that goes on about what she is asked of", () => {
    // "…yesterday, Republic Day was quite an experience." names the day; "It was a proud moment to
    // see that our operations were also a part of this parade." two sentences on says the parade.
    const answer = expectAnswer('what did kallas say about the republic day parade', /quite an experience/);
    expect(answer.answer).toContain('proud moment');
    // Nothing goes on about what the first sentence already holds.
    expect(ask('what did kallas say about the signing').answer).not.toContain('proud moment');
  });

  it('quotes one sentence when it supplies the person asked for, adding none that merely covers more words', () => {
    const answer = expectAnswer('who was kallas meeting when she made her remarks', /Rajnath Singh/);
    expect(answer.sentences).toHaveLength(1);
  });

  it('quotes a sentence that points back after the one it points to', () => {
    // "These include …" ranks first for what the partnerships include; it is quoted second.
    expectAnswer(
      'what kinds of cooperation do these partnerships include',
      /^While tailored[\s\S]*These include/,
    );
  });

  it('answers a who-question with a sentence naming people', () => {
    expectAnswer('Who did the EU delegation meet?', /Rajnath Singh/);
    // Not with Singh's own words, whose quotation opens with a capital ("The signing …").
    expectAnswer('who did rajnath singh meet', /met the EU delegation led by Kallas/);
  });

  it('answers a who-is question with the sentence giving the title', () => {
    expectAnswer(
      'Who is Kaja Kallas?',
      /High Representative for Foreign Affairs and Security Policy Kaja Kallas/,
    );
  });

  it('answers a how-many question with the sentence holding the number', () => {
    expectAnswer('How many Asian countries have such a deal with the EU?', /third Asian country/);
  });
});

describe('answer shape', () => {
  it('joins its sentences with their citation markers and cites verbatim passages', () => {
    const answer = expectAnswer(
      'What areas does the partnership strengthen cooperation in?',
      /counterterrorism/,
    );
    expect(answer.answer).toBe(answer.sentences.map((s) => `${s.text} [${s.citation}]`).join(' '));
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
    for (const s of answer.sentences) {
      expect(answer.citations.find((c) => c.n === s.citation)?.text).toContain(s.text);
    }
    expect(answer.closest).toEqual([]);
    expect(answer.message).toBeNull();
    expect(answer.missing).toEqual([]);
  });

  it('gives the article metadata and paragraph number in a citation', () => {
    const [citation] = expectAnswer('When did Kallas post on X?', /Monday/).citations;
    expect(citation).toMatchObject({
      n: 1,
      kind: 'article',
      publisher: 'ANI',
      date: '2026-01-27',
      paragraph: 8,
    });
    expect(citation?.id).toMatch(/^[a-z0-9-]+#p8$/);
    expect(citation?.title.length).toBeGreaterThan(0);
  });

  it('quotes at most two sentences', () => {
    for (const q of [
      'Who is Kaja Kallas?',
      'What did Kallas say about Republic Day?',
      'What is the Strategic Compass?',
    ]) {
      expect(ask(q).sentences.length).toBeLessThanOrEqual(2);
    }
  });
});

describe('who-is questions with a misspelt name', () => {
  it('describes the person as the correctly spelt question does', () => {
    const bot = createTestBot();
    const misspelt = bot.ask('who is kalas?', { community: 'c' });
    const spelt = bot.ask('who is kallas?', { community: 'c' });
    bot.close();
    expect(misspelt.answer).toContain('High Representative');
    expect(misspelt.sentences).toEqual(spelt.sentences);
  });
});

describe('informal questions', () => {
  const bot = createTestBot();
  afterAll(() => bot.close());
  const ask = (question: string) => bot.ask(question, { community: 'c' });

  it('reads "what\'s X" as "what is X", not as asking for a kind of X', () => {
    for (const question of [
      "what's kaja kallas's official job title?",
      "what is kaja kallas's official job title?",
    ])
      expect(ask(question).answer, question).toContain('High Representative');
  });

  it('reads "what sorts of X" as "what kinds of X": the word for a kind asks, it is no topic', () => {
    const kinds = ask('what kinds of areas do these partnerships cover');
    const sorts = ask('what sorts of areas do these partnerships cover');
    expect(sorts.answer).toBe(kinds.answer);
    expect(sorts.answer).toContain('broad spectrum of cooperation areas');
  });

  it('reads an -ing form typed without its g ("watchin") as the -ing form', () => {
    const answer = ask('why was she feeling proud watchin the parade lol');
    expect(answer.kind, answer.message ?? '').toBe('answered');
    expect(answer.answer).toContain('proud moment');
  });

  it('reads chat shorthand ("r", "abt") as the words it stands for', () => {
    expect(ask('what r the areas of cooperation').answer).toMatch(/counterterrorism|peacebuilding/);
    expect(ask('what did singh say abt trust').answer).toContain('trust in action');
  });

  it('reads a word chat shortens ("def min", "tech") as the word the sources write out', () => {
    expect(ask('def min who met the eu delegation').answer).toContain('Defence Minister Rajnath Singh');
    expect(ask('wat did rajnath call the deal, tech and def partnership or smth?').answer).toContain(
      'technology and defence partnership',
    );
  });

  it("counts the title the article gives a speaker as said in their quote, for someone's words", () => {
    // The quote names no one; its speaker is "EU High Representative for Foreign Affairs and
    // Security Policy Kaja Kallas", whom the glossary also calls the foreign policy chief.
    expect(ask('how did the EU foreign policy chief characterise the signing of the pact?').answer).toContain(
      'is a milestone',
    );
  });

  it('reads "the two sides" as the parties, in any words, for what someone said about them', () => {
    expect(ask('what did kallas say the parade showed abt the two sides').answer).toContain(
      'how we have been able to work together',
    );
  });

  it('reads a verb no source holds by the words English writes in its place ("inked": "signed")', () => {
    expect(ask('when was the partnership inked?').answer).toContain('will be signed on Tuesday');
    // Those words count towards the question, but a sentence without them may still say the verb:
    // the article writes "include" and "shows" (neighbours of "featured"), not in the sentence that answers.
    expect(ask('were any EU missions featured in the parade?').answer).toContain('part of this parade');
  });

  it('does not read such a word by a source word that merely shares its stem ("quit": "quite")', () => {
    // "retire" neighbours "quit", which Porter stems as the article's adverb "quite" ("quite an
    // experience"); the article says nothing of retiring.
    const answer = ask('when did kallas retire?');
    expect(answer.kind).toBe('not-covered');
    expect(answer.message).toContain('retire');
  });

  it('answers a yes/no question offering alternatives by the side a source says', () => {
    // "one size for everyone" is in no source; "customised per country" is, in other words.
    expect(ask('Are the partnerships one size for everyone, or customised per country?').answer).toContain(
      'tailored to each partner country',
    );
    // Names are never a side to drop: neither the US nor NATO is in the sources.
    expect(ask('did the US or NATO comment on the partnership?').kind).not.toBe('answered');
  });

  it('reads "whats" later in a question as "what is"', () => {
    expect(ask('def min who met the eu delegation, whats his name').answer).toContain('Rajnath Singh');
  });

  it('reads "every", like "each", as a word that shapes the question, not one the sources must hold', () => {
    expect(ask('are the partnerships the same for every country').answer).toContain(
      'tailored to each partner',
    );
  });

  it('does not take "is the partnership a treaty" as asking whether it is itself', () => {
    // The glossary names the partnership a "defence treaty" too; the article never calls it a treaty.
    expect(ask('is the partnership a treaty').answered).toBe(false);
    expect(ask('is the partnership a milestone').answer).toContain('is a milestone');
  });

  it('answers "how long has X been …" with when X began', () => {
    expect(ask('how long has the strategic compass been around').answer).toContain('adopted in March 2022');
    // Not "how long is …", which asks for a length.
    expect(ask('how long is the strategic compass').answered).toBe(false);
  });

  it('joins a compound written apart when the sources write it joined ("peace building")', () => {
    expect(ask('is the partnership about peace building').answer).toContain('peacebuilding');
  });

  it('credits a "she said" paragraph with the person named just before it', () => {
    const answer = ask('kallas republic day comments?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(3);
  });
});

describe('a verb before its object', () => {
  it('reads "to strengthen ties" as a verb and its object, not another kind of ties than "deepening ties"', () => {
    expectAnswer(
      'In which kind of forums did Kallas want India and the EU to strengthen ties?',
      /multilateral fora/,
    );
  });
});

describe('how many answers a question wants', () => {
  it('answers "which 3 areas" with the sentence listing them, though it never writes "three"', () => {
    expectAnswer('which 3 areas does the partnership strengthen', /defence capabilities, counterterrorism/);
  });

  it('reads "which two countries" as asking for countries, two of them, not for the word "two"', () => {
    // "… will bring the two ancient civilizations much closer" says "two" and names no country.
    const answer = ask('which two countries signed the security and defence pact?');
    expect(answer.answer).not.toContain('two ancient civilizations');
    expect(answer.answer).toMatch(/India and the European Union/);
  });
});

describe('the trace of a choice', () => {
  /** The choose stage's record of the sentences ranked above the quoted one, and why each lost. */
  function passedOver(question: string) {
    const trace: TraceStep[] = [];
    const answer = bot.ask(question, { community: 'c1' }, trace);
    const step = trace.find((s) => s.stage === 'choose');
    const data = step?.data as {
      quoted: { sentence: string }[];
      passedOver: { sentence: string; because: string }[];
    };
    return { answer, data };
  }

  it('says why each of the best sentences does not answer a declined question', () => {
    const { answer, data } = passedOver('when will the next summit be held');
    expect(answer.answered).toBe(false);
    expect(data.quoted).toEqual([]);
    expect(data.passedOver.length).toBeGreaterThan(0);
    for (const entry of data.passedOver) expect(entry.because).toMatch(/^it(s)? /);
  });

  it('lists the sentences ranked above the quoted one, with why each lost', () => {
    // The sentence about the signing that ranks first gives no date.
    const { answer, data } = passedOver('wen was the deal signed');
    expect(answer.answered).toBe(true);
    expect(data.passedOver).toEqual([
      { sentence: expect.stringContaining('third Asian country'), because: 'it holds no date' },
    ]);
    expect(data.quoted.map((q) => q.sentence)).not.toContain(data.passedOver[0]?.sentence);
  });
});

describe('a question asking for a name', () => {
  it('is declined when no sentence gives a name the question does not hold', () => {
    // "Appreciating the Republic Day celebrations …" names only what the question names.
    expect(
      ask('what was the name of the EU operation that featured in the republic day parade?').kind,
    ).not.toBe('answered');
  });
});

describe("a speaker's words", () => {
  it("answers with the best sentence that gives them when the best sentence gives no one's words", () => {
    // "Through the Strategic Compass, the EU committed …" ranks first but is no one's words.
    expectAnswer(
      'How does the EU see these partnerships in relation to the Strategic Compass?',
      /According to the European Union, partnerships are a cornerstone/,
    );
  });

  it('answers what a document says with the sentence giving its words, of two about as good', () => {
    // "Through the Strategic Compass, the EU committed …" holds the name as well, but says nothing
    // the Compass says.
    expectAnswer('What does the Strategic Compass describe?', /which outlines the bloc's approach/);
  });
});

describe('the doer of a verb after "by"', () => {
  it('answers "who led" with "led by X" though the best sentence holds more of the question', () => {
    // "She made the remarks during the delegation-level talks with Defence Minister Rajnath Singh
    // …" holds "talks" and "delegation" but says no one led: "met the EU delegation led by Kallas".
    expectAnswer('who was leading the EU delegation in the talks with the Indian side?', /led by Kallas/);
    // Nothing says who led India's side.
    expect(ask('who led the Indian delegation?').answered).toBe(false);
  });
});

describe('an adverb of several words', () => {
  it('is left out like an adverb of one word no source writes ("ahead of time")', () => {
    expectAnswer('where did kallas announce the signing ahead of time?', /posted on X/);
  });
});

describe('how much something matters', () => {
  it('is said by a word of importance, not by the words "big deal"', () => {
    // "is a milestone" (WordNet: "a significant event"), not "It was a proud moment …", nor "the
    // signing of the deal".
    expect(ask('does kallas think the signing is a big deal?').answer).toContain('is a milestone');
    expectAnswer('is this a big deal for fighting terrorism or just symbolic', /significant step/);
  });
});

describe('how old something is', () => {
  it('answers "how old is X" with the year it began, and not with a day of the week', () => {
    expectAnswer('how old is the strategic compass', /March 2022/);
    // "On Monday, Kaja Kallas posted …" holds a day, which tells no one's age.
    expect(ask('how old is kallas').kind).not.toBe('answered');
  });
});

describe('a sentence that supplies what is asked', () => {
  it('wins over a slightly better one that only repeats the question ("where was the deal signed")', () => {
    // The dateline gives the place; "With the signing of the deal, India becomes …" gives none.
    expectAnswer('where was the deal signed', /New Delhi/);
    const echo = createTestBot({ ranking: { choose: { supplierMargin: 0 } } });
    expect(echo.ask('where was the deal signed', { community: 'c' }).answer).toMatch(
      /^With the signing of the deal/,
    );
    echo.close();
  });
});

describe('the line a story was filed under', () => {
  it('answers "datelined" from the sources: the opening sentence, whose dateline says where', () => {
    const answer = expectAnswer(
      'which city is the report datelined from?',
      /^New Delhi \[India\], January 27/,
    );
    expect(answer.about).toBe('sources');
    expect(answer.citations[0]?.publisher).toBe('ANI');
  });
});

describe('who wrote a piece', () => {
  it('declines to name a journalist a wire story gives none for, citing the story', () => {
    const answer = ask('who was the journalist that wrote this ANI piece');
    expect(answer.answered).toBe(false);
    expect(answer.message).toBe("My sources don't name who wrote it.");
    expect(answer.closest[0]?.publisher).toBe('ANI');
  });

  it('still answers which outlet reported it', () => {
    const answer = ask('which outlet reported this?');
    expect(answer.about).toBe('sources');
    expect(answer.citations[0]?.publisher).toBe('ANI');
  });
});

describe('which X', () => {
  it('declines when the sentence neither names an X nor says the word its paragraph uses for one', () => {
    // "our operations were also a part of this parade" never says which; the sentence before it
    // in the paragraph speaks of Republic Day, not of operations.
    expect(ask('which eu operations were in the republic day parade?').answered).toBe(false);
    // A paragraph that never says the kind may still name one in other words.
    expectAnswer('which areas does the partnership strengthen cooperation in', /counterterrorism/);
  });
});
