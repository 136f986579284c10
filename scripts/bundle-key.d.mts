/** See bundle-key.mjs. */
export function bundleKey(
  root: string,
  inputs: readonly string[],
  extra: ReadonlyArray<string | Uint8Array>,
): string;
export function bundleIsCurrent(
  root: string,
  outdir: string,
  extra: ReadonlyArray<string | Uint8Array>,
): boolean;
