# Evkin 360 — assessment service (batteries, items, participants, assignments, links, responses).
# Build from the repository root:  docker build -f docker/assessment.Dockerfile -t evkin/assessment .
# Runs:     node services/assessment/dist/main.js      (HTTP 3001: /health/live, /health/ready, /metrics)
# Migrate:  node services/assessment/dist/migrate.js   (advisory-locked; safe to run concurrently)
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: compile the service and the libraries it uses (TypeScript -> dist/)
FROM ${NODE_IMAGE} AS build
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
WORKDIR /src
COPY docker/workspace-manifest.mjs /usr/local/lib/evkin/
COPY package.json package-lock.json tsconfig.base.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/platform/package.json libs/platform/
COPY libs/scoring/package.json libs/scoring/
COPY libs/catalogue/package.json libs/catalogue/
COPY services/assessment/package.json services/assessment/
RUN node /usr/local/lib/evkin/workspace-manifest.mjs --dev typescript,@types/node \
      libs/contracts libs/platform libs/scoring libs/catalogue services/assessment \
 && npm install
COPY libs/contracts/ libs/contracts/
COPY libs/platform/ libs/platform/
COPY libs/scoring/ libs/scoring/
COPY libs/catalogue/ libs/catalogue/
COPY services/assessment/ services/assessment/
RUN npx tsc -b services/assessment \
 && rm -rf libs/*/node_modules services/*/node_modules

# ---- deps: production dependencies of exactly these workspaces, versions from package-lock.json
FROM ${NODE_IMAGE} AS deps
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
WORKDIR /app
COPY docker/workspace-manifest.mjs /usr/local/lib/evkin/
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/platform/package.json libs/platform/
COPY libs/scoring/package.json libs/scoring/
COPY libs/catalogue/package.json libs/catalogue/
COPY services/assessment/package.json services/assessment/
RUN node /usr/local/lib/evkin/workspace-manifest.mjs libs/contracts libs/platform libs/scoring libs/catalogue services/assessment \
 && npm install --omit=dev \
 && rm -rf /root/.npm

# ---- runtime: node, tini, production node_modules and compiled code; no npm, no compiler
FROM ${NODE_IMAGE} AS runtime
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
           /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /opt/yarn-* \
           /usr/local/bin/yarn /usr/local/bin/yarnpkg
LABEL org.opencontainers.image.title="evkin-assessment" \
      org.opencontainers.image.description="Evkin 360 assessment service" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
ENV NODE_ENV=production LOG_LEVEL=info PORT=3001
WORKDIR /app
# node_modules (and any workspace-nested node_modules) from deps, compiled workspaces from build
COPY --from=deps /app ./
COPY --from=build /src/libs/contracts ./libs/contracts
COPY --from=build /src/libs/platform ./libs/platform
COPY --from=build /src/libs/scoring ./libs/scoring
COPY --from=build /src/libs/catalogue ./libs/catalogue
COPY --from=build /src/services/assessment ./services/assessment
COPY docker/healthcheck.mjs ./healthcheck.mjs
# the "node" user of the base image; numeric so that Kubernetes can verify runAsNonRoot
USER 1000:1000
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "/app/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "services/assessment/dist/main.js"]
