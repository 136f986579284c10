import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * Transcripts (a podcast, a committee hearing): who speaks is set by a label at the start of a
 * paragraph ("RAJAN: …") or by a heading paragraph of its own ("**14.39 | TOMASZ WIERZBICKI (EPP,
 * Poland)**"), and holds until the next; the words in between are that person's.
 */
const ask = askerOver([
  {
    id: 'podcast',
    title: 'Line of Sight, episode 87, on the India-EU defence pact',
    body: [
      'Host Farah Siddiqui speaks with Dr Markus Lindqvist, a researcher in Stockholm, and Commodore Vikram Rajan, a former Indian Navy officer.',
      'HOST: Welcome to Line of Sight. Markus, let me start with you. Is the partnership a milestone?',
      'LINDQVIST: I think it is. These partnerships are the main tool the EU created under the Strategic Compass for working with countries outside the Union.',
      'RAJAN: With respect, I call it a photo-op. The real test is strategic autonomy, and the hard power in Europe sits with national capitals and with NATO.',
    ].join('\n\n'),
  },
  {
    id: 'hearing',
    title: 'Transcript of the subcommittee hearing on the India partnership',
    body: [
      'What follows is an edited transcript of an exchange of views in the Subcommittee on Security and Defence.',
      '**14.39 | TOMASZ WIERZBICKI (EPP, Poland)**',
      'India still buys Russian oil in enormous quantities.',
      'Why should we share sensitive technology with such a country?',
      '**14.41 | NICOLAU FERREIRA — Managing Director for Asia, European External Action Service**',
      'We are not naive. No classified information will be exchanged until a Security of Information Agreement is in force.',
    ].join('\n\n'),
  },
]);

describe('a transcript', () => {
  it("finds a speaker's words by the label of their turn", () => {
    const answer = ask('what did Lindqvist say about the Strategic Compass?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('These partnerships are the main tool');
    expect(ask('what is the real test according to Rajan?').answer).toContain(
      'The real test is strategic autonomy',
    );
  });

  it('finds them by the heading of their turn, paragraphs below it', () => {
    const answer = ask('what did Ferreira say about classified information?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('No classified information will be exchanged');
  });

  it('names the speaker of a quoted turn in its citation', () => {
    const answer = ask('what did Wierzbicki say about Russian oil?');
    expect(answer.answer).toContain('India still buys Russian oil');
    expect(answer.citations[0]?.speakers).toEqual(['Tomasz Wierzbicki']);
  });
});
