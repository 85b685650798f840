// Every sentence the bot says, in one place. Replies are Slack mrkdwn: anything that came from a
// person or from the persona file goes through `escapeText`/`formatName` so it cannot ping, link or restyle.

import type { Intent } from './interpretation';
import type { Persona } from './persona';

/** Escapes Slack's three control characters, so `<!channel>` is shown, never acted on. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A person's name in bold: escaped, and without mrkdwn characters that would break out of the bold. */
export function formatName(name: string): string {
  const plain = escapeText(name.replace(/[*_~`]/g, '').trim());
  return plain === '' ? 'friend' : `*${plain}*`;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const TOPICS = 'my name, my age or my hobby';

export function askName(persona: Persona): string {
  return `Hi! I'm ${formatName(persona.name)}. What's your name?`;
}

export function sessionExpired(timeoutText: string): string {
  return `Our last conversation timed out after ${timeoutText} without a message, so let's start a new one.`;
}

export function reaskName(misses: number): string {
  return misses <= 1
    ? "Sorry, I didn't catch your name. What should I call you?"
    : 'I still need a name to call you by. Just your name is fine, for example *Ana*.';
}

export function confirmName(candidate: string): string {
  return `Did you mean ${formatName(candidate)}? (yes / no)`;
}

export function welcomeBack(knownName: string): string {
  return `Welcome back! Shall I call you ${formatName(knownName)} again? (yes / no)`;
}

export function askNameAgain(): string {
  return 'Sorry about that! What should I call you?';
}

function invitation(maxQuestions: number): string {
  return `You can ask me up to ${plural(maxQuestions, 'question', 'questions')}: ${TOPICS}.`;
}

export function greet(name: string | null, maxQuestions: number): string {
  return name === null
    ? `No problem, we can skip names. ${invitation(maxQuestions)}`
    : `Nice to meet you, ${formatName(name)}! ${invitation(maxQuestions)}`;
}

export function answer(intent: Intent, persona: Persona): string {
  switch (intent) {
    case 'name':
      return `My name is ${formatName(persona.name)}.`;
    case 'age':
      return `I'm ${plural(persona.age, 'year', 'years')} old.`;
    case 'hobby':
      return `My hobby is ${escapeText(persona.hobby)}.`;
    case 'other':
      return escapeText(persona.defaultAnswer);
  }
}

/** A question asked before the person has given a name: answered, then back to the name. */
export function answerInPassing(intent: Intent, persona: Persona): string {
  return intent === 'name'
    ? `I'm ${formatName(persona.name)}! And you? What's your name?`
    : `${answer(intent, persona)} But first, what's your name?`;
}

export function questionsLeft(left: number): string {
  return `You have ${plural(left, 'question', 'questions')} left.`;
}

const signOff = (name: string | null): string =>
  name === null ? 'Goodbye! 👋' : `Goodbye, ${formatName(name)}! 👋`;

export function goodbyeAfterLastQuestion(name: string | null, unanswered: number): string {
  const rest = unanswered > 0 ? ', so I have to leave the rest unanswered' : '';
  return `That was your last question${rest}. ${signOff(name)} Message me any time to start again.`;
}

export function nudge(left: number): string {
  return `Ask me ${TOPICS}. ${questionsLeft(left)}`;
}

export function help(persona: Persona, maxQuestions: number): string {
  return (
    `I'm ${formatName(persona.name)}, a small chat bot. Tell me your name, then ask me up to ` +
    `${plural(maxQuestions, 'question', 'questions')}: ${TOPICS}. ` +
    'Say *restart* to begin again, *stop* to end our chat, *status* to see where we are, ' +
    'or *forget me* to delete what I have stored about you.'
  );
}

export function statusNoSession(): string {
  return 'We are not talking right now. Say hi to start a conversation.';
}

export function statusAwaitingName(): string {
  return "I'm waiting for your name.";
}

export function statusAnswering(name: string | null, left: number): string {
  const who = name === null ? 'You' : `You're ${formatName(name)}, and you`;
  return `${who} have ${plural(left, 'question', 'questions')} left.`;
}

export function restarted(persona: Persona): string {
  return `Let's start over. ${askName(persona)}`;
}

export function stopped(name: string | null): string {
  return `Okay, let's stop here. ${signOff(name)} Message me any time to start again.`;
}

export function nothingToStop(): string {
  return "We weren't talking, so there is nothing to stop. Say hi whenever you like.";
}

export function confirmForget(): string {
  return (
    'Should I delete everything I have stored about you: your name and our conversations? ' +
    'Reply *yes* to delete it or *no* to keep it.'
  );
}

export function forgotten(): string {
  return "Done: I've deleted everything I had stored about you. Say hi any time to start fresh.";
}

export function forgetCancelled(): string {
  return "Okay, I've kept everything.";
}
