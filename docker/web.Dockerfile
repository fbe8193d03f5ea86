# syntax=docker/dockerfile:1
#
# Sinergi web app on nginx: the built Angular app (SPA fallback, long cache for hashed files) and
# /api/ proxied to the API service (http://api:3000, see docker/nginx.conf).
# The API image serves the same app itself; this image is the front door of the compose stack.
#
# Build context: the repository root (this file's ignore list: docker/web.Dockerfile.dockerignore).
#   docker build -f docker/web.Dockerfile -t sinergi-web .

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:stable-alpine

# ---- build: install without install scripts (package.json's allowScripts runs none of the web
# toolchain's: esbuild, nx, lmdb and @parcel/watcher work from their prebuilt packages).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx nx run web:build --outputStyle=static --skip-nx-cache \
 && test -f dist/apps/web/browser/index.html

# ---- runtime
FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/index.html || exit 1
