import type { Actor, PinEvent, PinnedFact } from '../types.ts';
import { PinConflictError } from './pin-errors.ts';
import { canonicalPinId, duplicateKey, formatPinId } from './pin-keys.ts';
import type { CommunityPins, NewPin, PinChanges, PinStore } from './pin-store.ts';

/**
 * The in-memory pin store: same contract as the SQLite store (the shared contract suite runs
 * against both), nothing survives the process. Values handed out are copies, so callers cannot
 * change stored pins by mutating what they got.
 */
export function createMemoryPinStore(): PinStore {
  const pins = new Map<string, PinnedFact>();
  const events: PinEvent[] = [];
  const changedAt = new Map<string, number>();
  let seq = 0;

  const copy = (pin: PinnedFact): PinnedFact => structuredClone(pin);

  const activeDuplicate = (community: string, text: string, exceptId?: string) => {
    const key = duplicateKey(text);
    for (const pin of pins.values()) {
      if (pin.id === exceptId || pin.community !== community || pin.status !== 'active') continue;
      if (duplicateKey(pin.text) === key) return pin;
    }
    return undefined;
  };

  const refuseDuplicate = (community: string, text: string, exceptId?: string) => {
    const existing = activeDuplicate(community, text, exceptId);
    if (existing) {
      throw new PinConflictError('duplicate', `${existing.id} already holds this text`, existing.id);
    }
  };

  const record = (pin: PinnedFact, event: Omit<PinEvent, 'pinId'>): PinnedFact => {
    seq += 1;
    events.push({ pinId: pin.id, ...structuredClone(event) });
    changedAt.set(pin.id, seq);
    return copy(pin);
  };

  const existing = (id: string): PinnedFact => {
    const pin = pins.get(canonicalPinId(id) ?? '');
    if (!pin) throw new PinConflictError('not-found', `unknown pin ${id}`);
    return pin;
  };

  return {
    async add(input: NewPin) {
      refuseDuplicate(input.community, input.text);
      const pin: PinnedFact = {
        id: formatPinId(pins.size + 1),
        community: input.community,
        text: input.text,
        source: input.source,
        pinnedBy: structuredClone(input.actor),
        pinnedAt: input.at,
        message: structuredClone(input.message),
        status: 'active',
        updatedAt: input.at,
      };
      pins.set(pin.id, pin);
      return record(pin, {
        action: 'pin',
        actor: input.actor,
        at: input.at,
        oldText: null,
        newText: pin.text,
      });
    },
    async edit(id: string, text: string, actor: Actor, at: string) {
      const pin = existing(id);
      if (pin.status !== 'active') throw new PinConflictError('state', `${pin.id} is removed`);
      refuseDuplicate(pin.community, text, pin.id);
      const oldText = pin.text;
      pin.text = text;
      pin.updatedAt = at;
      return record(pin, { action: 'edit', actor, at, oldText, newText: text });
    },
    async remove(id: string, actor: Actor, at: string) {
      const pin = existing(id);
      if (pin.status !== 'active') throw new PinConflictError('state', `${pin.id} is already removed`);
      pin.status = 'removed';
      pin.updatedAt = at;
      return record(pin, { action: 'unpin', actor, at, oldText: pin.text, newText: null });
    },
    async restore(id: string, actor: Actor, at: string) {
      const pin = existing(id);
      if (pin.status !== 'removed') throw new PinConflictError('state', `${pin.id} is already active`);
      refuseDuplicate(pin.community, pin.text, pin.id);
      pin.status = 'active';
      pin.updatedAt = at;
      return record(pin, { action: 'restore', actor, at, oldText: null, newText: pin.text });
    },
    async get(id) {
      const pin = pins.get(canonicalPinId(id) ?? '');
      return pin && copy(pin);
    },
    async list(community, options = {}) {
      return [...pins.values()]
        .filter((pin) => pin.community === community && (options.includeRemoved || pin.status === 'active'))
        .map(copy);
    },
    async findActiveByText(community, text) {
      const pin = activeDuplicate(community, text);
      return pin && copy(pin);
    },
    async history(id) {
      const canonical = canonicalPinId(id);
      return events.filter((event) => event.pinId === canonical).map((event) => structuredClone(event));
    },
    async communities() {
      const counts = new Map<string, CommunityPins>();
      for (const pin of pins.values()) {
        const entry = counts.get(pin.community) ?? { community: pin.community, active: 0, removed: 0 };
        entry[pin.status] += 1;
        counts.set(pin.community, entry);
      }
      return [...counts.values()].sort((a, b) => (a.community < b.community ? -1 : 1));
    },
    async changesSince(since): Promise<PinChanges> {
      const changed = [...pins.values()].filter((pin) => (changedAt.get(pin.id) ?? 0) > since);
      return { seq, pins: changed.map(copy) };
    },
    async close() {},
  };
}
