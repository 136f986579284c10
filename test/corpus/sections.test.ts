import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.ts';
import { isSectionHeading, sectionHeadings } from '../../src/corpus/sections.ts';
import { askerOver } from '../support/test-bot.ts';

const paragraphs = (...texts: string[]) => splitPassages('roundup', texts.join('\n\n'));

describe('section headings', () => {
  it('reads a heading after "#" or wholly in bold as the section of each paragraph up to the next', () => {
    const headings = sectionHeadings(
      paragraphs(
        'Our monthly roundup of India–EU defence news.',
        '## 9 October: supply-chain seminar in Nagpur',
        'Some 45 European companies attended.',
        'Most came from Germany.',
        '**Cyber dialogue in Brussels**',
        'Officials discussed ransomware.',
      ),
    );
    expect(headings.get(1)).toBeUndefined();
    expect(headings.get(3)).toBe('## 9 October: supply-chain seminar in Nagpur');
    expect(headings.get(4)).toBe('## 9 October: supply-chain seminar in Nagpur');
    expect(headings.get(6)).toBe('**Cyber dialogue in Brussels**');
  });

  it("does not read a transcript's turn or an interview's question as a section", () => {
    const turns = paragraphs(
      '**14.32 | THE CHAIR**',
      '**NICOLAU FERREIRA — Managing Director for Asia, EEAS**',
      '**Q:** What has changed?',
    );
    expect(turns).toHaveLength(3);
    expect(turns.filter(isSectionHeading)).toEqual([]);
  });
});

describe('a paragraph read with the heading of its section', () => {
  const ask = askerOver([
    {
      id: 'roundup',
      title: 'October roundup of India and EU defence ties',
      body: [
        'A month of meetings between Indian and European officials, in brief.',
        '## 9 October: supply-chain seminar in Nagpur',
        'Some 45 European companies and 120 Indian suppliers attended, at the invitation of the Vidarbha Industries Association.',
        '## 14 October: cyber dialogue in Brussels',
        'Officials discussed ransomware and the protection of undersea cables.',
      ].join('\n\n'),
    },
  ]);

  it('answers from the paragraph under the heading that names what the question asks about', () => {
    const answer = ask('how many european companies came to the supply-chain seminar in Nagpur');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Some 45 European companies');
  });

  it('does not lend a heading to the paragraphs of another section', () => {
    const answer = ask('how many european companies came to the cyber dialogue in Brussels');
    expect(answer.answered).toBe(false);
  });
});

describe('a list under a heading that calls its subject by a common noun', () => {
  const ask = askerOver([
    {
      id: 'project',
      title: 'Mangaluru institute to lead harbour sensor research',
      body: [
        'The programme, called TIDEWATCH, was launched on the campus on 19 November.',
        '## Programme at a glance',
        "- Duration: 1 January 2027 to 31 December 2030\n- Students: 12 PhD and 22 master's students",
        'The European share of the money comes from Horizon Europe.',
      ].join('\n\n'),
    },
  ]);

  it('answers from the list, whose heading names the subject by the word the body gave it', () => {
    const answer = ask('how many phd students are on tidewatch');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("12 PhD and 22 master's students");
  });
});
