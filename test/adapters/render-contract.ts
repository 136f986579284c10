import { describe, expect, it } from 'vitest';
import { type Answer, type Citation, rateLimited, SOURCES_DIFFER } from '../../src/index.ts';

/**
 * The render contract both platform renderers pass, so Discord and Slack stay at parity:
 * citations shown, pins labelled with provenance, abstention worded, nobody pinged, limits kept.
 * Each adapter's test calls `describeRenderContract` with its own harness.
 */
export interface RenderHarness<R> {
  name: string;
  render(answer: Answer): R;
  /** Everything a reader sees, with platform escapes decoded. */
  visibleText(rendered: R): string;
  /** Platform limits the message breaks; empty when it fits. */
  limitViolations(rendered: R): string[];
  /** True when posting the message could notify a user, a role, a channel or everyone. */
  mayPing(rendered: R): boolean;
  /** The buttons a reader can press: the label shown and everything the press sends back. */
  buttons(rendered: R): Array<{ label: string; payload: string }>;
  /** The platform's rendering of a short notice (rate limit, refusal). */
  notice(text: string): R;
}

/** The longest answer id the core gives (a 40-character community). */
const LONGEST_ANSWER_ID = `mx6fv9c7.0123456789.${'9'.repeat(40)}`;

const article = (n: number, text: string, overrides: Partial<Citation> = {}): Citation => ({
  n,
  kind: 'article',
  id: `ani-2026-01-27-india-eu-sdp#p${n}`,
  title: 'India and EU sign Security and Defence Partnership',
  publisher: 'ANI',
  date: '2026-01-27',
  url: 'https://example.org/ani/india-eu',
  text,
  paragraph: n,
  ...overrides,
});

const pinCitation = (n: number, text: string): Citation => ({
  n,
  kind: 'pin',
  id: 'P7',
  title: 'Pinned fact P7',
  publisher: null,
  date: '2026-02-01',
  url: null,
  text,
  paragraph: null,
  pin: {
    pinnedBy: { platform: 'discord', userId: '111111111111111111', displayName: 'Asha Mod' },
    pinnedAt: '2026-02-01T10:00:00.000Z',
    source: 'https://example.org/source',
    message: null,
  },
});

const answered = (sentences: string[], citations: Citation[]): Answer => ({
  question: 'When was it signed?',
  kind: 'answered',
  answered: true,
  sentences: sentences.map((text, index) => ({ text, citation: citations[index]?.n ?? 1 })),
  answer: sentences.map((text, index) => `${text} [${citations[index]?.n ?? 1}]`).join(' '),
  citations,
  closest: [],
  message: null,
  missing: [],
});

const simpleAnswer = (): Answer =>
  answered(
    ['The EU-India Security and Defence Partnership will be signed on Tuesday.'],
    [
      article(
        9,
        'On Monday, Kaja Kallas posted on X that the EU-India Security and Defence Partnership will be signed on Tuesday.',
      ),
    ],
  );

const withId = (id: string): Answer => ({ ...simpleAnswer(), id });

export const contractAnswers = {
  simple: simpleAnswer(),
  pinned: answered(
    [
      'The partnership was signed on 27 January 2026.',
      'With the signing of the deal, India becomes the third Asian country.',
    ],
    [
      pinCitation(1, 'The partnership was signed on 27 January 2026.'),
      article(2, 'With the signing of the deal, India becomes the third Asian country.'),
    ],
  ),
  quoted: answered(
    ['It was a proud moment to see that our operations were also a part of this parade.'],
    [
      article(
        3,
        'Appreciating the celebrations, she said, "It was a proud moment to see that our operations were also a part of this parade."',
        {
          speakers: ['Kaja Kallas'],
          alsoReportedBy: [
            {
              id: 'hns#p4',
              title: 'Copy',
              publisher: 'Harbourline News Service',
              date: '2026-01-28',
              url: null,
            },
          ],
        },
      ),
    ],
  ),
  differing: {
    ...answered(
      ['Soldiers marched for the 77th Founders Day.', 'Soldiers marched for the 75th Founders Day.'],
      [
        article(1, 'Soldiers marched for the 77th Founders Day.', {
          publisher: 'Beta Post',
          date: '2024-05-03',
        }),
        article(2, 'Soldiers marched for the 75th Founders Day.', {
          publisher: 'Alpha Wire',
          date: '2024-05-02',
        }),
      ],
    ),
    sourcesDiffer: true,
  } satisfies Answer,
  abstained: {
    question: 'What did NATO say about it?',
    kind: 'not-covered',
    answered: false,
    sentences: [],
    answer: '',
    citations: [],
    closest: [
      article(1, 'EU High Representative Kaja Kallas urged for deepening ties across multilateral fora.'),
    ],
    message: 'My sources do not mention NATO.',
    missing: ['NATO'],
  } satisfies Answer,
  help: {
    question: 'hi',
    kind: 'help',
    answered: false,
    sentences: [],
    answer: '',
    citations: [],
    closest: [],
    message: 'Ask me about the India–EU Security and Defence Partnership.',
    missing: [],
  } satisfies Answer,
  pings: answered(
    ['@everyone look <@123456789012345678> and <@&223456789012345678> <!channel> <!here> @here'],
    [article(1, '@everyone look <@123456789012345678> and <@&223456789012345678> <!channel> <!here> @here')],
  ),
  feedback: withId('mx6fv9c7.0123456789.100000000000000001'),
  oversized: answered(
    Array.from(
      { length: 2 },
      (_, i) => `${'A long sentence about defence cooperation. '.repeat(60)}End ${i}.`,
    ),
    Array.from({ length: 40 }, (_, i) =>
      article(i + 1, `${'Defence cooperation between India and the European Union deepens. '.repeat(80)}`, {
        title: `${'A very long article title about the partnership '.repeat(8)}${i}`,
      }),
    ),
  ),
};

export function describeRenderContract<R>(harness: RenderHarness<R>): void {
  describe(`${harness.name} render contract`, () => {
    it('shows the verbatim answer with its [n] marker and the numbered source', () => {
      const text = harness.visibleText(harness.render(contractAnswers.simple));
      expect(text).toContain('The EU-India Security and Defence Partnership will be signed on Tuesday.');
      expect(text).toContain('[9]');
      expect(text).toContain('India and EU sign Security and Defence Partnership');
      expect(text).toContain('ANI');
      expect(text).toContain('2026-01-27');
      expect(text).toMatch(/(paragraph|para\.?|¶)\s*9/i);
    });

    it('names the speaker of a quote that does not name them, beside its source', () => {
      const text = harness.visibleText(harness.render(contractAnswers.quoted));
      expect(text).toContain('It was a proud moment');
      expect(text).toContain('Kaja Kallas');
    });

    it('lists the other outlets carrying a quote once, with their dates', () => {
      const text = harness.visibleText(harness.render(contractAnswers.quoted));
      expect(text).toMatch(/also reported by Harbourline News Service/i);
      expect(text).toContain('2026-01-28');
    });

    it('labels reports that differ, showing both quotes with their own sources and dates', () => {
      const text = harness.visibleText(harness.render(contractAnswers.differing));
      expect(text).toContain(SOURCES_DIFFER);
      expect(text).toContain('77th Founders Day');
      expect(text).toContain('75th Founders Day');
      expect(text).toContain('Beta Post');
      expect(text).toContain('2024-05-02');
      const plain = harness.visibleText(harness.render(contractAnswers.simple));
      expect(plain).not.toContain(SOURCES_DIFFER);
    });

    it('words the rate limit as the core does', () => {
      const text = harness.visibleText(harness.notice(rateLimited(12)));
      expect(text).toContain(rateLimited(12));
      expect(rateLimited(12)).toMatch(/wait 12 seconds/);
    });

    it('labels a pinned fact with who pinned it and when', () => {
      const text = harness.visibleText(harness.render(contractAnswers.pinned));
      expect(text).toMatch(/pinned/i);
      expect(text).toContain('Asha Mod');
      expect(text).toContain('2026-02-01');
      expect(text).toContain('The partnership was signed on 27 January 2026.');
    });

    it('words an abstention and marks the closest passages as not answering', () => {
      const text = harness.visibleText(harness.render(contractAnswers.abstained));
      expect(text).toContain('My sources do not mention NATO.');
      expect(text).toMatch(/not answer/i);
      expect(text).toContain('urged for deepening ties');
    });

    it('shows the help text', () => {
      const text = harness.visibleText(harness.render(contractAnswers.help));
      expect(text).toContain('Ask me about the India–EU Security and Defence Partnership.');
    });

    it('never pings anyone, whatever the quoted text holds', () => {
      const rendered = harness.render(contractAnswers.pings);
      expect(harness.mayPing(rendered)).toBe(false);
      expect(harness.visibleText(rendered)).toContain('everyone');
    });

    it('fits the platform limits and says when it cut something', () => {
      const rendered = harness.render({ ...contractAnswers.oversized, id: LONGEST_ANSWER_ID });
      expect(harness.limitViolations(rendered)).toEqual([]);
      expect(harness.visibleText(rendered)).toMatch(/…|more sources|shortened|truncated/i);
      expect(harness.buttons(rendered)).toHaveLength(2);
    });

    it('offers "Helpful" and "Wrong or outdated quote" under an answer, each naming it', () => {
      const { id = '' } = contractAnswers.feedback;
      const buttons = harness.buttons(harness.render(contractAnswers.feedback));
      expect(buttons.map((button) => button.label.replace(/^\W+\s*/u, ''))).toEqual([
        'Helpful',
        'Wrong or outdated quote',
      ]);
      for (const button of buttons) expect(button.payload).toContain(id);
      expect(new Set(buttons.map((button) => button.payload)).size).toBe(2);
    });

    it('offers no feedback buttons without an answer id, or on anything but an answer', () => {
      expect(harness.buttons(harness.render(contractAnswers.simple))).toEqual([]);
      expect(
        harness.buttons(harness.render({ ...contractAnswers.abstained, id: 'mx6fv9c7.0123456789.g' })),
      ).toEqual([]);
      expect(
        harness.buttons(harness.render({ ...contractAnswers.help, id: 'mx6fv9c7.0123456789.g' })),
      ).toEqual([]);
    });
  });
}
