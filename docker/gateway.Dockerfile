# Evkin 360 — gateway: the HTTP edge (portal API, admin API, health, metrics) that also serves the
# built Angular portal. Talks to the other services over RabbitMQ only; holds no database.
# Build from the repository root:  docker build -f docker/gateway.Dockerfile -t evkin/gateway .
# Runs:     node services/gateway/dist/main.js   (HTTP 3000: portal, /api, /health/live, /health/ready, /metrics)
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: compile the gateway and its libraries, then build the portal (Angular)
FROM ${NODE_IMAGE} AS build
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false \
    NG_CLI_ANALYTICS=false CI=true
WORKDIR /src
COPY docker/workspace-manifest.mjs /usr/local/lib/evkin/
COPY package.json package-lock.json tsconfig.base.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/platform/package.json libs/platform/
COPY services/gateway/package.json services/gateway/
COPY frontend/package.json frontend/
RUN node /usr/local/lib/evkin/workspace-manifest.mjs --dev typescript,@types/node \
      libs/contracts libs/platform services/gateway frontend \
 && npm install
COPY libs/contracts/ libs/contracts/
COPY libs/platform/ libs/platform/
COPY services/gateway/ services/gateway/
RUN npx tsc -b services/gateway
COPY frontend/ frontend/
RUN npm run build -w frontend \
 && test -f frontend/dist/frontend/browser/index.html \
 && rm -rf libs/*/node_modules services/*/node_modules

# ---- deps: production dependencies of the gateway only (the portal is static files)
FROM ${NODE_IMAGE} AS deps
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
WORKDIR /app
COPY docker/workspace-manifest.mjs /usr/local/lib/evkin/
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/platform/package.json libs/platform/
COPY services/gateway/package.json services/gateway/
RUN node /usr/local/lib/evkin/workspace-manifest.mjs libs/contracts libs/platform services/gateway \
 && npm install --omit=dev \
 && rm -rf /root/.npm

# ---- runtime: node, tini, production node_modules, compiled code and the built portal
FROM ${NODE_IMAGE} AS runtime
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
           /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /opt/yarn-* \
           /usr/local/bin/yarn /usr/local/bin/yarnpkg
LABEL org.opencontainers.image.title="evkin-gateway" \
      org.opencontainers.image.description="Evkin 360 gateway and portal" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
ENV NODE_ENV=production LOG_LEVEL=info PORT=3000 RPC_TIMEOUT_MS=5000 \
    STATIC_DIR=/app/frontend/dist/frontend/browser
WORKDIR /app
# node_modules (and any workspace-nested node_modules) from deps, compiled workspaces from build
COPY --from=deps /app ./
COPY --from=build /src/libs/contracts ./libs/contracts
COPY --from=build /src/libs/platform ./libs/platform
COPY --from=build /src/services/gateway ./services/gateway
COPY --from=build /src/frontend/dist/frontend/browser ./frontend/dist/frontend/browser
COPY docker/healthcheck.mjs ./healthcheck.mjs
# the "node" user of the base image; numeric so that Kubernetes can verify runAsNonRoot
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "/app/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "services/gateway/dist/main.js"]
