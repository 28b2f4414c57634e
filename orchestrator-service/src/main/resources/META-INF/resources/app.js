// InsightX workspace: plain JavaScript over the public API. Nothing from a model or a dataset is ever inserted as
// HTML: every text goes through escape() or textContent.
'use strict';

// A refused request as an Error whose message is the problem+json detail, a sentence meant for people.
const refusal = async response => new Error((await response.json().catch(() => ({}))).detail
  || `The server answered ${response.status}.`);
const api = (path, options = {}) => fetch(path, options).then(async response => {
  if (!response.ok) throw await refusal(response);
  return response.status === 204 ? null : response.json();
});
const $ = id => document.getElementById(id);
const escape = text => String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const state = { session: localStorage.getItem('insightx.session'), chat: localStorage.getItem('insightx.chat') };
const linked = new URLSearchParams(location.search).get('session'); // deploy/local/up.sh links its demo session
if (linked && linked !== state.session) {
  state.session = linked;
  state.chat = null;
  localStorage.setItem('insightx.session', linked);
  localStorage.removeItem('insightx.chat');
}
const ICONS = { orchestrator: '🧭', sql: '🗄️', python: '🐍', composer: '✍️', explainer: '📖' };

function toast(text, error = false) {
  const el = document.createElement('div');
  el.className = 'toast' + (error ? ' error' : '');
  el.textContent = text;
  const shelf = $('toasts');
  shelf.append(el);
  while (shelf.children.length > 3) shelf.firstChild.remove(); // a few at a time, newest last
  setTimeout(() => el.remove(), error ? 8000 : 3500);
}

// ---- Markdown, safely: escape first, then a small subset (tables, lists, headings, bold, italics, code).
function inline(text) {
  return escape(text).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\s)_([^_]+)_(?=\s|$|[.,;:])/g, '$1<em>$2</em>');
}
function markdown(source) {
  const out = [];
  const lines = String(source ?? '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim().startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) rows.push(lines[i++]);
      i--;
      const cells = row => row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map(c => c.trim().replace(/\\\|/g, '|'));
      const body = rows.filter((r, n) => n !== 1);
      out.push('<table>' + body.map((r, n) => '<tr>' + cells(r).map(c => n === 0 ? `<th>${inline(c)}</th>` : `<td>${inline(c)}</td>`).join('') + '</tr>').join('') + '</table>');
    } else if (/^\s*- /.test(line)) {
      const items = [];
      while (i < lines.length && /^\s*- /.test(lines[i])) items.push(lines[i++].replace(/^\s*- /, ''));
      i--;
      out.push('<ul>' + items.map(item => `<li>${inline(item)}</li>`).join('') + '</ul>');
    } else if (/^#{1,4} /.test(line)) {
      out.push(`<h4>${inline(line.replace(/^#+ /, ''))}</h4>`);
    } else if (line.trim()) {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return out.join('');
}
function highlight(code, language) {
  // Tokenise the raw text, then escape each token: markup is only ever added around escaped text.
  const keywords = language === 'sql'
    ? /^(SELECT|FROM|WHERE|GROUP|BY|ORDER|LIMIT|AS|AND|OR|NOT|NULL|IS|IN|WITH|DESC|ASC|COUNT|SUM|AVG|MIN|MAX|ROUND|USING|SAMPLE|ON|JOIN|OVER)$/i
    : /^(import|from|as|def|return|for|in|if|else|result|print|True|False|None)$/;
  return String(code).replace(/('[^'\n]*'|"[^"\n]*")|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)|([^'"A-Za-z_\d]+|.)/g,
    (token, str, num, word) => str ? `<span class="str">${escape(str)}</span>`
      : num ? `<span class="num">${escape(num)}</span>`
      : word && keywords.test(word) ? `<span class="kw">${escape(word)}</span>` : escape(token));
}
function codeBlock(code, language) {
  const pre = document.createElement('pre');
  pre.innerHTML = highlight(code, language);
  const copy = document.createElement('button');
  copy.className = 'copy';
  copy.type = 'button';
  copy.textContent = 'Copy';
  copy.onclick = () => navigator.clipboard?.writeText(code).then(() => toast('Copied'));
  pre.append(copy);
  return pre;
}
function table(columns, rows, limit = 1000) {
  const el = document.createElement('table');
  const head = el.createTHead().insertRow();
  columns.forEach((c, index) => {
    const th = document.createElement('th');
    th.textContent = c.name ?? c;
    th.title = 'Sort';
    th.onclick = () => sortTable(el, index);
    head.append(th);
  });
  const body = el.createTBody();
  rows.slice(0, limit).forEach(row => {
    const tr = body.insertRow();
    row.forEach(v => { tr.insertCell().textContent = v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : v; });
  });
  return el;
}
// The Results tab: every result table in full, sortable, with its CSV.
function keepResult(title, result) {
  const section = document.createElement('section');
  const head = document.createElement('p');
  head.className = 'muted';
  const link = document.createElement('a');
  link.href = 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv(result.columns, result.rows));
  link.download = title.toLowerCase().replace(/\W+/g, '-') + '.csv';
  link.textContent = '⬇ CSV';
  head.append(`${title} · ${result.rows.length} rows${result.truncated ? ' (the first ones)' : ''} · `, link);
  section.append(head, table(result.columns, result.rows));
  $('results').prepend(section);
}
function csv(columns, rows) {
  const cell = v => {
    const text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(c => cell(c.name ?? c)), ...rows.map(r => r.map(cell))].map(r => r.join(',')).join('\r\n') + '\r\n';
}
function sortTable(el, index) {
  const body = el.tBodies[0];
  const asc = el.dataset.sorted !== `${index}`;
  const value = tr => { const t = tr.cells[index].textContent; const n = Number(t); return isNaN(n) ? t : n; };
  [...body.rows].sort((a, b) => (value(a) > value(b) ? 1 : value(a) < value(b) ? -1 : 0) * (asc ? 1 : -1)).forEach(r => body.append(r));
  el.dataset.sorted = asc ? `${index}` : '';
}

// ---- Session, datasets and the Data DNA panel.
async function ensureSession() {
  if (state.session) {
    try { await api(`/api/sessions/${state.session}`); return; } catch (e) { state.session = null; }
  }
  const session = await api('/api/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  state.session = session.id;
  state.chat = null;
  localStorage.setItem('insightx.session', session.id);
  localStorage.removeItem('insightx.chat');
}
async function loadDatasets() {
  const datasets = await api(`/api/sessions/${state.session}/datasets`);
  const panel = $('dna');
  panel.replaceChildren();
  if (!datasets.length) {
    panel.innerHTML = '<p class="muted">No dataset yet: upload one to see its Data DNA.</p>';
  }
  datasets.forEach(d => panel.append(dnaView(d)));
}
function dnaView(dataset) {
  const dna = dataset.dna;
  const box = document.createElement('section');
  box.dataset.dataset = dataset.id;
  const title = document.createElement('h3');
  title.textContent = `${dataset.name}`;
  const meta = document.createElement('p');
  meta.className = 'muted';
  meta.textContent = `table ${dataset.tableName} · ${dna.rowCount.toLocaleString()} rows · ${dna.columnCount ?? dna.columns.length} columns`;
  const columns = document.createElement('table');
  columns.innerHTML = '<tr><th>column</th><th>type</th><th>nulls</th><th>range / top values</th></tr>';
  dna.columns.forEach(c => {
    const tr = columns.insertRow();
    tr.insertCell().textContent = c.name;
    tr.insertCell().textContent = `${c.semanticType} (${c.type})`;
    const nulls = tr.insertCell();
    const empty = c.nullFraction ?? 0;
    nulls.innerHTML = `<span class="nullbar" title="${escape((empty * 100).toFixed(1))}% empty"><span style="width:${Math.round(empty * 100)}%"></span></span>`;
    const facts = c.topValues?.length && c.semanticType !== 'numeric'
      ? c.topValues.slice(0, 3).map(v => `${v.value} (${v.count})`).join(', ')
      : c.min !== undefined && c.min !== null ? `${c.min} … ${c.max}` + (c.mean != null ? ` · mean ${Number(c.mean).toFixed(2)}` : '') : '';
    tr.insertCell().textContent = facts;
  });
  box.append(title, meta, columns);
  (dna.warnings || []).forEach(w => {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = '⚠️ ' + w.message;
    box.append(p);
  });
  if (dna.sampleRows?.length) {
    const names = Object.keys(dna.sampleRows[0]);
    box.append(table(names, dna.sampleRows.map(r => names.map(n => r[n]))));
  }
  return box;
}
// Uploads go up with XMLHttpRequest for its upload progress; the server then profiles the file (the Data DNA).
function upload(file) {
  const progress = $('progress');
  const status = $('upload-status');
  const say = text => { status.textContent = text; };
  progress.hidden = false;
  progress.value = 0;
  say(`Uploading ${file.name}…`);
  const form = new FormData();
  form.append('file', file);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', `/api/sessions/${state.session}/datasets`);
  xhr.upload.onprogress = e => {
    if (!e.lengthComputable) return;
    progress.value = 100 * e.loaded / e.total;
    say(`Uploading ${file.name}: ${Math.floor(100 * e.loaded / e.total)}% of ${megabytes(e.total)}`);
  };
  xhr.upload.onload = () => say(`Reading ${file.name} and profiling its Data DNA…`);
  xhr.onload = () => {
    progress.hidden = true;
    if (xhr.status === 200 || xhr.status === 201) {
      const uploaded = JSON.parse(xhr.responseText);
      say(uploaded.notice || `${uploaded.name} is ready: ${uploaded.rowCount.toLocaleString()} rows.`);
      loadDatasets();
    } else {
      let detail = `The upload failed (${xhr.status}).`;
      try { detail = JSON.parse(xhr.responseText).detail || detail; } catch (e) { /* not JSON */ }
      say(detail);
      status.classList.add('error');
      toast(detail, true);
    }
  };
  xhr.onerror = () => {
    progress.hidden = true;
    say('The upload did not reach the server.');
    toast('The upload did not reach the server.', true);
  };
  status.classList.remove('error');
  xhr.send(form);
}
const megabytes = bytes => `${(bytes / 1048576).toFixed(bytes < 10485760 ? 1 : 0)} MB`;

// ---- The chat stream: POST with fetch, read SSE, reconnect with Last-Event-ID without losing or repeating steps.
function friendly(error) {
  switch (error.code) {
    case 'tool-unavailable': return 'A service InsightX needs is not answering right now. Try again in a moment.';
    case 'keys-exhausted': return `Every LLM key is busy or out of quota${error.retryAfterSeconds ? `; try again in ${error.retryAfterSeconds} s` : ''}.`;
    case 'sql-failed': case 'python-failed': return error.message; // already says what failed and why
    default: return error.message || 'Something went wrong.';
  }
}
// Vega-Lite specs become interactive charts (tooltips, export) in the answer and in the Results tab;
// tables and figures get download links.
function chart(artifact) {
  const box = document.createElement('div');
  box.className = 'chart';
  box.setAttribute('aria-label', artifact.title || 'Chart');
  fetch(artifact.url).then(r => r.ok ? r.json() : Promise.reject(new Error(`chart ${r.status}`)))
    .then(spec => vegaEmbed(box, spec, { actions: { export: true, source: false, compiled: false, editor: false } }))
    .catch(() => { box.textContent = 'This chart could not be drawn.'; });
  return box;
}
function showArtifacts(target, artifacts) {
  artifacts.filter(a => a.kind === 'vega-lite').forEach(a => {
    target.append(chart(a));
    $('results').prepend(chart(a));
  });
  artifacts.filter(a => a.kind === 'table' || a.kind === 'figure').forEach(a => {
    const link = document.createElement('a');
    link.href = a.url;
    link.textContent = a.kind === 'table' ? '⬇ CSV' : '⬇ PNG';
    link.download = '';
    target.append(link, ' ');
  });
}
function showError(view, message) {
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = message;
  view.answer.append(p);
  toast(message, true);
}
function answerView(question) {
  const user = document.createElement('div');
  user.className = 'msg user';
  user.textContent = question;
  const box = document.createElement('div');
  box.className = 'msg';
  const steps = document.createElement('div');
  const answer = document.createElement('div');
  answer.className = 'answer';
  box.append(steps, answer);
  $('messages').append(user, box);
  return { steps, answer, text: '', calls: {}, seen: 0 };
}
function onEvent(view, type, data) {
  const step = (summary, open = false) => {
    const details = document.createElement('details');
    details.className = 'step';
    details.open = open;
    const s = document.createElement('summary');
    s.innerHTML = summary;
    details.append(s);
    view.steps.append(details);
    return details;
  };
  if (type === 'agent') {
    step(`<span class="agent ${escape(data.agent)}">${ICONS[data.agent] || ''} ${escape(data.agent)}</span> agent`);
    toast(`${ICONS[data.agent] || ''} ${data.agent} agent`);
  } else if (type === 'classification') {
    step(`intent <strong>${escape(data.intent)}</strong>: ${escape(data.reason)}`);
  } else if (type === 'tool_call' && (data.tool === 'run_sql' || data.tool === 'run_python')) {
    const language = data.tool === 'run_sql' ? 'sql' : 'python';
    const source = data.input.sql || data.input.code;
    const details = step(`${escape(data.tool)} · attempt ${escape(data.input.attempt)}`, true);
    details.append(codeBlock(source, language));
    view.calls[data.callId] = details;
    $('code').prepend(codeBlock(source, language));
  } else if (type === 'tool_result' && view.calls[data.callId]) {
    const details = view.calls[data.callId];
    const out = data.output || {};
    if (!data.ok) {
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = (out.error && (out.error.message || out.error.type)) || 'The call failed.';
      details.append(p);
    } else if (out.rows) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = `${out.rowCount} rows in ${data.elapsedMs} ms`;
      details.append(p, table(out.columns, out.rows, 10));
      keepResult('SQL result', out);
    } else {
      (out.figures || []).forEach(f => {
        const img = document.createElement('img');
        img.className = 'figure';
        img.alt = 'Chart';
        img.src = f.url || `data:image/png;base64,${f.data}`;
        details.append(img);
      });
      // A DataFrame as `result`, and every show_table(df, name), are tables like a query's.
      [...(out.result?.columns ? [{ name: 'Python result', ...out.result }] : []), ...(out.tables || [])].forEach(t => {
        details.append(table(t.columns, t.rows, 10));
        keepResult(t.name || 'Python table', t);
      });
      if (out.stdout) details.append(codeBlock(out.stdout, 'text'));
    }
  } else if (type === 'key_rotation') {
    toast(`↻ key ${data.fromKey} → ${data.toKey} (${data.reason})`);
  } else if (type === 'token') {
    view.text += data.text;
    view.answer.innerHTML = markdown(view.text);
  } else if (type === 'final') {
    view.answer.innerHTML = markdown(data.content);
    showArtifacts(view.answer, data.artifacts || []);
    if (data.insights?.length) loadInsights();
  } else if (type === 'error') {
    showError(view, friendly(data));
  } else if (type === 'done') {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = `answered in ${data.elapsedMs} ms`;
    view.answer.append(p);
  }
}
async function readStream(response, view) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let done = false;
  while (!done) {
    const chunk = await reader.read();
    if (chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let id = 0, type = 'message', data = '';
      block.split('\n').forEach(line => {
        if (line.startsWith('id:')) id = Number(line.slice(3));
        else if (line.startsWith('event:')) type = line.slice(6).trim();
        else if (line.startsWith('data:')) data += line.slice(5).trim();
      });
      if (!data || id <= view.seen) continue; // heartbeats, and steps already shown
      view.seen = id;
      const payload = JSON.parse(data);
      if (payload.chatId && payload.chatId !== state.chat) {
        state.chat = payload.chatId;
        localStorage.setItem('insightx.chat', payload.chatId);
      }
      onEvent(view, type, payload);
      done = type === 'done';
    }
  }
  return done;
}
async function ask(question) {
  const view = answerView(question);
  $('send').disabled = true;
  try {
    const response = await fetch('/api/chat/stream', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sessionId: state.session, chatId: state.chat, message: question }),
    });
    if (!response.ok) throw await refusal(response);
    // A dropped connection resumes after the last step shown (Last-Event-ID), with a growing pause; the server
    // keeps answering meanwhile (its reconnect grace).
    let finished = false;
    for (let attempt = 0; !finished && attempt < 6 && (attempt === 0 || state.chat); attempt++) {
      try {
        if (attempt > 0) {
          toast('Connection lost; reconnecting…', true);
          await new Promise(resume => setTimeout(resume, 400 * attempt));
        }
        finished = await readStream(attempt === 0 ? response
          : await fetch(`/api/chats/${state.chat}/events`, { headers: { 'Last-Event-ID': String(view.seen) } }), view);
        if (finished && attempt > 0) toast('Reconnected');
      } catch (e) {
        // network error: the next attempt reconnects
      }
    }
    if (!finished) throw new Error('The connection to InsightX was lost. Reload the page to see the answer.');
  } catch (e) {
    showError(view, e.message);
  } finally {
    $('send').disabled = false;
    $('messages').scrollTop = $('messages').scrollHeight;
  }
}
async function loadConversation() {
  if (!state.chat) return;
  try {
    const [messages, artifacts] = await Promise.all([api(`/api/chats/${state.chat}/messages`),
      api(`/api/sessions/${state.session}/artifacts`)]);
    messages.forEach(m => {
      const el = document.createElement('div');
      el.className = 'msg' + (m.role === 'user' ? ' user' : ' answer');
      if (m.role === 'user') el.textContent = m.content;
      else {
        el.innerHTML = markdown(m.content);
        showArtifacts(el, artifacts.filter(a => a.messageId === m.id));
      }
      $('messages').append(el);
    });
  } catch (e) {
    state.chat = null;
    localStorage.removeItem('insightx.chat');
  }
}
async function loadInsights() {
  const insights = await api(`/api/sessions/${state.session}/insights`);
  const list = document.createElement('ul');
  insights.forEach(i => { const li = document.createElement('li'); li.textContent = i.text; list.append(li); });
  $('insights').replaceChildren(insights.length ? list : Object.assign(document.createElement('p'),
    { className: 'muted', textContent: 'Nothing learned yet.' }));
}

// ---- Wiring.
document.querySelectorAll('nav [role=tab]').forEach(tab => tab.addEventListener('click', () => {
  document.querySelectorAll('nav [role=tab]').forEach(t => t.setAttribute('aria-selected', String(t === tab)));
  document.querySelectorAll('.tab').forEach(panel => { panel.hidden = panel.id !== tab.dataset.tab; });
}));
$('ask').addEventListener('submit', e => {
  e.preventDefault();
  const question = $('question').value.trim();
  if (question) { $('question').value = ''; ask(question); }
});
$('question').addEventListener('keydown', e => {
  if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('ask').requestSubmit(); }
});
const drop = $('drop');
drop.addEventListener('click', () => $('file').click());
drop.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('file').click(); } });
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer.files[0]) upload(e.dataTransfer.files[0]); });
// Cleared after each choice, so that choosing the same file again uploads it again.
$('file').addEventListener('change', e => { const file = e.target.files[0]; e.target.value = ''; if (file) upload(file); });
$('new-session').addEventListener('click', async () => {
  localStorage.removeItem('insightx.session');
  localStorage.removeItem('insightx.chat');
  location.reload();
});
(async () => {
  try {
    await ensureSession();
    await Promise.all([loadDatasets(), loadConversation(), loadInsights()]);
  } catch (e) {
    toast(e.message, true);
  }
})();
