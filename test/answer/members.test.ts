import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "What is one / some / an example of X" asks for members of the kind X: the sentence that
 * introduces them after the kind ("X include …", "such as") answers, not one that names X among
 * other kinds.
 */
const ask = askerOver([
  {
    id: 'law',
    title: 'Where Union law comes from',
    published: '2016-01-01',
    body: [
      'The three sources of Union law are primary law, secondary law and supplementary law.',
      'Supplementary sources of Union law include case law by the Court of Justice, international law and general principles of Union law.',
      'The main sources of primary law are the Treaties establishing the Union, and one reason that national courts apply them is their direct effect.',
    ].join('\n\n'),
  },
]);

describe('members of a kind', () => {
  it('are given by the sentence introducing them after the kind', () => {
    expect(ask('What is one supplementary source of Union law?').answer).toContain('include case law');
    expect(ask('What are some supplementary sources of Union law?').answer).toContain('include case law');
  });

  it('are not asked where a clause says which one ("one reason that …" asks why)', () => {
    expect(ask('What is one reason that national courts apply the Treaties?').answer).toContain(
      'direct effect',
    );
  });
});
