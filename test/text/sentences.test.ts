import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences at ., ! and ?', () => {
    expect(texts('The deal was signed. Was it late? It was not! Talks ended.')).toEqual([
      'The deal was signed.',
      'Was it late?',
      'It was not!',
      'Talks ended.',
    ]);
  });

  it("keeps a list item's number with its sentence", () => {
    expect(texts('1. An SoIA sets common rules. It is signed later.')).toEqual([
      '1. An SoIA sets common rules.',
      'It is signed later.',
    ]);
    expect(texts('(a) The first rule applies.')).toEqual(['(a) The first rule applies.']);
  });

  it('does not break after titles such as Mr. and Dr.', () => {
    expect(texts('Mr. Smith met Dr. Jones in Paris. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones in Paris.',
      'They talked.',
    ]);
  });

  it('does not break after an abbreviated month', () => {
    expect(texts('The talks began on Jan. 5 in Rome. Nothing was agreed.')).toEqual([
      'The talks began on Jan. 5 in Rome.',
      'Nothing was agreed.',
    ]);
  });

  it('reads "No." as a number\'s abbreviation only before a number', () => {
    expect(
      texts('Is this the first contact? No. The two sides met in 2022. Resolution No. 5 passed.'),
    ).toEqual([
      'Is this the first contact?',
      'No.',
      'The two sides met in 2022.',
      'Resolution No. 5 passed.',
    ]);
  });

  it('does not break inside dotted acronyms such as U.S.', () => {
    expect(texts('The U.S. Senate approved the plan. It goes to the House next.')).toEqual([
      'The U.S. Senate approved the plan.',
      'It goes to the House next.',
    ]);
  });

  it('does not break after initials', () => {
    expect(texts('The report by J. R. Smith was cited. He was not present.')).toEqual([
      'The report by J. R. Smith was cited.',
      'He was not present.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(texts('"It is a milestone," she said. Then she left.')).toEqual([
      '"It is a milestone," she said.',
      'Then she left.',
    ]);
  });

  it('keeps a quoted question and its lower-case attribution together', () => {
    expect(texts('"Is it?" she asked. Nobody answered.')).toEqual([
      '"Is it?" she asked.',
      'Nobody answered.',
    ]);
  });

  it('gives offsets at which each sentence is found verbatim in the paragraph', () => {
    const paragraph = '  Mr. Singh spoke.   "Is it?" she asked.  The U.S. Senate, on Jan. 5, agreed!  Why?  ';
    const sentences = splitSentences(paragraph);
    expect(sentences).toHaveLength(4);
    for (const { text, start } of sentences) {
      expect(paragraph.slice(start, start + text.length)).toBe(text);
      expect(text).toBe(text.trim());
    }
  });

  it('ends a sentence at a reference mark after its full stop, the mark kept with it', () => {
    const paragraph =
      'It was shortened in the 20th century.[note 7] The total length is hard to measure. ' +
      'Nearly 25% was Huguenot.[citation needed] In 1705, Amsterdam gave rights.[3][4] Then it ended.';
    expect(texts(paragraph)).toEqual([
      'It was shortened in the 20th century.[note 7]',
      'The total length is hard to measure.',
      'Nearly 25% was Huguenot.[citation needed]',
      'In 1705, Amsterdam gave rights.[3][4]',
      'Then it ended.',
    ]);
    for (const { text, start } of splitSentences(paragraph)) {
      expect(paragraph.slice(start, start + text.length)).toBe(text);
    }
    // A bracket inside a sentence, or a mark before a lower-case word, ends nothing.
    expect(texts('He said [sic] this. See note.[1] the end')).toEqual([
      'He said [sic] this.',
      'See note.[1] the end',
    ]);
  });

  it("keeps marks after a sentence's end with it, never as a sentence of their own", () => {
    // An interview's question in bold: the closing "**" is no sentence to quote.
    expect(texts('**Q: You keep coming back to it. Why is it so important?**')).toEqual([
      '**Q: You keep coming back to it.',
      'Why is it so important?**',
    ]);
  });

  it('returns no sentences for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
