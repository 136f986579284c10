import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { AskContext, Bot, Logger, RateLimiter } from '../../../src/index.ts';

/** What every command handler receives besides the interaction. */
export interface CommandDeps {
  bot: Bot;
  logger: Logger;
  /** Per-user limit on questions (RATE_LIMIT_QUESTIONS per RATE_LIMIT_WINDOW_SECONDS). */
  askLimiter: RateLimiter;
  /** Already resolved for this interaction: community, actor, moderator flag. */
  context: AskContext & { community: string };
}

export interface CommandData {
  name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

/** Buttons and modals whose custom id starts with `<name>:`; `arg` is the rest of the id. */
export interface ComponentHandlers {
  button?(interaction: ButtonInteraction<'cached' | 'raw'>, arg: string, deps: CommandDeps): Promise<void>;
  modal?(
    interaction: ModalSubmitInteraction<'cached' | 'raw'>,
    arg: string,
    deps: CommandDeps,
  ): Promise<void>;
}

export interface SlashCommand extends ComponentHandlers {
  kind: 'slash';
  data: CommandData;
  execute(interaction: ChatInputCommandInteraction<'cached' | 'raw'>, deps: CommandDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction<'cached' | 'raw'>, deps: CommandDeps): Promise<void>;
}

/** Buttons and modals that belong to no command, such as the feedback buttons under answers. */
export interface Component extends ComponentHandlers {
  kind: 'component';
  /** The custom id prefix before the first `:`. */
  name: string;
}

export interface MessageCommand {
  kind: 'message';
  data: CommandData;
  execute(
    interaction: MessageContextMenuCommandInteraction<'cached' | 'raw'>,
    deps: CommandDeps,
  ): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;
