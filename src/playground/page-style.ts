// The page's CSS: a Slack-like direct message in system fonts, no external resources. Colours are Slack's
// own where they meet WCAG AA contrast on white (muted text #616061 is 5.9:1; links and focus #1264a3).

export const PAGE_STYLE = `
:root {
  --text: #1d1c1d; --muted: #616061; --line: #dddddd; --hover: #f8f8f8; --focus: #1264a3;
  --aubergine: #3f0e40; --green: #007a5a; --blue: #1264a3; --red: #c4163f;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 1.46668; color: var(--text); background: #fff;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { overflow: hidden; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.app { display: flex; height: 100vh; height: 100dvh; }
.sidebar { display: none; width: 220px; flex: none; background: var(--aubergine); color: #fff; padding: 12px 0; }
.workspace { font-weight: 900; font-size: 18px; padding: 0 16px 12px; border-bottom: 1px solid rgba(255,255,255,.15); }
.sidebar-section { padding: 14px 16px 4px; color: #e8dde8; font-size: 14px; }
.sidebar-item { display: flex; gap: 8px; align-items: center; padding: 4px 16px; background: #1164a3; font-size: 15px; }
.chat { display: flex; flex-direction: column; flex: 1; min-width: 0; }
.channel-header { display: flex; align-items: center; gap: 10px; padding: 10px 16px; border-bottom: 1px solid var(--line); }
.channel-header h1 { font-size: 18px; font-weight: 900; margin: 0; line-height: 1.2; }
.channel-sub { margin: 0; font-size: 13px; color: var(--muted); }
.presence { display: inline-block; width: 9px; height: 9px; border-radius: 50%; background: #2bac76; margin-right: 4px; }
.messages { flex: 1; min-height: 0; overflow-y: auto; overflow-x: hidden; padding: 8px 0 12px; }
.intro { padding: 16px 20px 12px; }
.intro h2 { font-size: 22px; font-weight: 900; margin: 8px 0 4px; }
.intro p { margin: 0 0 6px; color: var(--muted); max-width: 42em; }
.intro strong, .intro kbd { color: var(--text); }
kbd, code {
  font-family: Monaco, Menlo, Consolas, "Courier New", monospace; font-size: 12px; padding: 1px 4px;
  border: 1px solid var(--line); border-radius: 3px; background: #f6f6f6; color: #c01343;
}
.message-list { list-style: none; margin: 0; padding: 0; }
.message { display: flex; gap: 8px; padding: 8px 20px; }
.message-list > .message:hover { background: var(--hover); }
.message.pending .message-text { color: var(--muted); }
.avatar {
  flex: none; width: 36px; height: 36px; border-radius: 6px; display: grid; place-items: center;
  color: #fff; font-weight: 700; font-size: 16px; user-select: none;
}
.avatar-bot { background: var(--green); }
.avatar-person { background: var(--blue); }
.avatar.small { width: 24px; height: 24px; border-radius: 4px; font-size: 12px; }
.avatar.large { width: 72px; height: 72px; border-radius: 10px; font-size: 32px; }
.message-body { flex: 1; min-width: 0; }
.message-meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.sender { font-weight: 900; }
.app-badge {
  font-size: 10px; font-weight: 700; text-transform: uppercase; color: var(--muted); background: #e8e8e8;
  border-radius: 2px; padding: 0 3px;
}
.time, .sending { font-size: 12px; color: var(--muted); }
.message-text { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.thread { margin-top: 6px; border-left: 3px solid var(--line); padding-left: 8px; }
.thread .message { padding: 6px 0 2px; }
.thread-count { font-size: 13px; font-weight: 700; color: var(--blue); }
.quick-replies { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.quick-reply { max-width: 100%; overflow-wrap: anywhere; }
.quick-reply:hover:not(:disabled) { background: var(--hover); }
.quick-reply:disabled { cursor: default; color: var(--muted); border-color: var(--line); }
.quick-reply-chosen { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.quick-reply-chosen strong { color: var(--text); }
.composer-area { padding: 0 16px 12px; }
.typing { min-height: 20px; font-size: 12px; color: var(--muted); padding: 2px 4px; }
.typing[hidden] { display: block; visibility: hidden; }
.error {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 0 0 8px; padding: 8px 12px;
  border: 1px solid #f3c2cf; border-left: 4px solid var(--red); border-radius: 6px; background: #fdf3f6;
}
.error[hidden] { display: none; }
.error p { margin: 0; flex: 1 1 16em; }
.button {
  font: inherit; font-weight: 700; border-radius: 4px; padding: 4px 14px; min-height: 36px; cursor: pointer;
  border: 1px solid #868686; background: #fff; color: var(--text);
}
.button[hidden] { display: none; }
.composer-label { display: block; font-size: 13px; font-weight: 700; margin: 0 0 4px; }
.composer-box {
  display: flex; align-items: flex-end; gap: 8px; border: 1px solid #868686; border-radius: 8px; padding: 6px 6px 6px 12px;
}
.composer-box:focus-within { border-color: var(--focus); box-shadow: 0 0 0 1px var(--focus); }
textarea {
  flex: 1; min-width: 0; border: 0; resize: none; font: inherit; color: inherit; background: transparent;
  padding: 6px 0; max-height: 40vh; overflow-y: auto;
}
textarea:focus-visible { outline: none; }
.send { background: var(--green); border-color: var(--green); color: #fff; }
.hint { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
@media (min-width: 768px) { .sidebar { display: block; } }
@media (max-width: 480px) {
  .message { padding: 8px 12px; }
  .intro { padding: 12px; }
  .composer-area { padding: 0 8px 8px; }
  .hint { display: none; }
}
@media (prefers-reduced-motion: no-preference) { .message.fresh { animation: fade-in .2s ease-out; } }
@keyframes fade-in { from { opacity: 0; } to { opacity: 1; } }
`;
