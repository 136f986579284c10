import { afterAll, describe, expect, it } from 'vitest';
import { glossaryOf, loadGlossary, nameStems, parseGlossary } from '../../src/corpus/glossary.ts';
import { CorpusError } from '../../src/corpus/load-corpus.ts';
import { removeCorpora, writeDir } from './corpus-fixture.ts';

const GLOSSARY = `# names for the same things
groups:
  - [Security and Defence Partnership, SDP, defense pact]
  - [European Union, EU, E.U.]
  - [counter-terrorism, anti terrorism]
`;

function errorOf(source: string): string {
  try {
    parseGlossary('/c/glossary.yaml', source);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error('expected a CorpusError');
}

describe('parseGlossary', () => {
  it('reads each group as names made of the stems of their content words', () => {
    expect(parseGlossary('/c/glossary.yaml', GLOSSARY).groups).toEqual([
      [['secur', 'defens', 'partnership'], ['sdp'], ['defens', 'pact']],
      [['european', 'union'], ['eu'], ['eu']],
      [['counterterror'], ['anti', 'terror']],
    ]);
  });

  it('spells British and American names alike', () => {
    expect(nameStems('Defence Organisation')).toEqual(nameStems('defense organization'));
  });

  it('rejects a file that is not YAML, naming the file', () => {
    expect(errorOf('groups: [')).toMatch(/^Corpus: \/c\/glossary\.yaml: not valid YAML/);
  });

  it('rejects groups that are not a list, naming the file and field', () => {
    const message = errorOf('groups: 3');
    expect(message).toContain('/c/glossary.yaml');
    expect(message).toContain('field "groups"');
  });

  it('rejects a file without groups, naming the field', () => {
    expect(errorOf('other: 1')).toContain('groups');
  });

  it('rejects a group of one name, naming its position', () => {
    const message = errorOf('groups:\n  - [EU, European Union]\n  - [SDP]');
    expect(message).toContain('/c/glossary.yaml');
    expect(message).toContain('field "groups.1"');
    expect(message).toContain('two names');
  });

  it('rejects a name made only of stop words, naming its position and the name', () => {
    const message = errorOf('groups:\n  - [SDP, the of and]');
    expect(message).toBe('Corpus: /c/glossary.yaml: field "groups.0.1": "the of and" has only stop words');
  });

  it('keeps an all-capitals acronym that looks like a stop word', () => {
    expect(parseGlossary('/c/g.yaml', 'groups:\n  - [US, United States]').groups[0]?.[0]).toEqual(['us']);
  });
});

describe('loadGlossary', () => {
  afterAll(removeCorpora);

  it('reads a glossary file', () => {
    const dir = writeDir({ 'glossary.yaml': GLOSSARY });
    expect(loadGlossary(`${dir}/glossary.yaml`).groups).toHaveLength(3);
  });

  it('treats a missing file as an empty glossary', () => {
    const dir = writeDir({});
    expect(loadGlossary(`${dir}/glossary.yaml`).groups).toEqual([]);
  });

  it('names the file when its content is malformed', () => {
    const dir = writeDir({ 'glossary.yaml': 'groups:\n  - [only one]' });
    expect(() => loadGlossary(`${dir}/glossary.yaml`)).toThrow(`${dir}/glossary.yaml`);
  });
});

describe('glossaryOf', () => {
  it('indexes the written-out names of two words or more by their first stem', () => {
    const ttc = ['trade', 'technolog', 'council'];
    const tcc = ['trade', 'cooper', 'council'];
    const glossary = glossaryOf(
      [],
      new Map([
        ['ttc', [ttc]],
        ['tcc', [tcc]],
        ['un', [['un'], ['unit', 'nation']]],
      ]),
    );
    expect(glossary.writtenOutByFirstStem).toEqual(
      new Map([
        ['trade', [ttc, tcc]],
        ['unit', [['unit', 'nation']]],
      ]),
    );
  });
});
