/**
 * The feedback loop's tables in pins.db (migration 3 in src/pins/sqlite-schema.ts). Kept apart
 * from the pin tables and plain on purpose (text, integers, no triggers), so another SQL database
 * can carry the same schema. Actors and lists are JSON text, as in the pin tables. Rows reach
 * back no further than GAPS_RETENTION_DAYS: the loop service deletes older ones. Shipped as
 * migration 3: never edit it; change the schema with a new migration.
 *
 * @module
 */
export const LOOP_TABLES = `
  CREATE TABLE loop_gaps (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    community TEXT NOT NULL,
    question TEXT NOT NULL,
    missing TEXT NOT NULL,
    group_key TEXT NOT NULL,
    asked_by TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX loop_gaps_by_community ON loop_gaps (community, at);
  CREATE INDEX loop_gaps_by_time ON loop_gaps (at);
  CREATE TABLE loop_answers (
    id TEXT PRIMARY KEY,
    community TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    cited TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX loop_answers_by_time ON loop_answers (at);
  CREATE TABLE loop_feedback (
    answer_id TEXT NOT NULL,
    voter TEXT NOT NULL,
    community TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'wrong')),
    note TEXT,
    given_by TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (answer_id, voter)
  );
  CREATE INDEX loop_feedback_by_community ON loop_feedback (community, at);
  CREATE INDEX loop_feedback_by_time ON loop_feedback (at);
  CREATE TABLE loop_reviews (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    community TEXT NOT NULL,
    answer_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    cited TEXT NOT NULL,
    note TEXT,
    flagged_by TEXT,
    flagged_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'pinned', 'dismissed')),
    resolved_by TEXT,
    resolved_at TEXT,
    pin_id TEXT
  );
  CREATE INDEX loop_reviews_by_community ON loop_reviews (community, status, num);
  CREATE INDEX loop_reviews_by_time ON loop_reviews (flagged_at);
`;
