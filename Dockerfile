# pagewash: multi-stage build. Stage 1 compiles TypeScript with the dev dependencies; stage 2 carries only the
# production dependencies, the compiled code and the data files, and runs as an unprivileged user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json app.ts server.ts config.ts ./
COPY src ./src
COPY routes ./routes
COPY plugins ./plugins
COPY pool ./pool
COPY cli ./cli
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    LOG_LEVEL=info
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
# the language model's table, built once into node_modules/.cache so that containers start without building it
RUN node --input-type=module -e "await (await import('./dist/pool/index.js')).prepareSharedModel()"
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# --single-threaded-gc: the workers collect their own garbage instead of handing it to V8's helper threads, which
# compete with the workers for the cores (docs/performance.md, "The collector on the workers' own threads")
CMD ["node", "--single-threaded-gc", "dist/server.js"]
