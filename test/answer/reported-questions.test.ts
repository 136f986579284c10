import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A hearing's summary reports its questions ("Marchetti asked whether Indian companies could …")
 * and then their answers ("Ferreira Santos said the partnership does not …"): the answer answers.
 */
const ask = askerOver([
  {
    id: 'hearing',
    title: 'MEPs question the EEAS on the India partnership',
    body: [
      'Hélène Marchetti asked whether Indian companies could now take part in projects funded by the European Defence Fund.',
      'Isabel Ferreira Santos said the partnership "does not by itself open any EU funding programme to third countries".',
    ].join('\n\n'),
  },
]);

describe('a question a text reports', () => {
  it('is never quoted as the answer to the question it asks', () => {
    const answer = ask('can indian companies take part in projects funded by the european defence fund now?');
    expect(answer.answer ?? '').not.toContain('asked whether');
  });

  it('answers who asked it', () => {
    expect(
      ask('who asked whether indian companies could take part in european defence fund projects?').answer,
    ).toContain('Marchetti asked whether');
  });
});

describe('a statement giving the question someone asked', () => {
  const visit = askerOver([
    {
      id: 'port-call',
      title: 'Dutch warship draws crowds at Thoothukudi',
      body: [
        'The fishermen met the ship\'s captain on Sunday. "We have seen pirates before. What our fishermen asked the captain was simple: if one of our boats is in trouble, will you come?"',
        'Is the port ready for more visits? The harbour master said it was.',
      ].join('\n\n'),
    },
  ]);

  it('answers what they asked, though it ends with a question mark', () => {
    expect(visit('what did the fishermen ask the captain').answer).toContain('will you come?');
  });

  it('does not quote a question the text asks itself', () => {
    expect(visit('is the port ready for more visits').answer ?? '').not.toContain('Is the port ready');
  });
});
