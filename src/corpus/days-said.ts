/**
 * The calendar days a news sentence names by the day of the week. A report says "on Monday" and
 * "yesterday", dated by its own publication: in an article published on Tuesday 27 January 2026,
 * "On Monday, Kallas posted on X" happened on 26 January 2026. The index and the sentence's
 * stems carry those dates as words ("26", "january", "2026"), so a question that names the day by
 * the calendar ("what did Kallas post on 26 January") finds the sentence that names it by the week.
 *
 * A weekday is the latest such day on or before publication (news reports what has happened);
 * "next Friday" the first after it, "last Monday" the one a week or less before it. "Today" is
 * left alone: in "is hard to imagine today" it means nowadays.
 *
 * @module
 */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY = 86_400_000;

const DAY_WORDS = new RegExp(
  `\\b(?:(next|last|this)\\s+)?(${WEEKDAYS.join('|')})\\b|\\b(yesterday|tomorrow)\\b`,
  'gi',
);

/** The ISO dates `text` names by weekday or by "yesterday"/"tomorrow", seen from `published`. */
export function daysSaid(text: string, published: string): string[] {
  const date = Date.parse(`${published}T00:00:00Z`);
  if (Number.isNaN(date)) return [];
  const weekday = new Date(date).getUTCDay();
  const days = new Set<string>();
  for (const [, modifier, name, relative] of text.matchAll(DAY_WORDS)) {
    let offset: number;
    if (relative) offset = relative.toLowerCase() === 'yesterday' ? -1 : 1;
    else {
      const back = (weekday - WEEKDAYS.indexOf((name ?? '').toLowerCase()) + 7) % 7;
      const which = modifier?.toLowerCase();
      if (which === 'next') offset = 7 - back;
      else if (which === 'last') offset = -(back || 7);
      else offset = -back;
    }
    days.add(new Date(date + offset * DAY).toISOString().slice(0, 10));
  }
  return [...days];
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as a British news sentence writes it ("26 January 2026"), for the analyser to stem.
 * Written out rather than through Intl.DateTimeFormat, whose ICU data took about 7 ms to load on
 * a one-shot ask's first dated sentence.
 */
export function dateWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}

/** The words of the days `text` names by the week, as `dateWords` writes them. */
export const daysSaidAsWords = (text: string, published: string): string =>
  daysSaid(text, published).map(dateWords).join(' ');
