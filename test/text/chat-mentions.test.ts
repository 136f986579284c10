import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/analyzer.ts';

describe('analyzer and chat mentions', () => {
  it('ignores Discord and Slack mention markup in a question', () => {
    const words = tokenize(
      '@everyone <@&223456789012345678> <@123> <#42> when was it signed? <!here> <@U123ABC> @here',
    )
      .filter((token) => !token.stop)
      .map((token) => token.stem);
    expect(words).toEqual(['sign']);
  });

  it('keeps e-mail-like and ordinary words around an @', () => {
    const words = tokenize('press@eu.example said yes').map((token) => token.stem);
    expect(words).toContain('press');
  });
});
