import { createLogger } from '../log.ts';
import type { Bot, PinnedFact, PinOutcome } from '../types.ts';
import { createPinService } from './pin-service.ts';
import type { PinStore } from './pin-store.ts';
import { createPinSync } from './pin-sync.ts';

/**
 * The pin half of the Bot: pin commands through the pin service, and the index kept in step with
 * the store (pin-sync.ts). After its own change the bot syncs at once, so the moderator's next
 * question already sees the pin; other processes see it at their next notice or poll.
 *
 * @module
 */
export type BotPins = Pick<
  Bot,
  'pin' | 'unpin' | 'editPin' | 'restorePin' | 'pins' | 'pinHistory' | 'syncPins'
> & {
  /** Active pins of a community in the index (no database round trip). */
  count(community: string): number;
  /** The active pins the index holds, and one by id (no database round trip). */
  active(): PinnedFact[];
  activePin(id: string): PinnedFact | undefined;
  close(): Promise<void>;
};

export interface BotPinsOptions {
  store: PinStore;
  now: () => Date;
  isKnownPassage: (id: string) => boolean;
  /** Adds an active pin to the index, or takes a removed one out. */
  apply(pin: PinnedFact): void;
  /** Poll interval for stores that cannot notify (SQLite); 0 turns it off. */
  pollIntervalMs: number;
  /** Where a failed background sync is reported (the index keeps what it had). */
  onSyncError?: (error: unknown) => void;
}

export function createBotPins(options: BotPinsOptions): BotPins {
  const { store } = options;
  const service = createPinService({ store, isKnownPassage: options.isKnownPassage, now: options.now });
  const logger = createLogger('warn');
  const onError =
    options.onSyncError ?? ((error: unknown) => logger.warn('pins: could not sync the index', { error }));
  const pinSync = createPinSync({ store, apply: options.apply, intervalMs: options.pollIntervalMs, onError });
  // The first sync loads the pins already saved; openBot waits for it, createBot does not.
  pinSync.sync().catch(onError);

  // A change of our own is in the index before the moderator sees the reply; a failed sync is
  // caught up by the next one and never turns a saved pin into an error.
  const synced = async (outcome: Promise<PinOutcome>): Promise<PinOutcome> => {
    const result = await outcome;
    if (result.ok) await pinSync.sync().catch(onError);
    return result;
  };

  return {
    pin: (request, context) => synced(service.pin(request, context)),
    unpin: (id, context) => synced(service.unpin(id, context)),
    editPin: (id, text, context) => synced(service.edit(id, text, context)),
    restorePin: (id, context) => synced(service.restore(id, context)),
    pins: (community, listOptions) => service.list(community, listOptions),
    pinHistory: (id, community) => service.history(id, community),
    syncPins: () => pinSync.sync(),
    count: (community) => pinSync.activeCount(community),
    active: () => pinSync.active(),
    activePin: (id) => pinSync.activePin(id),
    async close() {
      pinSync.close();
      await store.close();
    },
  };
}
