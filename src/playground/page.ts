// The chat page: one self-contained HTML document (inline CSS and script, system fonts), so it needs no
// build step and no static files, and runs the same from src/ (tsx) and dist/ (tsc).

import { createHash } from 'node:crypto';
import { MAX_QUESTIONS } from '../conversation/engine';
import { MAX_MESSAGE_LENGTH } from './limits';
import { PAGE_SCRIPT } from './page-script';
import { PAGE_STYLE } from './page-style';

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
  const name = escapeHtml(botName);
  const initial = escapeHtml(botName.charAt(0).toUpperCase());
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${name} · playground</title>
<link rel="icon" href="data:,">
<style>${PAGE_STYLE}</style>
</head>
<body data-bot-name="${name}">
<div class="app">
  <div class="sidebar" aria-hidden="true">
    <div class="workspace">Playground</div>
    <div class="sidebar-section">Direct messages</div>
    <div class="sidebar-item"><span class="presence"></span>${name}</div>
  </div>
  <div class="chat">
    <header class="channel-header">
      <div class="avatar avatar-bot" aria-hidden="true">${initial}</div>
      <div>
        <h1>${name}</h1>
        <p class="channel-sub"><span class="presence" aria-hidden="true"></span>Direct message · local playground</p>
      </div>
    </header>
    <main class="messages" id="messages" aria-labelledby="conversation-title">
      <section class="intro">
        <div class="avatar avatar-bot large" aria-hidden="true">${initial}</div>
        <h2 id="conversation-title">Your conversation with ${name}</h2>
        <p>Say hi: <strong>${name}</strong> asks your name, then answers up to ${MAX_QUESTIONS} questions about its
          name, its age and its hobby: type them, or use the buttons under its replies. Type <kbd>help</kbd> for the
          commands, such as <kbd>restart</kbd>.</p>
        <p>This page talks to the same bot as Slack does, and this browser keeps its own conversation.</p>
      </section>
      <ol class="message-list" id="message-list"></ol>
    </main>
    <div class="composer-area">
      <div class="typing" id="typing" hidden>${name} is typing…</div>
      <div class="error" id="error" role="alert" hidden>
        <p id="error-text"></p>
        <button type="button" class="button" id="retry" hidden>Retry</button>
      </div>
      <form class="composer" id="composer-form" novalidate>
        <label class="composer-label" for="composer">Message ${name}</label>
        <div class="composer-box">
          <textarea id="composer" name="text" rows="1" maxlength="${MAX_MESSAGE_LENGTH}" autocomplete="off" enterkeyhint="send"
            aria-describedby="composer-hint"></textarea>
          <button type="submit" class="button send" aria-label="Send message">Send</button>
        </div>
        <p class="hint" id="composer-hint">Enter sends · Shift+Enter adds a new line</p>
      </form>
    </div>
  </div>
</div>
<div class="visually-hidden" id="announcer" aria-live="polite" aria-atomic="true"></div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
