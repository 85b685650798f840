# Multi-stage build: compile with the dev toolchain, run with production dependencies only, as a
# non-root user, with the SQLite file on a volume.
#   docker build -t quillon .
#   docker run --env-file .env -v quillon-data:/data -p 3000:3000 quillon

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and sqlite3 (which @keyv/sqlite requires) compile from source when no prebuilt binary
# can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:///data/bot.sqlite \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json persona.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/index.js"]
