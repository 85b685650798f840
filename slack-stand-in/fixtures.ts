// Loads the copied public Slack payloads (tests/fixtures/slack, provenance in its README) so every
// body the stand-in sends starts from a real-shaped document, not from a shape we made up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type JsonObject = { [key: string]: unknown };

const FIXTURES_DIR = join(__dirname, '..', 'tests', 'fixtures', 'slack');
const cache = new Map<string, JsonObject>();

/** A fresh deep copy of a fixture, e.g. `loadFixture('events/message.user.rich_text.event_callback.json')`. */
export function loadFixture(relativePath: string): JsonObject {
  let parsed = cache.get(relativePath);
  if (parsed === undefined) {
    parsed = JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8')) as JsonObject;
    cache.set(relativePath, parsed);
  }
  // Callers override fields freely; never hand out the cached object.
  return structuredClone(parsed);
}

/** The inner `event` of an `event_callback` fixture (or of an `events_api` envelope's payload). */
export function loadFixtureEvent(relativePath: string): JsonObject {
  const doc = loadFixture(relativePath);
  const body = (doc.type === 'events_api' ? doc.payload : doc) as JsonObject;
  return body.event as JsonObject;
}
