/**
 * Shapes of typing slips, for correcting question words and unknown words: a slip of one letter
 * (dropped, doubled, added, or two neighbours swapped) is how chat questions go wrong, and it is
 * narrower than an edit distance of one ("march" is one substitution from "match").
 */

/** Within one insertion, deletion or substitution. */
export function isOneEditAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** One letter dropped, added or two neighbours swapped. */
export function isSlip(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    return (
      diff.length === 2 &&
      diff[1] === (diff[0] ?? 0) + 1 &&
      a[diff[0] ?? 0] === b[diff[1] ?? 0] &&
      a[diff[1] ?? 0] === b[diff[0] ?? 0]
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

// The shortest clipped word read as one: "def", "min", "gov"; two letters ("de", "mi") say too little.
const MIN_SHORTENED = 3;

/**
 * Whether `short` is how chat shortens `full`: its first letters ("def" for "defence", "tech"
 * for "technology") or its consonant skeleton, first and last letters kept ("govt" for
 * "government", "dept" for "department"). Two letters or more must be left out.
 */
export function isShortening(short: string, full: string): boolean {
  if (short.length < MIN_SHORTENED || full.length < short.length + 2) return false;
  if (full.startsWith(short)) return true;
  if (short[0] !== full[0] || short.at(-1) !== full.at(-1)) return false;
  let at = 0;
  for (const letter of full) if (letter === short[at]) at++;
  return at === short.length;
}
