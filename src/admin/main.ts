// Composition root of the admin tool (`npm run admin -- <command>`): loads .env like src/index.ts, hands
// the command line, the environment and the standard streams to runAdminCli, and exits with its code.
// No Slack tokens are read: the tool only talks to the store in DATABASE_URL.

import { config as loadDotenv } from 'dotenv';
import { runAdminCli } from './run';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const code = await runAdminCli(process.argv.slice(2), process.env, process.cwd(), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
  // exitCode, not exit(): a large export piped to a file must be flushed before the process ends.
  process.exitCode = code;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `admin: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
