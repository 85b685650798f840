// Who an event or a click is from. A person is their workspace and their user id; a payload without a
// workspace id cannot be filed anywhere true, so it is refused and logged rather than filed under a
// made-up workspace (where that person's data would be found by nobody, "forget me" included).

import type { PersonId } from '../../application/person-record';
import type { Logger } from '../../application/ports';

export function personFrom(
  teamId: string | undefined,
  userId: string,
  logger: Logger,
  what: string,
): PersonId | null {
  if (teamId) return { teamId, userId };
  logger.warn(
    { user_id: userId, what, outcome: 'ignored', reason: 'no_team' },
    `${what} refused: no team id`,
  );
  return null;
}
