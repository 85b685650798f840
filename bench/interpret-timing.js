// Times the bot's language understanding in a fresh `node` process, on the production build (dist/):
// the one-off cost of loading compromise, of loading the rest of src/nlu, of the first interpret() call,
// then interpret() on every given text, warm. Prints one JSON line. Run by bench/interpret.ts.
//   node bench/interpret-timing.js <texts.json> <passes> [<dist/nlu directory>]

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ms = () => Number(process.hrtime.bigint()) / 1e6;

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passes = Number(process.argv[3] ?? '5');

let t = ms();
require('compromise');
const compromiseLoadMs = ms() - t;

t = ms();
const { interpreter } = require(process.argv[4] ?? join(__dirname, '..', 'dist', 'nlu'));
// Reading and compiling the language packs happens here, once per process.
const interpretWith = interpreter();
const nluLoadMs = ms() - t;
const context = { expecting: 'name', botName: 'Quillon' };
const interpret = (text) => interpretWith(text, context);

t = ms();
interpret(texts[0] ?? 'hello');
const firstCallMs = ms() - t;

for (const text of texts) interpret(text); // warm-up pass
const samples = [];
for (let pass = 0; pass < passes; pass += 1) {
  for (const text of texts) {
    const start = ms();
    interpret(text);
    samples.push(ms() - start);
  }
}
process.stdout.write(`${JSON.stringify({ compromiseLoadMs, nluLoadMs, firstCallMs, samples })}\n`);
