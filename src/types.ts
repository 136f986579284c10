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
  /** The question was asked (and recorded) before, e.g. sharing a private answer: not counted again. */
  repeated?: boolean;
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
  /** Other outlets carrying the same quoted sentence, earliest publication first. */
  alsoReportedBy?: AlsoReported[];
}

/** Another article carrying a quoted sentence word for word (or with light edits). */
export interface AlsoReported {
  /** Passage id of the copy. */
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
}

/** Provenance of a pinned fact as shown to users. */
export interface PinProvenance {
  pinnedBy: Actor;
  pinnedAt: string;
  /** An http(s) URL or a corpus passage id. */
  source: string | null;
  /** When the fact was pinned from a chat message. */
  message: PinnedMessage | null;
  /** Set when the passage the pin cites no longer reads as it did when pinned. */
  sourceChange?: PinSourceChange;
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
  /** The quoted reports state different values for what was asked; each is shown with its own citation. */
  sourcesDiffer?: boolean;
  /**
   * Set by `bot.ask` on answered questions: names the answer, its community and its time, for
   * feedback buttons (`bot.loop.feedback`). Never part of the answer text.
   */
  id?: string;
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
  /** Set (in lists) when the passage the pin cites no longer reads as it did when pinned. */
  sourceChange?: PinSourceChange;
}

/**
 * What became of the passage a pin cites after an article was edited: the same text now at
 * another paragraph (`now` is its id), the paragraph edited (`now` is the same id), or gone.
 * `message` is the sentence shown with the pin.
 */
export interface PinSourceChange {
  pinId: string;
  community: string;
  passageId: string;
  status: 'moved' | 'changed' | 'removed';
  now: string | null;
  message: string;
}

/** What a reload of the corpus did (`Bot.reload`). `message` is written for the moderator or operator. */
export type ReloadOutcome =
  | {
      ok: true;
      summary: {
        /** Article ids. */
        added: string[];
        removed: string[];
        changed: string[];
        articles: number;
        passages: number;
        tookMs: number;
      };
      /** Pins (of the asking community, when a moderator asked) whose cited passage changed. */
      citations: PinSourceChange[];
      message: string;
    }
  | { ok: false; reason: 'not-moderator' | 'failed'; message: string };

/** A page a moderator asked the operator to add (`/source add`), waiting in `<DATA_DIR>/source-requests.db`. */
export interface SourceRequest {
  /** `S12`. */
  id: string;
  url: string;
  community: string;
  requestedBy: Actor;
  requestedAt: string;
  status: 'pending' | 'added' | 'rejected';
  decidedAt: string | null;
  /** The article written for it, when added. */
  articleId: string | null;
}

export type SourceRequestOutcome =
  | { ok: true; request: SourceRequest; message: string }
  | {
      ok: false;
      reason: 'disabled' | 'not-moderator' | 'invalid' | 'duplicate';
      message: string;
      existingId?: string;
    };

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

/** One article as `/sources` lists it (`date`: publication date, YYYY-MM-DD). */
export interface SourceArticle {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
}

/** One outlet of the corpus: how many articles it has and its first and last publication dates. */
export interface OutletSummary {
  publisher: string;
  articles: number;
  firstDate: string;
  lastDate: string;
}

/** What the bot knows, for `/sources`. */
export interface SourcesInfo {
  /** Every article, newest first (ties by outlet, then title). */
  articles: SourceArticle[];
  /** Every outlet, the one with the newest article first (ties by name). */
  outlets: OutletSummary[];
  passages: number;
  pins: number;
  loadedAt: string;
}

/** One page of `SourcesInfo.outlets` (`page` is 0-based, clamped to the pages there are). */
export interface SourcesPage {
  outlets: OutletSummary[];
  page: number;
  pages: number;
  perPage: number;
}

/** One outlet's newest articles (`more`: how many older ones were left out), or why none was found. */
export type OutletArticles =
  | { ok: true; outlet: OutletSummary; articles: SourceArticle[]; more: number }
  | { ok: false; message: string };

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
  /** Unanswered questions, feedback on answers and the moderators' review queue. */
  loop: FeedbackLoop;
  /** Picks up pins changed by other processes sharing the store (also done on a timer or notice). */
  syncPins(): Promise<void>;
  /**
   * Reads the corpus directory again and swaps in the new articles and index, answering from the
   * old ones until then. With a context, moderators only, and pin notes of that community only.
   */
  reload(context?: AskContext): Promise<ReloadOutcome>;
  /** Queues a page for the operator's approval (moderators, when ALLOW_CHAT_SOURCES is on). */
  requestSource(url: string, context: AskContext): SourceRequestOutcome;
  /** Stops timers and closes the pin store and the loop's log. */
  close(): Promise<void>;
}

/*
 * The feedback loop: what the bot could not answer (gaps), what users said about answers
 * (feedback) and what moderators did about it (reviews). Expected outcomes are values here too.
 */

export type FeedbackVerdict = 'helpful' | 'wrong';

/** A press of "Helpful" or "Wrong or outdated quote" under an answer. */
export interface FeedbackRequest {
  /** `Answer.id` of the answer the button was under. */
  answerId: string;
  verdict: FeedbackVerdict;
  /** The user's optional note with a "wrong" flag (at most 500 characters). */
  note?: string | null;
}

/**
 * Why the loop refused something: not a moderator, an answer or review item unknown here (or of
 * another community), an answer older than the retention window, feedback already given, a
 * review item already resolved, or input that is not valid.
 */
export type LoopRefusal =
  | 'not-moderator'
  | 'not-found'
  | 'other-community'
  | 'expired'
  | 'duplicate'
  | 'resolved'
  | 'invalid';

export type Refused = { ok: false; reason: LoopRefusal; message: string };

export type LoopOutcome<T> = ({ ok: true } & T) | Refused;

/** Declined questions that share the same missing words (or, when none is named, the same terms). */
export interface GapGroup {
  /** The analyser's stems the group is keyed by. */
  terms: string[];
  /** Declined questions in the window. */
  count: number;
  /** The most recent question of the group, as asked. */
  example: string;
  /** Words of the example that no source mentions, as typed; may be empty. */
  missing: string[];
  lastAskedAt: string;
}

/** One page of the top gap groups of a community over the last `days`. */
export interface GapReport {
  community: string;
  days: number;
  since: string;
  /** 0-based page shown, how many pages there are (at least 1) and groups per page. */
  page: number;
  pages: number;
  perPage: number;
  /** Groups and declined questions in the window, over all pages. */
  groupCount: number;
  questionCount: number;
  groups: GapGroup[];
}

export type ReviewStatus = 'open' | 'pinned' | 'dismissed';

/** A "wrong or outdated quote" flag, waiting for a moderator or resolved by one. */
export interface ReviewItem {
  /** `R<n>`. */
  id: string;
  community: string;
  answerId: string;
  question: string;
  /** The answer as the user saw it: the quoted sentences with their `[n]` markers. */
  answer: string;
  /** Ids of the passages (or pins) the answer quoted. */
  passageIds: string[];
  note: string | null;
  flaggedAt: string;
  /** Only when GAPS_STORE_USER=true. */
  flaggedBy: Actor | null;
  status: ReviewStatus;
  resolvedBy: Actor | null;
  resolvedAt: string | null;
  /** The correction pinned when `status` is `pinned`. */
  pinId: string | null;
}

/** The open review items of a community, oldest first, one page. */
export interface ReviewQueue {
  community: string;
  page: number;
  pages: number;
  total: number;
  items: ReviewItem[];
}

/** What a moderator does with a review item. */
export type ReviewResolution =
  | { action: 'dismiss' }
  | { action: 'pin'; text: string; source?: string | null };

/** Everything the loop holds for one community, for `npm run gaps -- --json`. */
export interface LoopExport {
  community: string;
  days: number;
  since: string;
  gaps: { questionCount: number; groups: GapGroup[] };
  /** Per answer that got feedback in the window: its question (null once its record is gone) and the votes. */
  feedback: Array<{
    answerId: string;
    question: string | null;
    answeredAt: string | null;
    helpful: number;
    wrong: number;
  }>;
  /** Every review item flagged in the window, open or resolved, oldest first. */
  reviews: ReviewItem[];
}

/** What the bot's loop methods return; the pin is present when a correction was pinned. */
export type ReviewOutcome = LoopOutcome<{ item: ReviewItem; message: string; pin?: PinnedFact }>;

/**
 * The loop as adapters use it (`bot.loop`). Gaps and reviews are for moderators (a refusal value
 * otherwise); feedback is for anyone with a user id, once per answer.
 */
export interface FeedbackLoop {
  /** Records a vote on an answer (a "wrong" vote also opens a review item). */
  feedback(request: FeedbackRequest, context: AskContext): LoopOutcome<{ message: string }>;
  /** Whether `feedback` would take a vote on this answer from this user, recording nothing. */
  checkFeedback(answerId: string, context: AskContext): LoopOutcome<{ message: string }>;
  /** The top gap groups of the last `days` (default 7), one page (default the first). */
  gaps(context: AskContext, options?: { days?: number; page?: number }): LoopOutcome<{ report: GapReport }>;
  /** Open review items, oldest first, one page. */
  reviewQueue(context: AskContext, options?: { page?: number }): LoopOutcome<{ queue: ReviewQueue }>;
  /** An open review item; a resolved one is refused, saying who resolved it and how. */
  reviewItem(id: string, context: AskContext): LoopOutcome<{ item: ReviewItem }>;
  /** Dismisses an open item, or pins a correction and closes the item with the pin's id. */
  /** A promise: pinning a correction goes through the (possibly remote) pin store. */
  resolveReview(id: string, resolution: ReviewResolution, context: AskContext): Promise<ReviewOutcome>;
  /** Everything recorded for a community over the last `days` (default: the retention window). */
  exportCommunity(community: string, options?: { days?: number }): LoopExport;
  /** Communities with anything recorded. */
  communities(): string[];
  /** How many days records are kept (GAPS_RETENTION_DAYS). */
  readonly retentionDays: number;
}
