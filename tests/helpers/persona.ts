// The persona the tests talk to: short values, so expected replies read plainly in the tables.

import type { Persona } from '../../src/conversation/persona';

export const TEST_PERSONA: Persona = {
  name: 'Quillon',
  age: 5,
  hobby: 'collecting odd words',
  defaultAnswer: 'Ask me something else!',
};
