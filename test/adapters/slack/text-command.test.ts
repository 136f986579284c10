import { describe, expect, it } from 'vitest';
import { parseTextCommand } from '../../../adapters/slack/text-command.ts';

describe('parseTextCommand', () => {
  it('treats anything that is not a command as a question, without the bot mention', () => {
    expect(parseTextCommand('<@UBOT> When was it signed?', 'UBOT')).toEqual({
      kind: 'ask',
      question: 'When was it signed?',
    });
  });

  it('decodes other mentions in a question into plain words', () => {
    expect(parseTextCommand('<@UBOT> did <@U2> say &lt;x&gt; to <!channel>?', 'UBOT')).toEqual({
      kind: 'ask',
      question: 'did @U2 say <x> to @channel?',
    });
  });

  it('reads pin with a trailing link as fact plus source', () => {
    expect(
      parseTextCommand('<@UBOT> pin It was signed on 27 January. <https://x.org/a|x.org/a>', 'UBOT'),
    ).toEqual({
      kind: 'pin',
      text: 'It was signed on 27 January.',
      source: 'https://x.org/a',
    });
  });

  it('reads a trailing corpus passage id as the source', () => {
    expect(parseTextCommand('<@UBOT> pin Signed in Delhi ani-2026-01-27-x#p3', 'UBOT')).toMatchObject({
      source: 'ani-2026-01-27-x#p3',
      text: 'Signed in Delhi',
    });
  });

  it('keeps a link inside the fact when it is the whole fact', () => {
    expect(parseTextCommand('<@UBOT> pin <https://x.org>', 'UBOT')).toEqual({
      kind: 'pin',
      text: 'https://x.org',
      source: null,
    });
  });

  it('explains usage for pin and unpin without arguments', () => {
    expect(parseTextCommand('<@UBOT> pin', 'UBOT').kind).toBe('usage');
    expect(parseTextCommand('<@UBOT> unpin', 'UBOT').kind).toBe('usage');
  });

  it('recognises unpin, pins, sources and help', () => {
    expect(parseTextCommand('<@UBOT> unpin p3', 'UBOT')).toEqual({ kind: 'unpin', id: 'P3' });
    expect(parseTextCommand('<@UBOT> pins', 'UBOT')).toEqual({ kind: 'pins' });
    expect(parseTextCommand('<@UBOT|bot> Sources', 'UBOT')).toEqual({ kind: 'sources' });
    expect(parseTextCommand('help!', 'UBOT')).toEqual({ kind: 'help' });
  });

  it('asks a question that merely starts with a command word', () => {
    expect(parseTextCommand('<@UBOT> sources on the maritime security part?', 'UBOT').kind).toBe('ask');
  });

  it('reads gaps with an optional number of days, and review, as moderator commands', () => {
    expect(parseTextCommand('<@UBOT> gaps', 'UBOT')).toEqual({ kind: 'gaps', days: 7 });
    expect(parseTextCommand('<@UBOT> gaps 30 days', 'UBOT')).toEqual({ kind: 'gaps', days: 30 });
    expect(parseTextCommand('<@UBOT> review', 'UBOT')).toEqual({ kind: 'review' });
    expect(parseTextCommand('<@UBOT> gaps in the partnership?', 'UBOT')).toEqual({
      kind: 'ask',
      question: 'gaps in the partnership?',
    });
  });

  it('reads reload and source add <link> as commands; a question that merely starts with "source" stays a question', () => {
    expect(parseTextCommand('<@UBOT> reload', 'UBOT')).toEqual({ kind: 'reload' });
    expect(parseTextCommand('<@UBOT> source add <https://x.org/a|x.org/a>', 'UBOT')).toEqual({
      kind: 'source-add',
      url: 'https://x.org/a',
    });
    expect(parseTextCommand('<@UBOT> source of the quote?', 'UBOT')).toMatchObject({ kind: 'ask' });
    expect(parseTextCommand('<@UBOT> reload the articles please', 'UBOT')).toMatchObject({ kind: 'ask' });
  });
});
