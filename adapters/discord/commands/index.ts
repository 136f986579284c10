import { ask } from './ask.ts';
import { help } from './help.ts';
import { pin } from './pin.ts';
import { pinAsFact } from './pin-as-fact.ts';
import { pins } from './pins.ts';
import { sources } from './sources.ts';
import type { Command } from './types.ts';
import { unpin } from './unpin.ts';

/** Every command the bot registers and answers; `deploy.ts` sends exactly this list. */
export const commands: readonly Command[] = [ask, pin, unpin, pins, sources, help, pinAsFact];

export type { Command, CommandDeps, MessageCommand, SlashCommand } from './types.ts';
