import { userInfo } from 'node:os';
import type {
  Actor,
  AskContext,
  PinEvent,
  PinnedFact,
  PinOutcome,
  PinRefusal,
  PinRequest,
} from '../types.ts';
import { PinConflictError, PinsUnavailableError } from './pin-errors.ts';
import {
  actorSchema,
  createPinRequestSchema,
  describeIssues,
  pinIdSchema,
  pinTextSchema,
} from './pin-input.ts';
import type { PinStore } from './pin-store.ts';

/**
 * Pin operations with validation and permissions; the store below only persists. Order of
 * checks: moderator first (a non-moderator learns nothing about pins), then input, then the
 * pin's existence in the asker's community (a pin of another community is reported as not
 * found, so ids do not leak across communities), then state and duplicates.
 *
 * Who pinned: `context.user`. When an adapter sends no user (the console), the pinner is
 * `defaultActor`, by default `{ platform: 'local', userId: 'local', displayName: <OS user name> }`:
 * on the console the person at the machine is the most honest provenance ('console' when the
 * OS cannot say).
 *
 * @module
 */
export interface PinService {
  pin(request: PinRequest, context: AskContext): Promise<PinOutcome>;
  unpin(id: string, context: AskContext): Promise<PinOutcome>;
  edit(id: string, text: string, context: AskContext): Promise<PinOutcome>;
  restore(id: string, context: AskContext): Promise<PinOutcome>;
  /** Rejects with `PinsUnavailableError` while the database cannot be reached. */
  list(community: string, options?: { includeRemoved?: boolean }): Promise<PinnedFact[]>;
  /** A pin's events, oldest first, or null when the id is unknown in this community. */
  history(id: string, community: string): Promise<PinEvent[] | null>;
}

export interface PinServiceOptions {
  store: PinStore;
  isKnownPassage: (id: string) => boolean;
  now: () => Date;
  defaultActor?: Actor;
}

export function consoleActor(): Actor {
  let name = '';
  try {
    name = userInfo().username.trim();
  } catch {
    // No passwd entry (some containers): fall back below.
  }
  return { platform: 'local', userId: 'local', displayName: name || 'console' };
}

const refuse = (reason: PinRefusal, message: string, existingId?: string): PinOutcome =>
  existingId === undefined ? { ok: false, reason, message } : { ok: false, reason, message, existingId };

const notModerator = refuse('not-moderator', 'Sorry, only moderators can pin, edit or unpin facts here.');
const notFound = (id: string) => refuse('not-found', `There is no pin ${id} in this community.`);

function checkContext(context: AskContext): void {
  if (typeof context?.community !== 'string' || context.community.trim() === '') {
    throw new TypeError('PinService: context.community must be a non-empty string');
  }
  if (context.user !== undefined && !actorSchema.safeParse(context.user).success) {
    throw new TypeError(`PinService: context.user is not a valid actor: ${JSON.stringify(context.user)}`);
  }
}

/** Runs a store mutation, turning a conflict caused by another process into a refusal value. */
async function attempt(
  run: () => Promise<PinnedFact>,
  message: (pin: PinnedFact) => string,
  id?: string,
): Promise<PinOutcome> {
  try {
    const pin = await run();
    return { ok: true, pin, message: message(pin) };
  } catch (error) {
    if (!(error instanceof PinConflictError)) throw error;
    if (error.kind === 'duplicate') {
      return refuse('duplicate', `This fact is already pinned as ${error.existingId}.`, error.existingId);
    }
    if (error.kind === 'not-found') return notFound(id ?? '');
    return refuse('invalid', `${id} changed meanwhile: ${error.message.replace(/^PinStore: /, '')}.`);
  }
}

export function createPinService(options: PinServiceOptions): PinService {
  const { store, now } = options;
  const defaultActor = options.defaultActor ?? consoleActor();
  const requestSchema = createPinRequestSchema(options.isKnownPassage);
  const actorOf = (context: AskContext) => context.user ?? defaultActor;

  /** Shared preamble of unpin/edit/restore: context, permission, id, existence in this community. */
  const locate = async (rawId: string, context: AskContext): Promise<PinOutcome | PinnedFact> => {
    checkContext(context);
    if (context.isModerator !== true) return notModerator;
    const parsed = pinIdSchema.safeParse(rawId);
    if (!parsed.success) return refuse('invalid', describeIssues(parsed.error));
    const pin = await store.get(parsed.data);
    return pin && pin.community === context.community ? pin : notFound(parsed.data);
  };
  const isOutcome = (value: PinOutcome | PinnedFact): value is PinOutcome => 'ok' in value;

  const service: PinService = {
    async pin(request, context) {
      checkContext(context);
      if (context.isModerator !== true) return notModerator;
      const parsed = requestSchema.safeParse(request);
      if (!parsed.success) return refuse('invalid', describeIssues(parsed.error));
      const { text, source, message } = parsed.data;
      const existing = await store.findActiveByText(context.community, text);
      if (existing) return refuse('duplicate', `This fact is already pinned as ${existing.id}.`, existing.id);
      const at = now().toISOString();
      const actor = actorOf(context);
      return attempt(
        () => store.add({ community: context.community, text, source, message, actor, at }),
        (pin) => `Pinned ${pin.id}.`,
      );
    },
    async unpin(id, context) {
      const pin = await locate(id, context);
      if (isOutcome(pin)) return pin;
      if (pin.status === 'removed')
        return refuse('invalid', `${pin.id} is already unpinned; restore it to pin it again.`);
      return attempt(
        () => store.remove(pin.id, actorOf(context), now().toISOString()),
        () => `Unpinned ${pin.id} (kept in history; restore ${pin.id} to pin it again).`,
        pin.id,
      );
    },
    async edit(id, text, context) {
      const pin = await locate(id, context);
      if (isOutcome(pin)) return pin;
      const parsed = pinTextSchema.safeParse(text);
      if (!parsed.success) return refuse('invalid', describeIssues(parsed.error));
      if (pin.status === 'removed')
        return refuse('invalid', `${pin.id} is unpinned; restore it before editing.`);
      if (parsed.data === pin.text) return refuse('invalid', `${pin.id} already says exactly this.`);
      const other = await store.findActiveByText(pin.community, parsed.data);
      if (other && other.id !== pin.id) {
        return refuse('duplicate', `This fact is already pinned as ${other.id}.`, other.id);
      }
      return attempt(
        () => store.edit(pin.id, parsed.data, actorOf(context), now().toISOString()),
        () => `Edited ${pin.id}.`,
        pin.id,
      );
    },
    async restore(id, context) {
      const pin = await locate(id, context);
      if (isOutcome(pin)) return pin;
      if (pin.status === 'active') return refuse('invalid', `${pin.id} is already pinned.`);
      const other = await store.findActiveByText(pin.community, pin.text);
      if (other) {
        return refuse(
          'duplicate',
          `${pin.id} cannot be restored: its fact is pinned as ${other.id}.`,
          other.id,
        );
      }
      return attempt(
        () => store.restore(pin.id, actorOf(context), now().toISOString()),
        () => `Restored ${pin.id}.`,
        pin.id,
      );
    },
    list(community, listOptions) {
      return store.list(community, listOptions);
    },
    async history(id, community) {
      const parsed = pinIdSchema.safeParse(id);
      if (!parsed.success) return null;
      const pin = await store.get(parsed.data);
      return pin && pin.community === community ? store.history(pin.id) : null;
    },
  };
  return { ...service, ...unavailableAsRefusal(service) };
}

const unavailable = (error: PinsUnavailableError): PinOutcome => refuse('unavailable', error.message);

/** A mutation while the database cannot be reached is a refusal value, like any other "no". */
function unavailableAsRefusal(service: PinService): Pick<PinService, 'pin' | 'unpin' | 'edit' | 'restore'> {
  const guard =
    <A extends unknown[]>(run: (...args: A) => Promise<PinOutcome>) =>
    (...args: A): Promise<PinOutcome> =>
      run(...args).catch((error: unknown) => {
        if (error instanceof PinsUnavailableError) return unavailable(error);
        throw error;
      });
  return {
    pin: guard(service.pin),
    unpin: guard(service.unpin),
    edit: guard(service.edit),
    restore: guard(service.restore),
  };
}
