/**
 * Pin ids and duplicate keys, shared by both stores and the service so they agree.
 * Ids are `P<n>` with n counted from 1 and never reused; users may type them in any case.
 * Two texts are duplicates when they match ignoring case and runs of whitespace, so
 * "India  and the EU" and "india and the EU" cannot both be active in one community.
 *
 * @module
 */

const pinIdPattern = /^P([1-9]\d*)$/i;

/** `P12` for 12. */
export function formatPinId(n: number): string {
  return `P${n}`;
}

/** 12 for `P12`, `p12` or ` P12 `; undefined when the text is not a pin id. */
export function parsePinId(id: string): number | undefined {
  const match = pinIdPattern.exec(id.trim());
  if (!match?.[1]) return undefined;
  const n = Number(match[1]);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The canonical spelling (`P12`) of a pin id typed in any case, or undefined. */
export function canonicalPinId(id: string): string | undefined {
  const n = parsePinId(id);
  return n === undefined ? undefined : formatPinId(n);
}

/** The key duplicate detection compares: trimmed, whitespace runs collapsed, lower-cased. */
export function duplicateKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
