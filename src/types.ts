/**
 * The contract between the core and the adapters. Adapters receive these values and only
 * translate them into platform messages; nothing here knows about Discord or Slack markup.
 */

/** Where a person or a pin comes from. `local` is the console. */
export type Platform = 'discord' | 'slack' | 'local';

/** A person acting on the bot (asker, pinner, author of a pinned message). */
export interface Actor {
  platform: Platform;
  userId: string;
  displayName: string;
}

/** Who is asking, and in which community (Discord server id, Slack workspace id, or `local`). */
export interface AskContext {
  community: string;
  user?: Actor;
  /** Decided by the adapter from platform permissions; the core only reads it. */
  isModerator?: boolean;
}

/** One numbered source shown under an answer. */
export interface Citation {
  /** 1-based number used by the `[n]` markers in the answer text. */
  n: number;
  kind: 'article' | 'pin';
  /** Passage id (`<article-id>#p<n>`) or pin id (`P12`). */
  id: string;
  /** Article title, or `Pinned fact P12`. */
  title: string;
  publisher: string | null;
  /** ISO date: the article's publication date, or the day the fact was pinned. */
  date: string | null;
  url: string | null;
  /** The verbatim passage (or pinned text) cited. */
  text: string;
  /** Paragraph number within the article; null for pins. */
  paragraph: number | null;
  /** Present when `kind` is `pin`. */
  pin?: PinProvenance;
  /** Who says the quoted sentences of this passage, when they are quotes that do not name the speaker. */
  speakers?: string[];
}

/** Provenance of a pinned fact as shown to users. */
export interface PinProvenance {
  pinnedBy: Actor;
  pinnedAt: string;
  /** An http(s) URL or a corpus passage id. */
  source: string | null;
  /** When the fact was pinned from a chat message. */
  message: PinnedMessage | null;
}

export interface PinnedMessage {
  link: string;
  author: Actor;
}

/** One verbatim sentence of an answer and the citation it quotes. */
export interface AnswerSentence {
  text: string;
  citation: number;
}

/**
 * What the bot says to a question.
 * - `answered`: `sentences` quote the sources verbatim.
 * - `not-covered`: the sources do not answer; `missing` names absent words, `closest` the nearest passages.
 * - `help`: greeting, empty or help-like input.
 * - `too-long`: the question is over the length limit.
 */
export type AnswerKind = 'answered' | 'not-covered' | 'help' | 'too-long';

export interface Answer {
  question: string;
  kind: AnswerKind;
  answered: boolean;
  sentences: AnswerSentence[];
  /** Plain text shown to the user: each sentence followed by its `[n]` marker; "" when not answered. */
  answer: string;
  citations: Citation[];
  /** Passages nearest to an unanswered question, explicitly not answering it. */
  closest: Citation[];
  /** Abstention, help or limit text; null when answered. */
  message: string | null;
  /** Important words of the question that no source mentions. */
  missing: string[];
  /** `sources` when the question asked about the sources themselves: the citations (outlet, date) are the answer. */
  about?: 'sources';
}

/** A moderator-pinned fact. */
export interface PinnedFact {
  id: string;
  community: string;
  text: string;
  source: string | null;
  pinnedBy: Actor;
  pinnedAt: string;
  message: PinnedMessage | null;
  status: 'active' | 'removed';
  updatedAt: string;
}

/** One entry of a pin's history. Nothing is ever deleted. */
export interface PinEvent {
  pinId: string;
  action: 'pin' | 'edit' | 'unpin' | 'restore';
  actor: Actor;
  at: string;
  oldText: string | null;
  newText: string | null;
}

/** What a moderator asks to pin. */
export interface PinRequest {
  text: string;
  source?: string | null;
  message?: PinnedMessage | null;
}

/** `unavailable`: the pin database cannot be reached right now; answers still work. */
export type PinRefusal = 'not-moderator' | 'invalid' | 'duplicate' | 'not-found' | 'unavailable';

/** Pin operations return values, not exceptions, for expected outcomes. */
export type PinOutcome =
  | { ok: true; pin: PinnedFact; message: string }
  | { ok: false; reason: PinRefusal; message: string; existingId?: string };

/** What the bot knows, for `/sources`. */
export interface SourcesInfo {
  articles: Array<{ id: string; title: string; publisher: string; date: string; url: string | null }>;
  passages: number;
  pins: number;
  loadedAt: string;
}

/** One decision of the answer pipeline, recorded when a trace is asked for (`npm run ask -- --trace`). */
export interface TraceStep {
  stage: string;
  note: string;
  data?: unknown;
}

/**
 * The one object adapters talk to. `ask` is synchronous: retrieval is in-process and takes
 * microseconds, and pins are already in the index. Pin operations are asynchronous because the
 * pin store may be a database across the network (PostgreSQL).
 */
export interface Bot {
  /**
   * Answers a question for a community, preferring that community's pinned facts; when `trace`
   * is given, every stage appends what it decided and why.
   */
  ask(question: string, context: AskContext, trace?: TraceStep[]): Answer;
  /** Pins a fact (moderators only; a refusal value otherwise). */
  pin(request: PinRequest, context: AskContext): Promise<PinOutcome>;
  /** Removes a pin; it is kept in history and can be restored. */
  unpin(id: string, context: AskContext): Promise<PinOutcome>;
  editPin(id: string, text: string, context: AskContext): Promise<PinOutcome>;
  restorePin(id: string, context: AskContext): Promise<PinOutcome>;
  /**
   * Active pins of a community, oldest first (removed ones too when asked). Rejects with
   * `PinsUnavailableError` while the pin database cannot be reached.
   */
  pins(community: string, options?: { includeRemoved?: boolean }): Promise<PinnedFact[]>;
  /** A pin's full history, or null when the id is unknown in this community. */
  pinHistory(id: string, community: string): Promise<PinEvent[] | null>;
  /** Counts the pins the index holds, so it answers even while the pin database is away. */
  sources(community: string): SourcesInfo;
  /** The help text shown for greetings, empty input and `help`. */
  helpText(): string;
  /** Picks up pins changed by other processes sharing the store (also done on a timer or notice). */
  syncPins(): Promise<void>;
  /** Stops timers and closes the pin store. */
  close(): Promise<void>;
}
