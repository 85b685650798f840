// The bot taken apart, for the benchmark's cost breakdown: the production build (dist/) composed here the
// way src/bot.ts composes it, from the same public modules, with one layer left out, so that each layer's
// cost per message can be measured between the echo floor and the whole bot. No production code exists
// for this: src/bot.ts has no seam for the benchmark.
//   BENCH_LAYER=slack   the bot's Slack layer alone: configuration, logging, Bolt set up as the bot sets it
//                       up, the message filter, the reply sender, metrics, the health server; the
//                       conversation service is replaced by one that answers at once with the message's
//                       own text (no language understanding, no store)
//   BENCH_LAYER=memory  the whole bot, but its store is in memory (Keyv over a Map, the same JSON):
//                       everything except SQLite
// Plain CommonJS, run with `node bench/layer-app.js` like the echo app. It logs the bot's own ready line.

const { createConversationService } = require('../dist/application/conversation-service');
const { createKeyedQueue } = require('../dist/application/keyed-queue');
const { loadConfig } = require('../dist/config');
const { EMPTY_STATE } = require('../dist/conversation/state');
const { createLogger, toBoltLogger } = require('../dist/logging');
const { interpreter } = require('../dist/nlu');
const { createHealthRoutes, createMetricsRoute } = require('../dist/observability/health-routes');
const { startHealthServer } = require('../dist/observability/health-server');
const { createMetrics } = require('../dist/observability/metrics');
const { loadPersonaFile } = require('../dist/persona-file');
const { stopOnSignals } = require('../dist/process-lifecycle');
const { createSlackRuntime } = require('../dist/slack/create-app');
const { createSlackReplies } = require('../dist/slack/reply-sender');
const { createMemoryStore } = require('../dist/store/memory-store');

/** Answers every delivery with its own text, at once: the conversation reduced to nothing. */
function answerAtOnce(replies) {
  let inFlight = 0;
  const handle = async (delivery) => {
    inFlight += 1;
    try {
      const text = delivery.input.kind === 'message' ? delivery.input.text : 'Hello!';
      const replyId = delivery.deliveryIds[0] ?? 'bench';
      await replies.post({
        target: delivery.target,
        text,
        questions: false,
        replyId,
        receivedAt: Date.now(),
      });
      return { outcome: 'answered', stage: 'answering', events: [] };
    } finally {
      inFlight -= 1;
    }
  };
  return {
    receive: async (delivery) => ({ outcome: 'accepted', handled: handle(delivery) }),
    handle,
    handleMessage: (message) => handle({ ...message, input: { kind: 'message', text: message.text } }),
    handleClick: (click) => handle({ ...click, input: { kind: 'click', intent: click.intent } }),
    recoverOwed: async () => 0,
    readConversation: async () => EMPTY_STATE,
    forget: async () => {},
    idle: async () => {},
    get inFlight() {
      return inFlight;
    },
  };
}

/** The bot as src/bot.ts wires it, with the layer BENCH_LAYER names left out (see the top of this file). */
async function startLayer(config, logger, layer) {
  if (layer !== 'slack' && layer !== 'memory')
    throw new Error(`BENCH_LAYER must be slack or memory, got "${layer}"`);
  const persona = loadPersonaFile(config.personaFile, process.cwd());
  const metrics = createMetrics();
  const boltLogger = toBoltLogger(logger);
  const replies = createSlackReplies({
    token: config.botToken,
    slackApiUrl: config.slackApiUrl,
    logger: boltLogger,
    observer: metrics.replies,
  });
  const store = createMemoryStore();
  const service =
    layer === 'slack'
      ? answerAtOnce(replies)
      : createConversationService({
          store,
          queue: createKeyedQueue(),
          replies,
          interpret: interpreter(),
          logger,
          settings: { persona, sessionTimeoutMs: config.sessionTimeoutMs, retentionMs: config.retentionMs },
        });
  let connected = () => false;
  const routes = [
    ...createHealthRoutes({ isConnected: () => connected(), pingStore: () => store.ping() }),
    createMetricsRoute(metrics.registry),
  ];
  const home = { persona, sessionTimeoutMs: config.sessionTimeoutMs };
  const slack = createSlackRuntime(
    config,
    { service, logger, observer: metrics.slack, home },
    boltLogger,
    routes,
  );
  connected = () => slack.isConnected();
  metrics.setConnectionProbe(connected);
  const health =
    config.mode === 'socket' ? await startHealthServer(routes, { port: config.port }) : undefined;
  await slack.start();
  const port = health?.port ?? config.port;
  logger.info(
    { mode: config.mode, port, persona: persona.name, layer },
    config.mode === 'socket'
      ? `connected to Slack (Socket Mode); health and metrics on port ${port}`
      : `listening for Slack events on port ${port}`,
  );
  return {
    async stop() {
      await slack.stop();
      await service.idle();
      await health?.close();
      await store.close();
    },
  };
}

async function main() {
  const config = loadConfig(process.env, process.cwd());
  const logger = createLogger({ level: config.logLevel, secrets: [config.botToken, config.appToken ?? ''] });
  const bot = await startLayer(config, logger, process.env.BENCH_LAYER);
  stopOnSignals(logger, () => bot.stop(), 'stopping');
}

main().catch((error) => {
  process.stderr.write(`layer app failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
