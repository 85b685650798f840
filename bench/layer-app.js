// The bot taken apart, for the benchmark's cost breakdown: the production build (dist/) started as
// dist/index.js starts it, with one part swapped through startBot's `parts`, so that each layer's cost per
// message can be measured between the echo floor and the whole bot.
//   BENCH_LAYER=slack   the bot's Slack layer alone: configuration, logging, Bolt set up as the bot sets it
//                       up, the message filter, the reply sender, metrics, the health server; the
//                       conversation service is replaced by one that answers at once with the message's
//                       own text (no language understanding, no store)
//   BENCH_LAYER=memory  the whole bot, but its store is in memory (Keyv over a Map, the same JSON):
//                       everything except SQLite
// Plain CommonJS, run with `node bench/layer-app.js` like the echo app. It logs the bot's own ready line.

const { startBot } = require('../dist/bot');
const { loadConfig } = require('../dist/config');
const { createLogger } = require('../dist/logging');
const { stopOnSignals } = require('../dist/process-lifecycle');
const { createKeyedQueue } = require('../dist/application/keyed-queue');
const { createMemoryStore } = require('../dist/store/memory-store');
const { EMPTY_STATE } = require('../dist/conversation/state');

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

function partsFor(layer) {
  if (layer === 'slack') return { service: (replies) => answerAtOnce(replies) };
  if (layer === 'memory') {
    return { storage: { store: createMemoryStore(), queue: createKeyedQueue(), claims: undefined } };
  }
  throw new Error(`BENCH_LAYER must be slack or memory, got "${layer}"`);
}

async function main() {
  const config = loadConfig(process.env, process.cwd());
  const logger = createLogger({ level: config.logLevel, secrets: [config.botToken, config.appToken ?? ''] });
  const bot = await startBot(config, logger, process.cwd(), partsFor(process.env.BENCH_LAYER));
  stopOnSignals(logger, () => bot.stop(), 'stopping');
}

main().catch((error) => {
  process.stderr.write(`layer app failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
