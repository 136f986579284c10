import { ask } from './ask.ts';
import { feedback } from './feedback.ts';
import { gaps } from './gaps.ts';
import { help } from './help.ts';
import { pin } from './pin.ts';
import { pinAsFact } from './pin-as-fact.ts';
import { pins } from './pins.ts';
import { review } from './review.ts';
import { sources } from './sources.ts';
import type { Command, Component } from './types.ts';
import { unpin } from './unpin.ts';

/** Every command the bot registers and answers; `deploy.ts` sends exactly this list. */
export const commands: readonly Command[] = [ask, pin, unpin, pins, sources, help, gaps, review, pinAsFact];

/** Buttons and forms that belong to no command. */
export const components: readonly Component[] = [feedback];

export type { Command, CommandDeps, Component, MessageCommand, SlashCommand } from './types.ts';
