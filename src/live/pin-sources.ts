import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage } from '../corpus/passages.ts';
import type { Answer, PinnedFact, PinOutcome, PinSourceChange } from '../types.ts';
import type { ServedCorpus } from './served-corpus.ts';

/**
 * Pins that cite a passage (`<article-id>#p4`) keep citing it when the article is edited. Passage
 * ids are paragraph numbers, so a paragraph inserted above moves every later one. This ledger
 * remembers the text each pin's passage had when the bot first saw the pin (in practice, when it
 * was pinned: the pinning process syncs at once) in `<DATA_DIR>/pin-sources.json`, shared by the
 * bot processes on one DATA_DIR; in memory without one. Later, a pin whose passage no longer reads
 * the same is shown with what happened: the same text now at another paragraph of the article
 * ("moved", with the new id), the paragraph edited ("changed"), or gone ("removed"). The pin
 * itself is never rewritten: a moderator decides whether to edit or re-pin it.
 *
 * @module
 */
const FILE = 'pin-sources.json';
const PASSAGE_ID = /^([^\s#]+)#p[1-9]\d*$/;

interface Entry {
  source: string;
  text: string;
}

export interface PinSources {
  /** Records the current text of the passages these pins cite, for pins not seen before. */
  observe(pins: Iterable<PinnedFact>, served: ServedCorpus): void;
  /** `observe` for a pin just made; returns the outcome unchanged. */
  observeOutcome(outcome: PinOutcome, served: ServedCorpus): PinOutcome;
  /** What happened to the passage a pin cites, or undefined when it reads as it did. */
  check(pin: PinnedFact, served: ServedCorpus): PinSourceChange | undefined;
  /** The pin with `sourceChange` set when its passage changed. */
  annotatePin(pin: PinnedFact, served: ServedCorpus): PinnedFact;
  /** The answer with `sourceChange` set on pin citations whose passage changed. */
  annotateAnswer(
    answer: Answer,
    pinById: (id: string) => PinnedFact | undefined,
    served: ServedCorpus,
  ): Answer;
}

function readLedger(file: string | undefined): Map<string, Entry> {
  if (!file) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { pins?: Record<string, Entry> };
    return new Map(Object.entries(data.pins ?? {}));
  } catch {
    // Missing (first use) or unreadable: start afresh; entries are re-recorded as pins are seen.
    return new Map();
  }
}

export function createPinSources(dataDir: string | undefined): PinSources {
  const file = dataDir === undefined ? undefined : join(dataDir, FILE);
  let ledger = readLedger(file);
  const passagesOf = new WeakMap<ServedCorpus, Map<string, Passage>>();
  const passages = (served: ServedCorpus) => {
    let map = passagesOf.get(served);
    if (!map) {
      map = new Map(served.corpus.passages.map((p) => [p.id, p]));
      passagesOf.set(served, map);
    }
    return map;
  };

  function save(): void {
    if (!file || !dataDir) return;
    mkdirSync(dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ pins: Object.fromEntries(ledger) }, null, 1)}\n`);
    renameSync(temp, file);
  }

  const sources: PinSources = {
    observe(pins, served) {
      const fresh = [...pins].filter(
        (pin) => pin.status === 'active' && pin.source && PASSAGE_ID.test(pin.source) && !ledger.has(pin.id),
      );
      if (fresh.length === 0) return;
      // Another process may have recorded some of these already: its record (older) wins.
      ledger = new Map([...ledger, ...readLedger(file)]);
      let added = false;
      for (const pin of fresh) {
        const passage = pin.source ? passages(served).get(pin.source) : undefined;
        if (!passage || !pin.source || ledger.has(pin.id)) continue;
        ledger.set(pin.id, { source: pin.source, text: passage.text });
        added = true;
      }
      if (!added) return;
      try {
        save();
      } catch {
        // Kept in memory; the next pin seen tries to save again.
      }
    },
    check(pin, served) {
      const entry = ledger.get(pin.id);
      if (!entry || entry.source !== pin.source) return undefined;
      const map = passages(served);
      const current = map.get(entry.source);
      if (current?.text === entry.text) return undefined;
      const articleId = PASSAGE_ID.exec(entry.source)?.[1] ?? '';
      const moved = served.corpus.passages.find((p) => p.articleId === articleId && p.text === entry.text);
      const base = { pinId: pin.id, community: pin.community, passageId: entry.source };
      if (moved) {
        return {
          ...base,
          status: 'moved',
          now: moved.id,
          message: `The passage ${pin.id} cites (${entry.source}) is now ${moved.id}: the article was edited after pinning.`,
        };
      }
      if (current) {
        return {
          ...base,
          status: 'changed',
          now: current.id,
          message: `The passage ${pin.id} cites (${entry.source}) has changed since it was pinned.`,
        };
      }
      return {
        ...base,
        status: 'removed',
        now: null,
        message: `The passage ${pin.id} cites (${entry.source}) is no longer in the sources.`,
      };
    },
    observeOutcome(outcome, served) {
      if (outcome.ok) sources.observe([outcome.pin], served);
      return outcome;
    },
    annotatePin(pin, served) {
      const sourceChange = sources.check(pin, served);
      return sourceChange ? { ...pin, sourceChange } : pin;
    },
    annotateAnswer(answer, pinById, served) {
      const citations = answer.citations.map((c) => {
        const pin = c.kind === 'pin' && c.pin ? pinById(c.id) : undefined;
        const sourceChange = pin && sources.check(pin, served);
        return sourceChange && c.pin ? { ...c, pin: { ...c.pin, sourceChange } } : c;
      });
      return citations.some((c, i) => c !== answer.citations[i]) ? { ...answer, citations } : answer;
    },
  };
  return sources;
}
