import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.ts';

describe('splitPassages', () => {
  it('makes one passage per blank-line separated paragraph, numbered from 1', () => {
    const passages = splitPassages('art', 'First one.\n\nSecond one.\n\n\n\nThird one.');
    expect(passages.map((p) => [p.id, p.paragraph, p.text])).toEqual([
      ['art#p1', 1, 'First one.'],
      ['art#p2', 2, 'Second one.'],
      ['art#p3', 3, 'Third one.'],
    ]);
  });

  it('joins the lines of a wrapped paragraph with single spaces', () => {
    const [passage] = splitPassages('art', 'A wrapped\nparagraph  \n  goes on.\r\n\r\nNext.');
    expect(passage?.text).toBe('A wrapped paragraph goes on.');
  });

  it('treats a line of only spaces as a paragraph break', () => {
    expect(splitPassages('art', 'One.\n   \nTwo.').map((p) => p.text)).toEqual(['One.', 'Two.']);
  });

  it('holds the sentences of each paragraph with offsets into the passage text', () => {
    const [passage] = splitPassages('art', 'Leaders met. "It went well," she said.');
    expect(passage?.sentences.map((s) => s.text)).toEqual(['Leaders met.', '"It went well," she said.']);
    for (const s of passage?.sentences ?? []) {
      expect(passage?.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
  });

  it('reads each item of a list as its own sentences, without its marker, whatever ends the one before', () => {
    const body = [
      'What to watch:',
      '- Whether India asks to join SAFE. New Delhi has not yet done so',
      '- The first Defence Industry Forum, scheduled for Pune',
      '  in September.',
      '2) The second round, due in October.',
    ].join('\n');
    const [passage] = splitPassages('art', body);
    expect(passage?.sentences.map((s) => s.text)).toEqual([
      'What to watch:',
      'Whether India asks to join SAFE.',
      'New Delhi has not yet done so',
      'The first Defence Industry Forum, scheduled for Pune in September.',
      'The second round, due in October.',
    ]);
    for (const s of passage?.sentences ?? []) {
      expect(passage?.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
  });

  it('returns nothing for an empty body', () => {
    expect(splitPassages('art', '\n\n  \n')).toEqual([]);
  });
});

describe('a markdown table', () => {
  it('makes each row a sentence, without its header and the rule under it', () => {
    const [table] = splitPassages(
      'fair',
      [
        '| Indian company | European partner | Value (₹ crore) |',
        '|---|---|---:|',
        '| Adyar Precision Systems | Lindqvist Marin AB | 312 |',
        '| Hosur Electro-Optics | Brenner Optronik GmbH | 187 |',
      ].join('\n'),
    );
    expect(table?.sentences.map((s) => s.text)).toEqual([
      '| Adyar Precision Systems | Lindqvist Marin AB | 312 |',
      '| Hosur Electro-Optics | Brenner Optronik GmbH | 187 |',
    ]);
    // Each row is quoted as written: its offset points at it in the paragraph's text.
    for (const sentence of table?.sentences ?? [])
      expect(table?.text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });
});
