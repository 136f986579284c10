/**
 * A store refuses a mutation that would break its invariants (an active duplicate, an unknown
 * id, unpinning a removed pin). The service checks all of these first and returns refusal
 * values; this error only surfaces when another process changed the pin in between, and the
 * service turns it into the same refusal value.
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
