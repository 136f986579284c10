import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * An interview in questions and labelled answers: each answer is the interviewee's words, and its
 * first sentence may refer back to the question it answers ("Because without it …").
 */
const ask = askerOver([
  {
    id: 'interview',
    title: 'The EU defence director on India, in his own words',
    body: [
      'Markus Lehtinen has led the defence policy directorate in Brussels since 2023. He spoke to us on 4 June.',
      '**Q: You keep coming back to a Security of Information Agreement. Why is it so important?**',
      'Lehtinen: Because without it we cannot share classified information, full stop. A Security of Information Agreement sets common rules for how each side marks, stores and protects classified material. It is not glamorous, but no serious joint project in defence can go far without one.',
      '**Q: Where do the negotiations stand?**',
      'Lehtinen: The first round took place in March in Brussels. The second is planned for the autumn.',
    ].join('\n\n'),
  },
]);

describe('an interview', () => {
  it('answers "why" with the first sentence of the answer, which refers back to the question', () => {
    const answer = ask('Why does Lehtinen think the Security of Information Agreement is so important?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Because without it we cannot share classified information');
  });

  it('gives an answer labelled with the surname to that person', () => {
    const answer = ask('what did Lehtinen say about the second round?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('The second is planned for the autumn');
  });
});
