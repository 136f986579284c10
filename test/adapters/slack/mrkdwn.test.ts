import { describe, expect, it } from 'vitest';
import {
  cutAtSentence,
  decodeSlackText,
  escapeMrkdwn,
  fitEscaped,
  linkTarget,
  mrkdwnLink,
} from '../../../adapters/slack/mrkdwn.ts';

describe('decodeSlackText', () => {
  it('turns mentions, channels and special mentions into plain words', () => {
    expect(
      decodeSlackText('<@U123> hi <@U9|asha> in <#C1|general> <!channel> <!here> <!subteam^S1|@mods>'),
    ).toBe('@U123 hi @asha in #general @channel @here @mods');
  });

  it('unescapes entities once, never twice', () => {
    expect(decodeSlackText('a &lt;b&gt; &amp;lt; c')).toBe('a <b> &lt; c');
  });

  it('keeps the URL of a link and its label when they differ', () => {
    expect(decodeSlackText('see <https://x.org/a?b=1&amp;c=2|x.org/a?b=1&amp;c=2>')).toBe(
      'see https://x.org/a?b=1&c=2',
    );
    expect(decodeSlackText('see <https://x.org|the report>')).toBe('see the report (https://x.org)');
  });
});

describe('linkTarget', () => {
  it('reads the URL of a link token and rejects anything else', () => {
    expect(linkTarget('<https://x.org/a&amp;b|label>')).toBe('https://x.org/a&b');
    expect(linkTarget('<!channel>')).toBeNull();
    expect(linkTarget('https://x.org')).toBeNull();
  });
});

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('<!here> & *bold* @channel')).toBe('&lt;!here&gt; &amp; *bold* @channel');
  });
});

describe('mrkdwnLink', () => {
  it('links only http(s) URLs and escapes the label', () => {
    expect(mrkdwnLink('https://x.org/?a=1&b=2', 'A <b>')).toBe('<https://x.org/?a=1&amp;b=2|A &lt;b&gt;>');
    expect(mrkdwnLink('javascript:alert(1)', 'bad')).toBe('bad');
    expect(mrkdwnLink(null, 'ani#p3')).toBe('ani#p3');
  });
});

describe('cutAtSentence', () => {
  it('keeps text that fits and cuts longer text at a sentence end with a mark', () => {
    expect(cutAtSentence('Short.', 10)).toBe('Short.');
    const cut = cutAtSentence('First sentence here. Second sentence here. Third one.', 45);
    expect(cut).toBe('First sentence here. Second sentence here. …');
    expect(cut.length).toBeLessThanOrEqual(45);
  });

  it('falls back to a word boundary when no sentence ends early enough', () => {
    expect(cutAtSentence('one two three four five six seven', 16)).toBe('one two three…');
  });
});

describe('fitEscaped', () => {
  it('keeps the escaped result within the limit even when escaping grows it', () => {
    const text = '<<<<<<<<<< '.repeat(50);
    const fitted = fitEscaped(text, 100);
    expect(fitted.length).toBeLessThanOrEqual(100);
    expect(fitted).not.toContain('<');
  });
});
