// The chat page: one self-contained HTML document (inline CSS and script, system fonts, nothing fetched
// from elsewhere). Its parts are real files in assets/ (page.html, page.css, page.js), linted and
// formatted like the rest of the code; they are read and put together once, at start-up, and the CSP
// carries the hashes of the inline style and script as they are served. `npm run build` copies assets/
// next to the compiled page.ts, so src/ (tsx) and dist/ (node) read the same files.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUICK_QUESTIONS } from '../conversation/engine';
import { MAX_QUESTIONS } from '../conversation/standing';
import { MAX_MESSAGE_LENGTH } from './limits';

const asset = (name: string) => readFileSync(join(__dirname, 'assets', name), 'utf8');

/** page.js declares the quick replies as `/* QUICK_QUESTIONS *\/ []`: the core's list goes in there. */
const QUESTIONS_SLOT = '/* QUICK_QUESTIONS */ []';

/** The core's quick questions as a JS literal that cannot end the <script> element. */
const QUESTIONS_JSON = JSON.stringify(QUICK_QUESTIONS).replace(/</g, '\\u003c');

function loadScript(): string {
  const script = asset('page.js');
  if (!script.includes(QUESTIONS_SLOT)) throw new Error(`playground page.js lacks ${QUESTIONS_SLOT}`);
  return script.replace(QUESTIONS_SLOT, QUESTIONS_JSON);
}

const PAGE_TEMPLATE = asset('page.html');
const PAGE_STYLE = asset('page.css');
const PAGE_SCRIPT = loadScript();

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Only the page's own inline style and script run, and it can only talk to this server. */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(PAGE_SCRIPT)}`,
  `style-src ${sha256(PAGE_STYLE)}`,
  "connect-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page for a bot called `botName` (from the persona file). */
export function renderPage(botName: string): string {
  const values: Record<string, string> = {
    name: escapeHtml(botName),
    initial: escapeHtml(botName.charAt(0).toUpperCase()),
    maxQuestions: String(MAX_QUESTIONS),
    maxMessageLength: String(MAX_MESSAGE_LENGTH),
  };
  // The style and script go in last, and each in one place: what is filled in is never scanned again.
  const page = PAGE_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => values[key] ?? slot);
  return page
    .replace('<style>/* page.css */</style>', () => `<style>${PAGE_STYLE}</style>`)
    .replace('<script>/* page.js */</script>', () => `<script>${PAGE_SCRIPT}</script>`);
}
