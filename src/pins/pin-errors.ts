/**
 * A store refuses a mutation that would break its invariants (an active duplicate, an unknown
 * id, unpinning a removed pin). The service checks all of these first and returns refusal
 * values; this error only surfaces when another process changed the pin in between, and the
 * service turns it into the same refusal value.
 *
 * @module
 */
export type PinConflictKind = 'duplicate' | 'not-found' | 'state';

export class PinConflictError extends Error {
  override name = 'PinConflictError';

  constructor(
    readonly kind: PinConflictKind,
    message: string,
    /** For `duplicate`: the id of the active pin with the same text. */
    readonly existingId?: string,
  ) {
    super(`PinStore: ${message}`);
  }
}

/**
 * The pin database cannot be reached right now (PostgreSQL down or unreachable). Answers go on
 * from the in-memory index; pin commands say so with this message; the store reconnects by itself.
 */
export class PinsUnavailableError extends Error {
  override name = 'PinsUnavailableError';

  constructor(options?: { cause?: unknown }) {
    super(PINS_UNAVAILABLE, options);
  }
}

export const PINS_UNAVAILABLE =
  'Pinned facts are temporarily unavailable (their database cannot be reached). Answers still work; please try the pin command again in a minute.';
