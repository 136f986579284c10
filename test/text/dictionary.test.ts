import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/text/analyzer.ts';
import { dictionary } from '../../src/text/dictionary.ts';

describe('dictionary', () => {
  it('knows the parts of speech of a word in any form, and nothing of a non-word', () => {
    expect([...dictionary().partsOfSpeech('kicked')]).toContain('v');
    expect(dictionary().partsOfSpeech('signd').size).toBe(0);
  });

  it('counts no noun that is only a name for a word that is also something else', () => {
    // WordNet's only noun "born" is Max Born; the word is an adjective and a form of "bear".
    expect([...dictionary().partsOfSpeech('born')].sort()).toEqual(['a', 'v']);
    // A word that is only a name stays a noun, and a name-only noun is one noun sense among others.
    expect([...dictionary().partsOfSpeech('france')]).toEqual(['n']);
    expect([...dictionary().partsOfSpeech('mark')]).toContain('n');
  });

  it('reads a plural that WordNet also files as a name by its singular ("fields": Fields, the comedian)', () => {
    expect([...dictionary().partsOfSpeech('fields')].sort()).toEqual(['n', 'v']);
    expect(dictionary().isCommonNoun('fields')).toBe(true);
  });

  it('knows a word whose first sense WordNet gives in full too as a shortening ("min", "tech")', () => {
    for (const word of ['min', 'tech', 'lab', 'info']) expect(dictionary().isShortened(word)).toBe(true);
    // Not a word of its own, nor one whose longer synonym is the word and a particle ("pig it").
    for (const word of ['pig', 'ban', 'rat', 'signd']) expect(dictionary().isShortened(word)).toBe(false);
  });

  it('knows a word English uses as an adverb more than as a noun', () => {
    for (const word of ['even', 'exactly', 'actually', 'now'])
      expect(dictionary().isMostlyAdverb(word)).toBe(true);
    for (const word of ['way', 'part', 'kind', 'time', 'else'])
      expect(dictionary().isMostlyAdverb(word)).toBe(false);
  });

  it('knows a word WordNet has chiefly as an adverb, though it has it as an adjective too', () => {
    for (const word of ['beforehand', 'ahead', 'together', 'earlier'])
      expect(dictionary().isAdverbFirst(word)).toBe(true);
    // An adjective first ("early"), or a noun or verb too ("right", "back"), or no adverb ("big").
    for (const word of ['early', 'right', 'back', 'big'])
      expect(dictionary().isAdverbFirst(word)).toBe(false);
  });

  it('knows the verbs of thinking, feeling and trying from their two most frequent senses', () => {
    // "design" is first to make a plan of, then to intend: "designed to deepen relations".
    for (const word of ['hopes', 'planned', 'want', 'intend', 'designed'])
      expect(dictionary().isVerbOfIntent(word)).toBe(true);
    // WordNet's sense of trying, and a way of it.
    for (const word of ['trying', 'attempted', 'strive'])
      expect(dictionary().isVerbOfIntent(word)).toBe(true);
    for (const word of ['cease', 'helped', 'signd']) expect(dictionary().isVerbOfIntent(word)).toBe(false);
  });

  it('gives the stems of the words that define a word, from its frequent senses and without examples', () => {
    // One sense of "authorisation" is "official permission or approval".
    expect(dictionary().definitionStems('authorisation')).toContain(stemWord('approval'));
    // "husband": a married man; its inflected form is looked up by its base.
    expect(dictionary().definitionStems('husbands')).toContain(stemWord('married'));
    // Stop words are no part of a definition; a non-word has none.
    expect(dictionary().definitionStems('authorisation')).not.toContain('or');
    expect(dictionary().definitionStems('signd').size).toBe(0);
  });

  it("gives a noun's other names from its first senses", () => {
    expect(dictionary().otherNames('UK')).toContain('united kingdom');
    expect(dictionary().otherNames('NATO')).toContain('north atlantic treaty organization');
    // The word itself is not another name of it, and a non-word has none.
    expect(dictionary().otherNames('UK')).not.toContain('uk');
    expect(dictionary().otherNames('signd')).toEqual([]);
  });

  it('tells a named thing (a WordNet instance) from a kind of thing', () => {
    expect(dictionary().isInstance('uk')).toBe(true);
    expect(dictionary().isInstance('France')).toBe(true);
    expect(dictionary().isInstance('council')).toBe(false);
    expect(dictionary().isCommonNoun('council')).toBe(true);
    expect(dictionary().isInstance('signd')).toBe(false);
  });

  it('knows an adverb of several words that is nothing else', () => {
    expect(dictionary().isAdverbPhrase(['ahead', 'of', 'time'])).toBe(true);
    expect(dictionary().isAdverbPhrase(['right', 'away'])).toBe(true);
    // "in advance" is an adjective too; "of time" is no adverb.
    expect(dictionary().isAdverbPhrase(['in', 'advance'])).toBe(false);
    expect(dictionary().isAdverbPhrase(['of', 'time'])).toBe(false);
  });

  it('knows a verb and particle that are a verb of their own, not a way of the bare verb', () => {
    expect(dictionary().isPhrasalVerb('showed', 'up')).toBe(true);
    expect(dictionary().isPhrasalVerb('came', 'up')).toBe(true);
    // "dry up" is a way to "dry"; "sign up" … "signd up" is no verb at all.
    expect(dictionary().isPhrasalVerb('dried', 'up')).toBe(false);
    expect(dictionary().isPhrasalVerb('signd', 'up')).toBe(false);
  });

  it('knows a verb and particle WordNet holds as one verb, phrasal or not', () => {
    expect(dictionary().isVerbWithParticle('passed', 'away')).toBe(true);
    expect(dictionary().isVerbWithParticle('dried', 'up')).toBe(true);
    expect(dictionary().isVerbWithParticle('met', 'away')).toBe(false);
  });

  it('knows a noun for a kind of person, not a people WordNet writes capitalised', () => {
    expect(dictionary().isPersonNoun('minister')).toBe(true);
    expect(dictionary().isPersonNoun('commander')).toBe(true);
    expect(dictionary().isPersonNoun('house')).toBe(false);
    expect(dictionary().isPersonNoun('vikings')).toBe(false);
    expect(dictionary().isPersonNoun('signd')).toBe(false);
  });

  it('knows a noun for a kind of another by its hypernyms, not the other way round', () => {
    expect(dictionary().isKindOf('admiral', 'officer')).toBe(true);
    expect(dictionary().isKindOf('admirals', 'officer')).toBe(true);
    expect(dictionary().isKindOf('frigate', 'ship')).toBe(true);
    expect(dictionary().isKindOf('officer', 'admiral')).toBe(false);
    expect(dictionary().isKindOf('admiral', 'admiral')).toBe(false);
    expect(dictionary().isKindOf('house', 'officer')).toBe(false);
    expect(dictionary().isKindOf('signd', 'officer')).toBe(false);
  });

  it('knows a word that names one thing, as a noun or as an adjective of it', () => {
    expect(dictionary().namesOneThing('france')).toBe(true);
    // Of the Mediterranean, of Africa (the adjective's pertainym is a named thing).
    expect(dictionary().namesOneThing('mediterranean')).toBe(true);
    expect(dictionary().namesOneThing('african')).toBe(true);
    // "Born" is an adjective and a verb; its one noun, Max Born, does not make it a name.
    expect(dictionary().namesOneThing('born')).toBe(false);
    expect(dictionary().namesOneThing('naval')).toBe(false);
  });

  it("tells an adjective's superlative from a word that only ends like one", () => {
    for (const word of ['largest', 'highest', 'longest', 'best', 'biggest'])
      expect(dictionary().isSuperlative(word), word).toBe(true);
    for (const word of ['forest', 'honest', 'west', 'interest', 'large'])
      expect(dictionary().isSuperlative(word), word).toBe(false);
  });

  it('knows the adjectives that say how much something matters by their WordNet attribute', () => {
    for (const word of ['important', 'significant', 'key', 'central'])
      expect(dictionary().isOfImportance(word), word).toBe(true);
    for (const word of ['big', 'long', 'serious', 'naval'])
      expect(dictionary().isOfImportance(word), word).toBe(false);
  });

  it('tells how common a word is by its senses in the sense-tagged corpus', () => {
    expect(dictionary().frequency('river')).toBeGreaterThan(20 * dictionary().frequency('rive'));
    expect(dictionary().frequency('rivers')).toBe(dictionary().frequency('river'));
    expect(dictionary().frequency('signd')).toBe(0);
  });
});
