// The benchmark's floor: a bare Bolt app that echoes each direct message back in its thread, and does
// nothing else. It is configured exactly like the bot's transport (src/slack/create-app.ts): the same
// environment variables, `convoStore: false`, `clientOptions.slackApiUrl` with an explicit `retryConfig`,
// and `processBeforeResponse: true` in HTTP mode, so the bot's cost over this app is the bot's own work.
// Plain CommonJS, run with `node bench/echo-app.js` like the bot's compiled dist/.
//
// When ready it writes one JSON line, {"msg":"connected"} or {"msg":"listening","port":N}, so the bench
// times start-up for both apps the same way. SIGTERM/SIGINT stop it and exit 0.

const { App, HTTPReceiver, LogLevel, SocketModeReceiver } = require('@slack/bolt');

const RETRY = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

function env(name) {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function log(fields) {
  process.stdout.write(`${JSON.stringify({ time: Date.now(), ...fields })}\n`);
}

function createApp() {
  const mode = env('SLACK_MODE') ?? 'socket';
  const token = env('SLACK_BOT_TOKEN');
  if (!token) throw new Error('SLACK_BOT_TOKEN is not set');
  const slackApiUrl = env('SLACK_API_URL');
  const clientOptions = { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: RETRY };
  const logLevel = LogLevel.WARN;

  if (mode === 'socket') {
    const appToken = env('SLACK_APP_TOKEN');
    if (!appToken) throw new Error('SLACK_APP_TOKEN is not set (Socket Mode)');
    const receiver = new SocketModeReceiver({
      appToken,
      logLevel,
      installerOptions: { clientOptions: { ...clientOptions } },
    });
    const app = new App({ token, receiver, logLevel, convoStore: false, clientOptions });
    return { app, mode, receiver };
  }
  const signingSecret = env('SLACK_SIGNING_SECRET');
  if (!signingSecret) throw new Error('SLACK_SIGNING_SECRET is not set (HTTP mode)');
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: '/slack/events',
    processBeforeResponse: true,
    logLevel,
  });
  const app = new App({ token, receiver, logLevel, convoStore: false, clientOptions });
  return { app, mode, receiver };
}

async function main() {
  const { app, mode, receiver } = createApp();

  app.message(async ({ message, client }) => {
    // The same filter a DM bot needs: a person's new message in a DM, nothing else.
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id !== undefined)
      return;
    if (typeof message.text !== 'string' || message.text === '') return;
    await client.chat.postMessage({
      channel: message.channel,
      thread_ts: message.thread_ts ?? message.ts,
      text: message.text,
    });
  });

  if (mode === 'socket') {
    await app.start();
    log({ msg: 'connected' });
  } else {
    const port = Number(env('PORT') ?? '3000');
    await app.start(port);
    log({ msg: 'listening', port });
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const done = mode === 'socket' ? receiver.client.disconnect() : app.stop();
    Promise.resolve(done).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`echo app failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
