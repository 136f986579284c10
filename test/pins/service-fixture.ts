import {
  type Actor,
  type AskContext,
  createMemoryPinStore,
  createPinService,
  type PinStore,
} from '../../src/index.ts';
import type { PinService } from '../../src/pins/pin-service.ts';

/** A pin service over a fresh in-memory store, with a clock that ticks one second per call. */
export const mod: Actor = { platform: 'discord', userId: '111', displayName: 'Mod One' };
export const asMod: AskContext = { community: 'guild-1', user: mod, isModerator: true };
export const passage = 'ani-2026-01-27-india-eu-sdp#p4';

export function createServiceFixture(): { store: PinStore; service: () => PinService } {
  const store = createMemoryPinStore();
  let clock = 0;
  const service = () =>
    createPinService({
      store,
      isKnownPassage: (id) => id === passage,
      now: () => new Date(Date.UTC(2026, 1, 1, 10, 0, clock++)),
    });
  return { store, service };
}
