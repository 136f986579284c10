import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A speaker is named by the title the article gives them as well as by their name: "according to
 * the AVM" asks for the words of "Air Vice Marshal Kuldeep Sandhu", whom the article then calls
 * "he" and "Sandhu".
 */
const ask = askerOver([
  {
    id: 'panel',
    title: 'After the pact, a panel weighs engines and loans',
    body: [
      'Four speakers met in New Delhi on Tuesday to discuss the defence partnership.',
      "Air Vice Marshal Kuldeep Sandhu (retd), who commanded a fighter base in Punjab, wanted to talk about engines. India's most important ask of Europe, he argued, is design authority over critical technologies.",
      'Dr Ananya Deshpande, a senior fellow, spoke about loans. "The partnership is the door, but it is not the room," she said.',
    ].join('\n\n'),
  },
]);

describe('a speaker named by their title', () => {
  it('answers "according to the AVM" with the words of the Air Vice Marshal', () => {
    const answer = ask("what's the biggest thing india wants from europe according to the AVM");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('design authority');
  });
});

describe('a speaker placed by a name after a preposition', () => {
  const visit = askerOver([
    {
      id: 'goa-visit',
      title: 'Portuguese minister signs maritime roadmap, tours Goa',
      body: [
        'Portuguese officials said the hydrographic work would at first focus on sharing survey methods rather than on joint voyages.',
        'Rear Admiral Nikhil Parulekar, Flag Officer Commanding Goa Naval Area, said the roadmap gave the two navies "a reason to talk every year". "Hydrography sounds technical, but safe charts are the first thing any navy needs," he said.',
      ].join('\n\n'),
    },
  ]);

  it('asks for the words of "the admiral in Goa", not of Goa', () => {
    const answer = visit('what did the admiral in goa say about hydrography');
    expect(answer.answer).toContain('safe charts are the first thing any navy needs');
    expect(answer.answer).not.toContain('Portuguese officials');
  });
});
