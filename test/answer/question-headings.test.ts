import { afterAll, describe, expect, it } from 'vitest';
import { isQuestionHeading } from '../../src/corpus/sections.ts';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * An explainer under question headings answers each heading in the paragraph below it, which goes
 * on without the heading's words; an interview's answers under its questions are the interviewee's
 * words and are not read as answering whatever their heading asks.
 */
const explainer = writeCorpus([
  {
    id: 'harbour-explainer',
    publisher: 'Tagus Review',
    title: 'Explainer on the Harbour Accord and what comes next',
    published: '2024-06-10',
    body: [
      'Here is what the Harbour Accord is and what to watch for.',
      '### What is the Harbour Accord?',
      'It is a framework for shared coastal patrols, signed in 2024.',
      '### Why did Portugal take longer than Spain to join?',
      'Madrid signed in March. Officials say the navy had no ships to spare until the new frigates arrived.',
      '### What happens next?',
      'The first joint patrol sails in June.',
    ].join('\n\n'),
  },
]);
const interview = writeCorpus([
  {
    id: 'harbour-interview',
    publisher: 'Tagus Review',
    title: 'Interview with Admiral Rui Costa on the Harbour Accord',
    published: '2024-06-10',
    body: [
      'We spoke to Admiral Rui Costa about the accord.',
      '### Why did Portugal take longer than Spain to join?',
      'I was not in the ministry then. My own view is that we wanted more frigates first.',
      '### What happens next?',
      'I expect our first joint patrol to sail in June.',
    ].join('\n\n'),
  },
]);
const explainerBot = createBot({ corpusDir: explainer, pinSyncIntervalMs: 0 });
const interviewBot = createBot({ corpusDir: interview, pinSyncIntervalMs: 0 });
afterAll(() => {
  explainerBot.close();
  interviewBot.close();
  removeCorpora();
});

describe('question headings', () => {
  it('knows a heading that asks from one that names', () => {
    expect(isQuestionHeading('### Why did Portugal take longer than Spain to join?')).toBe(true);
    expect(isQuestionHeading('**What happens next?**')).toBe(true);
    expect(isQuestionHeading('### The accord at a glance')).toBe(false);
    expect(isQuestionHeading('Why did Portugal take longer?')).toBe(false);
  });

  it("answers a heading's question from the paragraph under it", () => {
    const answer = explainerBot.ask('why did portugal take longer than spain to join', { community: 'c' });
    expect(answer.answered).toBe(true);
    // The paragraph under the heading, which holds none of the question's words.
    expect(answer.citations[0]?.text).toContain('the navy had no ships to spare');
  });

  it("does not read an interviewee's words as answering the heading whatever they say", () => {
    const answer = interviewBot.ask('why did portugal take longer than spain to join', { community: 'c' });
    expect(answer.answered).toBe(false);
  });
});
