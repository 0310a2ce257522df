# syntax=docker/dockerfile:1

# --- build: compile TypeScript to dist/
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json

# --- runtime: production dependencies and compiled output only
FROM node:24-slim
WORKDIR /app
# NODE_ENV=production turns GraphiQL and introspection off (GRAPHIQL=true, INTROSPECTION=true
# turn them on); with AWS configuration, no origin may read answers cross-origin (CORS_ORIGINS)
# and /metrics is served only with METRICS_TOKEN or on METRICS_PORT. /health stays open.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# GraphiQL's tabs (with GRAPHIQL=true), read from beside dist/
COPY examples/*.graphql ./examples/
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
