import { ask } from './ask.ts';
import { feedback } from './feedback.ts';
import { gaps } from './gaps.ts';
import { help } from './help.ts';
import { pin } from './pin.ts';
import { pinAsFact } from './pin-as-fact.ts';
import { pins } from './pins.ts';
import { reload } from './reload.ts';
import { review } from './review.ts';
import { source } from './source.ts';
import { sources } from './sources.ts';
import type { Command, Component } from './types.ts';
import { unpin } from './unpin.ts';

/** Every command the bot registers and answers; `deploy.ts` sends exactly this list. */
export const commands: readonly Command[] = [
  ask,
  pin,
  unpin,
  pins,
  sources,
  reload,
  help,
  gaps,
  review,
  pinAsFact,
];

/** The list for a configuration: `/source add` only when ALLOW_CHAT_SOURCES is on. */
export const commandsFor = (config: { ALLOW_CHAT_SOURCES: boolean }): readonly Command[] =>
  config.ALLOW_CHAT_SOURCES ? [...commands, source] : commands;

/** Buttons and forms that belong to no command. */
export const components: readonly Component[] = [feedback];

export type { Command, CommandDeps, Component, MessageCommand, SlashCommand } from './types.ts';
