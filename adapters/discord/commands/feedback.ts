import { MessageFlags } from 'discord.js';
import type { FeedbackVerdict, LoopOutcome } from '../../../src/index.ts';
import { FEEDBACK, NOTE_INPUT, noteModal } from '../render-feedback.ts';
import { renderNotice } from '../render-lists.ts';
import type { CommandDeps, Component } from './types.ts';

/**
 * "Helpful" and "Wrong or outdated quote" under an answer (custom ids `fb:helpful:<answer id>`,
 * `fb:wrong:<answer id>`). Helpful is recorded at once; Wrong first checks that feedback would be
 * taken, then asks for an optional note in a modal (`fb:note:<answer id>`) and records on submit.
 * Every outcome, refusals included, is a private reply to the person who pressed.
 */
const privately = (outcome: LoopOutcome<{ message: string }>) => {
  const message = renderNotice(outcome.message);
  return { ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) };
};

const give = (
  answerId: string,
  verdict: FeedbackVerdict,
  note: string | null,
  { bot, context }: CommandDeps,
) => privately(bot.loop.feedback({ answerId, verdict, note }, context));

export const feedback: Component = {
  kind: 'component',
  name: FEEDBACK,

  async button(interaction, arg, deps) {
    const [action = '', ...rest] = arg.split(':');
    const answerId = rest.join(':');
    if (action === 'helpful') {
      await interaction.reply(give(answerId, 'helpful', null, deps));
      return;
    }
    const check = deps.bot.loop.checkFeedback(answerId, deps.context);
    if (action !== 'wrong' || !check.ok) {
      await interaction.reply(
        privately(check.ok ? { ...check, message: 'That button is not one of mine.' } : check),
      );
      return;
    }
    await interaction.showModal(noteModal(answerId));
  },

  async modal(interaction, arg, deps) {
    const [action = '', ...rest] = arg.split(':');
    const answerId = rest.join(':');
    if (action !== 'note') {
      await interaction.reply(
        privately({ ok: false, reason: 'invalid', message: 'That form is not one of mine.' }),
      );
      return;
    }
    const note = interaction.fields.getTextInputValue(NOTE_INPUT);
    await interaction.reply(give(answerId, 'wrong', note, deps));
  },
};
