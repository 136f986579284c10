import { describe, expect, it } from 'vitest';
import { newAnswerId, parseAnswerId } from '../../src/moderation/answer-id.ts';
import { gapKey, gapTerms } from '../../src/moderation/gap-key.ts';

describe('gapTerms', () => {
  it('keys a gap by the analyser stems of its missing words, whatever their case or form', () => {
    expect(gapTerms('What did NATO say?', ['NATO'])).toEqual(['nato']);
    expect(gapTerms('what does nato think', ['nato'])).toEqual(['nato']);
    expect(gapTerms('Any submarine deals?', ['submarines', 'Deals'])).toEqual(['deal', 'submarin']);
  });

  it('falls back to every term of the question when no word was named missing', () => {
    expect(gapTerms('Did the partnership cover the defence budgets?', [])).toEqual(
      gapTerms('defense budget, partnership covering', []),
    );
    expect(gapKey(gapTerms('Did the partnership cover the defence budgets?', []))).toBe(
      'budget cover defens partnership',
    );
  });
});

describe('answer ids', () => {
  it('name the community and the time, within 63 characters', () => {
    const at = new Date('2026-03-10T12:00:00.123Z');
    const id = newAnswerId('1'.repeat(40), at) ?? '';
    expect(id.length).toBeLessThanOrEqual(63);
    expect(parseAnswerId(id)).toEqual({ community: '1'.repeat(40), at });
    expect(parseAnswerId(newAnswerId('T0:a.b', at) ?? '')).toEqual({ community: 'T0:a.b', at });
  });

  it('are not given in a community whose id cannot fit, and junk does not parse', () => {
    expect(newAnswerId('x'.repeat(41), new Date())).toBeUndefined();
    expect(parseAnswerId('pins:3')).toBeUndefined();
    expect(parseAnswerId('abc.0123456789.')).toBeUndefined();
  });
});
