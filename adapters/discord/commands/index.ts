import { ask } from './ask.ts';
import { help } from './help.ts';
import { pin } from './pin.ts';
import { pinAsFact } from './pin-as-fact.ts';
import { pins } from './pins.ts';
import { reload } from './reload.ts';
import { source } from './source.ts';
import { sources } from './sources.ts';
import type { Command } from './types.ts';
import { unpin } from './unpin.ts';

/** Every command the bot registers and answers; `deploy.ts` sends exactly this list. */
export const commands: readonly Command[] = [ask, pin, unpin, pins, sources, reload, help, pinAsFact];

/** The list for a configuration: `/source add` only when ALLOW_CHAT_SOURCES is on. */
export const commandsFor = (config: { ALLOW_CHAT_SOURCES: boolean }): readonly Command[] =>
  config.ALLOW_CHAT_SOURCES ? [...commands, source] : commands;

export type { Command, CommandDeps, MessageCommand, SlashCommand } from './types.ts';
