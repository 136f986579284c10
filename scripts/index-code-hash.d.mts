/** See index-code-hash.mjs. */
export function indexCodeHashOf(root: string): string;
