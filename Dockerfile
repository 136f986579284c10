# syntax=docker/dockerfile:1
# The bot as a container: Discord and/or Slack from the environment, pins and caches in /data.
#
#   docker build -t india-eu-defence-bot .
#   docker run -d --name bot --env-file .env -v bot-data:/data india-eu-defence-bot
#
# Settings come from the environment (`--env-file .env`; Docker's parser takes values literally,
# so write them without quotes). With no platform configured the container exits 1 and says so:
# the console needs a terminal. Health: GET /healthz on HEALTH_PORT (8080), used by HEALTHCHECK.
# Pin commands and backups run inside it, e.g.
#   docker exec bot npm run pins -- --backup /data/pins-backup.db

# --- build: native SQLite driver, the one-shot `ask` bundle, production dependencies only ---
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary fits this Node and libc.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies first, without install scripts, so this layer is reused while only sources change.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
COPY corpus ./corpus
COPY resources ./resources
# One question answered by the built one-shot leaves V8's code cache of it in dist/ (about 20 ms of
# each `npm run ask` saved), which the run stage, where /app is read-only to the bot, cannot write.
RUN npm rebuild better-sqlite3 esbuild \
 && npm run build \
 && DATA_DIR=/tmp/warm-up LOG_LEVEL=error node dist/ask.cjs "When was the partnership signed?" > /dev/null \
 && test -s dist/ask-bundle.cjs.cache \
 && rm -rf /tmp/warm-up \
 && npm prune --omit=dev --no-audit --no-fund

# --- run: the same Node, no compilers, not root ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HEALTH_PORT=8080
WORKDIR /app
# The application stays owned by root and read-only to the bot; only /data is writable.
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# 8080: GET /healthz; 3000: Slack HTTP mode (/slack/events), when SLACK_SIGNING_SECRET is used.
EXPOSE 8080 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1 (not npm): SIGTERM reaches the bot, which finishes answers in flight and exits.
# A 32 MB young generation, as `npm start` gives it: a ~2 ms minor GC then falls on fewer than 1% of
# questions (README, Performance).
CMD ["node", "--max-semi-space-size=32", "--import", "tsx", "adapters/start.ts"]
