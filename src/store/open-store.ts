// The one place that decides which store DATABASE_URL selects.

import type { ConversationStore, Logger } from '../application/ports';
import type { DatabaseLocation } from './database-url';
import { openSqliteStore } from './sqlite-store';

export async function openStore(location: DatabaseLocation, logger: Logger): Promise<ConversationStore> {
  switch (location.kind) {
    case 'sqlite':
      return openSqliteStore({ path: location.path, logger });
  }
}
