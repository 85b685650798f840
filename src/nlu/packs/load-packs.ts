// Reads every language pack in src/nlu/languages (copied next to the compiled code by the build): one
// JSON file per language, so adding a language is adding a file.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LanguagePack, LanguagePackError, parseLanguagePack } from './pack';

export const LANGUAGES_DIR = join(__dirname, '..', 'languages');

export function loadLanguagePacks(dir: string = LANGUAGES_DIR): LanguagePack[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new LanguagePackError(path, [`it is not valid JSON (${(error as Error).message})`]);
    }
    const pack = parseLanguagePack(data, path);
    if (`${pack.code}.json` !== file)
      throw new LanguagePackError(path, [`its code "${pack.code}" must match its file name`]);
    return pack;
  });
}
