# syntax=docker/dockerfile:1
# Node.js 24, an LTS line (supported until April 2028), on Debian 13 (trixie).
ARG NODE_IMAGE=node:24-trixie-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The build compiles the service and bundles the <program-finder> script it serves (dist/widget.js).
RUN npm run build && npm prune --omit=dev
# The image runs the compiled code: `npm start` and `npm run cli -- …` run dist/, not the TypeScript
# sources (which the image does not have) through tsx.
RUN npm pkg set scripts.start="node dist/src/server.js" scripts.cli="node dist/src/cli/index.js"

FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
COPY seed/*.csv ./seed/
# Without DATABASE_URL the embedded database lives in ./data (mount a volume there to keep it).
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/server.js"]
