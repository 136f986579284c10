import { type Interaction, MessageFlags } from 'discord.js';
import { type Bot, type Logger, PinsUnavailableError, type RateLimiter } from '../../src/index.ts';
import type { Command, CommandDeps, Component } from './commands/index.ts';
import { askContextOf } from './context.ts';
import { renderNotice } from './render-lists.ts';

/**
 * Routes each interaction to its command and catches once per interaction: any failure is
 * logged and the user gets a short private apology (a follow-up when a reply already went out,
 * an edit when the reply was deferred), so nobody is left with "The application did not respond".
 */

export const APOLOGY =
  'Sorry, something went wrong on my side while handling that. It has been logged; please try again.';
export const OUTSIDE_SERVER =
  'I answer inside a server, where pinned facts belong to that server. Please use me there.';
export const UNKNOWN_COMMAND =
  'I do not know that command any more. A server admin may need to refresh my commands.';

export interface InteractionHandlerOptions {
  bot: Bot;
  logger: Logger;
  askLimiter: RateLimiter;
  moderatorRoleIds: readonly string[];
  commands: readonly Command[];
  /** Buttons and modals outside any command (feedback under answers). */
  components?: readonly Component[];
}

const privately = (text: string) => {
  const message = renderNotice(text);
  return { ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) };
};

function label(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return `component ${interaction.customId}`;
  if (interaction.isModalSubmit()) return `modal ${interaction.customId}`;
  return `interaction type ${(interaction as Interaction).type}`;
}

async function route(interaction: Interaction, options: InteractionHandlerOptions): Promise<void> {
  const byName = (name: string) => options.commands.find((command) => command.data.name === name);
  if (!interaction.inGuild()) {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) await interaction.reply(privately(OUTSIDE_SERVER));
    return;
  }
  const deps: CommandDeps = {
    bot: options.bot,
    logger: options.logger,
    askLimiter: options.askLimiter,
    context: { ...askContextOf(interaction, options.moderatorRoleIds), community: interaction.guildId },
  };
  if (interaction.isAutocomplete()) {
    const command = byName(interaction.commandName);
    if (command?.kind === 'slash' && command.autocomplete) await command.autocomplete(interaction, deps);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isChatInputCommand()) {
    const command = byName(interaction.commandName);
    if (command?.kind === 'slash') return command.execute(interaction, deps);
  } else if (interaction.isMessageContextMenuCommand()) {
    const command = byName(interaction.commandName);
    if (command?.kind === 'message') return command.execute(interaction, deps);
  } else if (interaction.isButton() || interaction.isModalSubmit()) {
    const [name = '', ...rest] = interaction.customId.split(':');
    const command = byName(name);
    const handlers = command?.kind === 'slash' ? command : options.components?.find((c) => c.name === name);
    const arg = rest.join(':');
    if (interaction.isButton() && handlers?.button) return handlers.button(interaction, arg, deps);
    if (interaction.isModalSubmit() && handlers?.modal) return handlers.modal(interaction, arg, deps);
  }
  if (interaction.isRepliable()) await interaction.reply(privately(UNKNOWN_COMMAND));
}

/** The apology, or the reason when it is one the user should know (pins temporarily unavailable). */
async function apologise(interaction: Interaction, error: unknown): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const text = error instanceof PinsUnavailableError ? error.message : APOLOGY;
  if (interaction.deferred && !interaction.replied) {
    const { content, allowedMentions } = renderNotice(text);
    await interaction.editReply({ content, allowedMentions, embeds: [], components: [] });
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp(privately(text));
  } else {
    await interaction.reply(privately(text));
  }
}

/** Returns the one `interactionCreate` listener the adapter installs. */
export function createInteractionHandler(options: InteractionHandlerOptions) {
  return async (interaction: Interaction): Promise<void> => {
    try {
      await route(interaction, options);
    } catch (error) {
      options.logger.error('discord: handling an interaction failed', {
        interaction: label(interaction),
        interactionId: interaction.id,
        error,
      });
      try {
        await apologise(interaction, error);
      } catch (apologyError) {
        options.logger.error('discord: could not send the apology', {
          interactionId: interaction.id,
          error: apologyError,
        });
      }
    }
  };
}
