// Reads the persona (the bot's name, age, hobby and default answer) from PERSONA_FILE, so a team can give
// its bot a character without touching code. Problems stop start-up with the file and the field named.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Persona } from './conversation/persona';

export class PersonaError extends Error {
  constructor(file: string, problem: string) {
    super(`Invalid persona file ${file}: ${problem}`);
    this.name = 'PersonaError';
  }
}

const TEXT_LIMIT = 500;

export function loadPersonaFile(file: string, cwd: string): Persona {
  const path = resolve(cwd, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PersonaError(
      path,
      code === 'ENOENT' ? 'the file does not exist' : `it cannot be read (${code})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new PersonaError(path, `it is not valid JSON (${(error as Error).message})`);
  }
  return parsePersona(data, path);
}

export function parsePersona(data: unknown, file: string): Persona {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PersonaError(
      file,
      'it must be a JSON object like {"name": "Quillon", "age": 5, "hobby": "...", "defaultAnswer": "..."}',
    );
  }
  const p = data as Record<string, unknown>;
  const problems: string[] = [];
  const text = (field: string): string => {
    const v = p[field];
    if (typeof v !== 'string' || v.trim() === '') problems.push(`"${field}" must be a non-empty string`);
    else if (v.length > TEXT_LIMIT) problems.push(`"${field}" must be at most ${TEXT_LIMIT} characters`);
    return typeof v === 'string' ? v.trim() : '';
  };
  const name = text('name');
  const hobby = text('hobby');
  const defaultAnswer = text('defaultAnswer');
  const age = p.age;
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 0 || age > 10_000) {
    problems.push('"age" must be a whole number of years, such as 5');
  }
  let elsewhere: string | undefined;
  if (p.elsewhere !== undefined) elsewhere = text('elsewhere');
  const more = p.more === undefined ? undefined : parseMore(p.more, problems);
  const hobbyWords = p.hobbyWords === undefined ? undefined : parseHobbyWords(p.hobbyWords, problems);
  const thanksForOffer =
    p.thanksForOffer === undefined ? undefined : parseThanksForOffer(p.thanksForOffer, problems);
  if (problems.length > 0) throw new PersonaError(file, problems.join('; '));
  return {
    name,
    age: age as number,
    hobby,
    defaultAnswer,
    ...(elsewhere === undefined ? {} : { elsewhere }),
    ...(more === undefined ? {} : { more }),
    ...(hobbyWords === undefined ? {} : { hobbyWords }),
    ...(thanksForOffer === undefined ? {} : { thanksForOffer }),
  };
}

/** `thanksForOffer`: lines with `{offer}` in them, said when someone offers something for the hobby. */
function parseThanksForOffer(value: unknown, problems: string[]): string[] | undefined {
  if (!isTextList(value, TEXT_LIMIT) || value.some((line) => !line.includes('{offer}'))) {
    problems.push(
      `"thanksForOffer" must be a list of non-empty strings of at most ${TEXT_LIMIT} characters, each with {offer} in it, like ["*{offer}*! That one goes into my collection."]`,
    );
    return undefined;
  }
  return value.map((line) => line.trim());
}

const WORD_LIMIT = 60;

/** `hobbyWords`: the hobby's words in other languages, a list of short strings ("palabra", "Wort"). */
function parseHobbyWords(value: unknown, problems: string[]): string[] | undefined {
  if (!isTextList(value, WORD_LIMIT)) {
    problems.push(
      `"hobbyWords" must be a list of non-empty strings of at most ${WORD_LIMIT} characters, like ["palabra", "Wort"]`,
    );
    return undefined;
  }
  return value.map((word) => word.trim());
}

/** A list of non-empty strings, each at most `limit` characters. */
function isTextList(value: unknown, limit: number): value is string[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' && item.trim() !== '' && item.length <= limit)
  );
}

const MORE_TOPICS = ['name', 'age', 'hobby'] as const;
const MORE_EXAMPLE = '{"hobby": ["My favourite word so far is *petrichor*."]}';

/** `more`: for each of name, age and hobby, a list of lines to tell when the person asks for more. */
function parseMore(value: unknown, problems: string[]): Persona['more'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`"more" must be an object like ${MORE_EXAMPLE}`);
    return undefined;
  }
  const more: Partial<Record<(typeof MORE_TOPICS)[number], string[]>> = {};
  for (const [topic, lines] of Object.entries(value)) {
    if (!(MORE_TOPICS as readonly string[]).includes(topic)) {
      problems.push(`"more" may only have the topics ${MORE_TOPICS.join(', ')}, not "${topic}"`);
      continue;
    }
    if (!isTextList(lines, TEXT_LIMIT)) {
      problems.push(
        `"more.${topic}" must be a list of non-empty strings of at most ${TEXT_LIMIT} characters`,
      );
      continue;
    }
    more[topic as (typeof MORE_TOPICS)[number]] = lines.map((line) => line.trim());
  }
  return more;
}
