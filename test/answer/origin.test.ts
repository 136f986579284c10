import { describe, expect, it } from 'vitest';
import { asksOrigin, tellsOrigin } from '../../src/answer/origin.ts';
import { indexTerms } from '../../src/text/analyzer.ts';
import { dictionary } from '../../src/text/dictionary.ts';
import { askerOver } from '../support/test-bot.ts';

const tells = (text: string, name: string) => tellsOrigin(text, [indexTerms(name)], dictionary());

describe('where a named person comes from', () => {
  it('reads the questions that ask it', () => {
    expect(asksOrigin('What nationality was Arthur Woolf?')).toBe(true);
    expect(asksOrigin('where is kallas originally from')).toBe(true);
    expect(asksOrigin('which country is Kaja Kallas from?')).toBe(true);
    expect(asksOrigin('where did the ships sail from?')).toBe(true);
    expect(asksOrigin('who did Kallas meet?')).toBe(false);
    // The question word after "from".
    expect(asksOrigin('kallas is from which country originally?')).toBe(true);
    expect(asksOrigin('Anna Berg hails from what city?')).toBe(true);
    expect(asksOrigin('the ships sailed from which port?')).toBe(false);
  });

  it('finds a people or a place tied to the name', () => {
    expect(tells('It was invented in 1804 by British engineer Arthur Woolf.', 'Arthur Woolf')).toBe(true);
    expect(tells('It is named after William Rankine, a Scottish polymath.', 'William Rankine')).toBe(true);
    expect(tells('Edmund Bohun of Suffolk moved to New York.', 'Edmund Bohun')).toBe(true);
    expect(tells('Anna Berg, who came from Uppsala, led the team.', 'Anna Berg')).toBe(true);
    expect(tells('The engine was improved by the Frenchman Denis Papin.', 'Denis Papin')).toBe(true);
    // Past an apposition of a few words, up to its end.
    expect(
      tells(
        'The committee is chaired by Sudhakar Venkatraman, a Lok Sabha member from Tiruchirappalli.',
        'Sudhakar Venkatraman',
      ),
    ).toBe(true);
    expect(tells('Anna Berg, the new director, returned from Oslo on Monday.', 'Anna Berg')).toBe(false);
  });

  it("reads a letter's signature line, a name and a town, as where its writer is from", () => {
    expect(tells('— Col (retd) Mahendra Singh Jhala, Bhuj', 'Mahendra Singh Jhala')).toBe(true);
    expect(tells('*Suresh Kulkarni, Indore*', 'Suresh Kulkarni')).toBe(true);
    // A sentence is no signature, nor is a line signed by someone else.
    expect(tells('Jhala, the colonel, wrote to the editor from the coast, Bhuj.', 'Mahendra Jhala')).toBe(
      false,
    );
    expect(tells('— Hansa Trivedi, Vadodara', 'Suresh Kulkarni')).toBe(false);
  });

  it('finds none where the sentence only names the person beside some place', () => {
    expect(
      tells(
        'Andrew Lortie, a theologian who led the exiled community in London, wrote on it.',
        'Andrew Lortie',
      ),
    ).toBe(false);
    expect(tells('On Monday, Kaja Kallas posted on X that it will be signed.', 'Kaja Kallas')).toBe(false);
    expect(
      tells('It was written by the Huguenot Pierre Loyseleur, lord of Villiers.', 'Pierre Loyseleur'),
    ).toBe(false);
  });
});

const ask = askerOver([
  {
    id: 'engines',
    title: 'Compound engines',
    body: [
      'A way to lessen the heating and cooling was invented in 1804 by British engineer Arthur Woolf.',
      'Andrew Lortie, a theologian who led the exiled community in London, wrote against the doctrine.',
    ].join('\n\n'),
  },
]);

describe('a question about where a person comes from', () => {
  it('is answered by a sentence that says it, and declined where none does', () => {
    expect(ask('What nationality was Arthur Woolf?').answer).toContain('British engineer Arthur Woolf');
    expect(ask('Where was Andrew Lortie originally from?').answered).toBe(false);
  });
});
