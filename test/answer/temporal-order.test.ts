import { afterAll, describe, expect, it } from 'vitest';
import { removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';
import { createTestBot } from '../support/test-bot.ts';

/**
 * "Before X" and "after X": a sentence that sets the question's anchor the other way round in
 * time says something else, though it holds every word of the question.
 */
const dir = writeCorpus([
  {
    id: 'geology',
    title: 'How the valley formed',
    body: [
      'From the Eocene onwards, the ongoing orogeny caused a rift system to develop in this zone.',
      'Subsequent to the conquest, the marches came under the dominance of the barons.',
      'The northern province was occupied by the allies until 1935, and after that it was a demilitarised zone.',
      'Norman architecture succeeds that of the Saxons and precedes the Gothic style.',
      'Before the flood of 1421, the river formed an estuary with many islands.',
      'Even before the Norman Conquest of England, the Normans had come into contact with Wales.',
      'With the signing of the deal, India becomes the third Asian country to have such a deal with the EU after Japan and South Korea.',
      'After India and the European Union signed the partnership, the High Representative urged deeper ties.',
      'Under the framework, partnerships are signed by the High Representative on behalf of the European Union, following Council authorisation.',
      'On Monday, Kaja Kallas posted on X that the treaty will be signed on Tuesday.',
    ].join('\n\n'),
  },
]);
const bot = createTestBot({ corpusDir: dir });
const ask = (question: string) => bot.ask(question, { community: 'c' });
afterAll(() => {
  bot.close();
  removeCorpora();
});

describe('the order in time a question asks about', () => {
  it('declines when the sentence speaks of the time after where the question asks before', () => {
    expect(ask('What did the ongoing orogeny cause before the Eocene?').answered).toBe(false);
    expect(ask('What came under the dominance of the barons before the conquest?').answered).toBe(false);
    // A word of the anchor's own phrase may stand between: "before the Norman Conquest".
    expect(ask('Who came into contact with Wales after the conquest of England?').answered).toBe(false);
    expect(ask('Who came into contact with Wales before the conquest of England?').answer).toContain('Wales');
  });

  it('declines when the sentence sets it before where the question asks after', () => {
    expect(ask('What architecture came after the Gothic style?').answered).toBe(false);
  });

  it('reads the anchor set after others as saying what came before it ("India … after Japan")', () => {
    expect(ask('Which country signed such a deal with the EU after India?').answered).toBe(false);
    expect(ask('Which countries signed such a deal with the EU before India?').answer).toContain('Japan');
  });

  it('reads the verb of a clause the order word opens as the anchor too ("before X can sign")', () => {
    // "After India and the European Union signed …" tells what came after a signing.
    const before = ask('What must happen before the High Representative can sign?');
    expect(before.answer).toContain('Council authorisation');
    expect(ask('What did the High Representative do after the European Union signed?').answer).toContain(
      'urged deeper ties',
    );
  });

  it('reads a verb in -s after the clause\'s subject ("before the High Representative signs") as its verb', () => {
    // "signs" is also a plural noun; after the subject it is what the subject does.
    expect(ask('What is needed before the High Representative signs?').answer).toContain(
      'Council authorisation',
    );
  });

  it('reads a verb right after the order word ("before signing") in a clause the other order word opens', () => {
    expect(ask('What does the High Representative need before signing?').answer).toContain(
      'Council authorisation',
    );
  });

  it('reads what a sentence says will happen as still to come when its own event happened', () => {
    // "posted … that the treaty will be signed": the post came before the signing.
    expect(ask('What did Kallas post on X after it was signed?').answered).toBe(false);
    expect(ask('What did Kallas post on X after the signing of the treaty?').answered).toBe(false);
    expect(ask('What did Kallas post on X before the signing of the treaty?').answer).toContain('posted');
  });

  it('answers when the sentence sets it the same way', () => {
    expect(ask('What did the river form before the flood of 1421?').answer).toContain('estuary');
    expect(ask('What did the ongoing orogeny cause after the Eocene?').answer).toContain('rift system');
    expect(ask('What architecture came before the Gothic style?').answer).toContain('Norman architecture');
  });

  it('reads a word pointing back ("after that") as setting the anchor too', () => {
    expect(ask('What was the northern province after 1935?').answer).toContain('demilitarised zone');
  });
});
