import {
  type Answer,
  type Citation,
  type PinnedFact,
  SOURCES_DIFFER,
  type SourcesInfo,
  type TraceStep,
} from '../../src/index.ts';

/**
 * The console's two outputs: text for a person, and the JSON contract that scripts and the
 * evaluation rely on (`{question, answered, answer, citations, closest}`, extra fields allowed).
 * Passages are shown as indented blocks, not inside quote marks of ours: a passage often opens or
 * closes with the speaker's own quote marks, and wrapping it in more doubled them.
 */
export function toJson(answer: Answer) {
  const citation = (c: Citation) => ({
    n: c.n,
    kind: c.kind,
    id: c.id,
    title: c.title,
    publisher: c.publisher,
    date: c.date,
    url: c.url,
    text: c.text,
    paragraph: c.paragraph,
    ...(c.pin ? { pin: c.pin } : {}),
    ...(c.speakers ? { speakers: c.speakers } : {}),
    ...(c.alsoReportedBy ? { alsoReportedBy: c.alsoReportedBy } : {}),
  });
  return {
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map(citation),
    closest: answer.closest.map(citation),
    kind: answer.kind,
    message: answer.message,
    missing: answer.missing,
    ...(answer.sourcesDiffer ? { sourcesDiffer: true } : {}),
    ...(answer.about ? { about: answer.about } : {}),
  };
}

const alsoReported = (c: Citation) =>
  (c.alsoReportedBy ?? []).map((copy) => `${copy.publisher} (${copy.date})`).join(', ');

function describe(c: Citation): string {
  if (c.kind === 'pin' && c.pin) {
    const source = c.pin.source ? `, source: ${c.pin.source}` : '';
    const change = c.pin.sourceChange ? ` (${c.pin.sourceChange.message})` : '';
    return `Pinned fact ${c.id}, pinned by ${c.pin.pinnedBy.displayName} on ${c.pin.pinnedAt.slice(0, 10)}${source}${change}`;
  }
  const parts = [
    c.title,
    c.publisher,
    c.date,
    c.paragraph ? `paragraph ${c.paragraph}` : null,
    c.speakers ? `quoting ${c.speakers.join(' and ')}` : null,
    c.url,
    c.alsoReportedBy ? `also reported by ${alsoReported(c)}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

export function toText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.answered) {
    if (answer.sourcesDiffer) lines.push(SOURCES_DIFFER, '');
    lines.push(answer.answer, '', 'Sources:');
    for (const c of answer.citations) lines.push(`[${c.n}] ${describe(c)}`);
  } else {
    if (answer.message) lines.push(answer.message);
    if (answer.closest.length > 0) {
      lines.push('', 'Closest passages (they do not answer the question):');
      for (const c of answer.closest) lines.push(`[${c.n}] ${describe(c)}`, `    ${c.text}`);
    }
  }
  return lines.join('\n');
}

/** The answer pipeline's decisions, one stage per block, for `npm run ask -- --trace`. */
export function traceText(trace: readonly TraceStep[]): string {
  const lines = ['Trace:'];
  for (const step of trace) {
    lines.push(`- ${step.stage}: ${step.note}`);
    if (step.data !== undefined) {
      for (const line of JSON.stringify(step.data, null, 2).split('\n')) lines.push(`    ${line}`);
    }
  }
  return lines.join('\n');
}

const day = (iso: string) => iso.slice(0, 10);

/** A pin as two lines: id, status and text; who pinned it, when, and its source. */
export function pinLines(pin: PinnedFact): string[] {
  const removed = pin.status === 'removed' ? ' [unpinned]' : '';
  const source = pin.source ? `, source: ${pin.source}` : '';
  return [
    `${pin.id}${removed}  ${pin.text}`,
    `    pinned by ${pin.pinnedBy.displayName} on ${day(pin.pinnedAt)}${source}`,
    ...(pin.sourceChange ? [`    ${pin.sourceChange.message}`] : []),
  ];
}

/** What the bot quotes from: one line per article, then the passage and pin counts. */
export function sourcesText(info: SourcesInfo): string {
  return [
    `I quote ${info.articles.length} article(s), ${info.passages} passages, and ${info.pins} pinned fact(s) of this community:`,
    ...info.articles.map(
      (a, i) => `[${i + 1}] ${[a.title, a.publisher, a.date, a.url].filter(Boolean).join(', ')}`,
    ),
  ].join('\n');
}
