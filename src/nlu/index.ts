// Language understanding: the only module that knows about compromise.

export { cleanSlackText } from './clean-text';
export { classifyQuestion, extractName, interpret } from './interpret';
