(() => {
  'use strict'; // an inline classic script: strict mode is not implied
  // Odd parts are shown as code.
  var OFFLINE = [
    "Can't reach the bot. Is ",
    'npm run playground',
    ' still running? Your message is still in the box below: press Retry, or Enter, to send it again.',
  ];
  var OFFLINE_LOAD = [
    "Can't reach the bot to load the conversation. Is ",
    'npm run playground',
    ' still running?',
  ];
  var OFFLINE_CLICK = [
    "Can't reach the bot. Is ",
    'npm run playground',
    ' still running? Press Retry, or the question again, to ask it.',
  ];
  // The questions a reply can offer as buttons: [{ intent, label }], the same as the Slack bot's.
  var QUESTIONS = /* QUICK_QUESTIONS */ [];
  var TIMEOUT_MS = 15000;
  var botName = document.body.getAttribute('data-bot-name') || 'the bot';
  var list = document.getElementById('message-list');
  var scroller = document.getElementById('messages');
  var form = document.getElementById('composer-form');
  var composer = document.getElementById('composer');
  var typing = document.getElementById('typing');
  var errorBox = document.getElementById('error');
  var errorText = document.getElementById('error-text');
  var retry = document.getElementById('retry');
  var announcer = document.getElementById('announcer');
  var pending = 0;
  var failed = null; // { id, text } of the last message that did not get through: a resend reuses its id
  var retryAction = null;
  var offer = null; // the quick replies under the newest bot message: { id, message, group, buttons, note }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    // crypto.randomUUID needs a secure context; a page opened by LAN address over plain HTTP has getRandomValues only.
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, (x) => (x + 256).toString(16).slice(1)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The bot writes Slack mrkdwn: only &amp; &lt; &gt; are escaped, and *bold* is the only style it uses.
  function decode(s) {
    return s.replace(/&(amp|lt|gt);/g, (_, e) => (e === 'lt' ? '<' : e === 'gt' ? '>' : '&'));
  }
  var BOLD = /\*([^*\n]+)\*/g;
  function renderMrkdwn(text, into) {
    var last = 0;
    BOLD.lastIndex = 0;
    for (let match = BOLD.exec(text); match !== null; match = BOLD.exec(text)) {
      if (match.index > last)
        into.appendChild(document.createTextNode(decode(text.slice(last, match.index))));
      into.appendChild(el('strong', '', decode(match[1])));
      last = BOLD.lastIndex;
    }
    if (last < text.length) into.appendChild(document.createTextNode(decode(text.slice(last))));
  }
  function plainMrkdwn(text) {
    return decode(text.replace(BOLD, '$1'));
  }

  function formatTime(at) {
    return new Date(at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  }

  function buildMessage(tag, from, at) {
    var isBot = from === 'bot';
    var name = isBot ? botName : 'You';
    var root = el(tag, `message ${isBot ? 'from-bot' : 'from-person'}`);
    var avatar = el('div', `avatar ${isBot ? 'avatar-bot' : 'avatar-person'}`, name.charAt(0).toUpperCase());
    avatar.setAttribute('aria-hidden', 'true');
    var body = el('div', 'message-body');
    var meta = el('div', 'message-meta');
    meta.appendChild(el('span', 'sender', name));
    if (isBot) meta.appendChild(el('span', 'app-badge', 'App'));
    var time = el('time', 'time', formatTime(at));
    time.dateTime = new Date(at).toISOString();
    meta.appendChild(time);
    var text = el('div', 'message-text');
    body.appendChild(meta);
    body.appendChild(text);
    root.appendChild(avatar);
    root.appendChild(body);
    return { root: root, body: body, meta: meta, text: text, thread: null, replies: 0 };
  }

  function addPersonMessage(text, at) {
    var message = buildMessage('li', 'person', at);
    message.text.textContent = text;
    list.appendChild(message.root);
    return message;
  }

  // Like Slack: the bot answers in the thread of the message it answers.
  function addReply(parent, text, at) {
    if (!parent.thread) {
      parent.thread = el('div', 'thread');
      parent.thread.setAttribute('role', 'group');
      parent.threadCount = el('div', 'thread-count');
      parent.thread.appendChild(parent.threadCount);
      parent.body.appendChild(parent.thread);
    }
    parent.replies += 1;
    var count = parent.replies === 1 ? '1 reply' : `${parent.replies} replies`;
    parent.threadCount.textContent = count;
    parent.thread.setAttribute('aria-label', `Thread, ${count}`);
    var reply = buildMessage('div', 'bot', at);
    reply.root.querySelector('.avatar').classList.add('small');
    renderMrkdwn(text, reply.text);
    parent.thread.appendChild(reply.root);
    return reply;
  }

  function addTopLevelReply(text, at) {
    var message = buildMessage('li', 'bot', at);
    renderMrkdwn(text, message.text);
    list.appendChild(message.root);
    return message;
  }

  // A reply from the server ({ reply, at, questions }) in the thread of the message it answers. Each reply
  // takes the buttons from the one before: only the newest message's buttons can be used.
  function showReply(parent, data) {
    var reply = addReply(parent, data.reply, data.at);
    withdrawQuestions();
    if (data.questions) offerQuestions(reply);
    announce(`${botName} replied: ${plainMrkdwn(data.reply)}`);
  }

  // Quick replies, as in Slack: the three questions as buttons under a reply. The id names this message to
  // the server, so its buttons answer once however often they are clicked.
  function offerQuestions(message) {
    var group = el('div', 'quick-replies');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', `Questions to ask ${botName}`);
    var current = { id: uuid(), message: message, group: group, buttons: [], note: null };
    QUESTIONS.forEach((question) => {
      var button = el('button', 'button quick-reply', question.label);
      button.type = 'button';
      button.addEventListener('click', () => {
        ask(current, question);
      });
      current.buttons.push(button);
      group.appendChild(button);
    });
    message.body.appendChild(group);
    offer = current;
  }

  function withdrawQuestions() {
    if (offer) offer.group.remove();
    offer = null;
  }

  function setButtonsDisabled(current, disabled) {
    current.buttons.forEach((button) => {
      button.disabled = disabled;
    });
  }

  // A click asks the question as if typed: it shows as the person's message and is answered in its thread.
  function ask(current, question) {
    if (current.note) return; // asked already: a double click asks once
    setButtonsDisabled(current, true);
    current.note = el('p', 'quick-reply-chosen', 'You asked: ');
    current.note.appendChild(el('strong', '', question.label));
    current.message.body.appendChild(current.note);
    hideError();
    var shown = showPending(question.label);
    var message = shown.message;
    postJson('/api/clicks', { intent: question.intent, messageId: current.id })
      .then(
        (data) => {
          if (data.duplicate) {
            // Clicked before (another tab, or a retry after a lost answer): show the conversation as stored.
            message.root.remove();
            return load();
          }
          shown.answered();
          showReply(message, data);
        },
        (error) => {
          // Not asked: the buttons are back, for another try.
          message.root.remove();
          current.note.remove();
          current.note = null;
          setButtonsDisabled(current, false);
          var again = () => {
            ask(current, question);
          };
          showError(error.parts ? OFFLINE_CLICK : error.message, error.retry ? again : null);
        },
      )
      .then(doneSending);
  }

  // What the person said, shown at once as pending until the answer comes (or is given up on).
  function showPending(text) {
    var message = addPersonMessage(text, Date.now());
    message.root.classList.add('pending');
    var sending = el('span', 'sending', 'Sending…');
    message.meta.appendChild(sending);
    pending += 1;
    setTyping();
    scrollToEnd();
    return {
      message: message,
      answered: () => {
        message.root.classList.remove('pending');
        sending.remove();
      },
    };
  }

  // After the answer or the failure: the typing indicator and the focus as they were.
  function doneSending() {
    pending -= 1;
    setTyping();
    scrollToEnd();
    if (document.activeElement !== composer) composer.focus();
  }

  function postJson(url, body) {
    return request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  }

  function scrollToEnd() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function announce(text) {
    // Emptied first, so the same sentence twice in a row is still announced.
    announcer.textContent = '';
    setTimeout(() => {
      announcer.textContent = text;
    }, 50);
  }

  function showError(parts, action) {
    errorText.textContent = '';
    (typeof parts === 'string' ? [parts] : parts).forEach((part, i) => {
      errorText.appendChild(i % 2 === 1 ? el('code', '', part) : document.createTextNode(part));
    });
    retryAction = action || null;
    retry.hidden = !action;
    errorBox.hidden = false;
  }
  function hideError() {
    errorBox.hidden = true;
    retryAction = null;
  }

  // Resolves the JSON of a 2xx answer; rejects with the server's own sentence, or OFFLINE when there was no answer.
  function request(url, options) {
    var controller = new AbortController();
    var timer = setTimeout(() => {
      controller.abort();
    }, TIMEOUT_MS);
    options.signal = controller.signal;
    options.cache = 'no-store';
    return fetch(url, options)
      .then(
        (res) =>
          res
            .json()
            .catch(() => ({}))
            .then((data) => {
              if (res.ok) return data;
              var error = new Error(
                data.error || `The playground answered with an error (HTTP ${res.status}).`,
              );
              error.retry = res.status >= 500;
              throw error;
            }),
        () => {
          var error = new Error(OFFLINE.join(''));
          error.parts = OFFLINE;
          error.retry = true;
          throw error;
        },
      )
      .finally(() => {
        clearTimeout(timer);
      });
  }

  function setTyping() {
    typing.hidden = pending === 0;
    form.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
  }

  function send() {
    var text = composer.value;
    if (text.trim() === '') {
      showError('Type a message first.');
      return;
    }
    var id = failed && failed.text === text ? failed.id : uuid();
    failed = null;
    hideError();
    composer.value = '';
    autosize();
    var shown = showPending(text);
    var message = shown.message;
    postJson('/api/messages', { text: text, id: id })
      .then(
        (data) => {
          shown.answered();
          showReply(message, data);
        },
        (error) => {
          // Nothing is lost: the message goes back into the composer, ahead of anything typed since.
          message.root.remove();
          composer.value = composer.value === '' ? text : `${text}\n${composer.value}`;
          autosize();
          failed = { id: id, text: composer.value === text ? text : '' };
          showError(error.parts || error.message, error.retry ? send : null);
        },
      )
      .then(doneSending);
  }

  function load() {
    hideError();
    return request('/api/conversation', { headers: { Accept: 'application/json' } }).then(
      (data) => {
        list.textContent = '';
        offer = null;
        var parent = null;
        var last = null;
        data.turns.forEach((turn) => {
          if (turn.from === 'person') parent = last = addPersonMessage(turn.text, turn.at);
          else last = parent ? addReply(parent, turn.text, turn.at) : addTopLevelReply(turn.text, turn.at);
        });
        // The open conversation's last reply offers the questions again, with buttons newly named.
        if (data.questions && last?.root.classList.contains('from-bot')) offerQuestions(last);
        scrollToEnd();
      },
      (error) => {
        showError(error.parts ? OFFLINE_LOAD : error.message, load);
      },
    );
  }

  function autosize() {
    composer.style.height = 'auto';
    composer.style.height = `${composer.scrollHeight}px`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  composer.addEventListener('keydown', (event) => {
    // Enter sends and Shift+Enter adds a line, as in Slack; never while an input method is composing.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  composer.addEventListener('input', autosize);
  retry.addEventListener('click', () => {
    var action = retryAction;
    hideError();
    if (action) action();
    composer.focus();
  });

  composer.focus();
  load();
})();
