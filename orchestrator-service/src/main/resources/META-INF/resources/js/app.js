// InsightX workspace: plain JavaScript modules over the public API. This one wires the page: the session (from
// the address, this browser, or the newest of the user's sessions), uploads, the welcome, tabs and the question box.
import { $, api, el, megabytes, remember, state, toast } from './util.js';
import { loadDatasets, suggestions } from './dna.js';
import { ask, loadConversation } from './stream.js';
import { drawVisibleCharts } from './results.js';
import { showHome } from './home.js';

const EXAMPLES = [
  { file: 'seattle-weather.csv', about: 'daily weather in Seattle, 2012–2015' },
  { file: 'stocks.csv', about: 'monthly prices of five tech stocks' },
  { file: 'gapminder-health-income.csv', about: 'health and income of nations' },
];

async function openSession() {
  const linked = new URLSearchParams(location.search);
  let session = linked.get('session') || localStorage.getItem('insightx.session');
  let chat = linked.get('session') ? linked.get('chat') : localStorage.getItem('insightx.chat');
  if (session) {
    try { await api(`/api/sessions/${session}`); } catch (e) { session = null; chat = null; }
  }
  if (!session) {
    // A fresh browser comes back to the user's newest session, with its latest chat.
    const [newest] = await api('/api/sessions?limit=1');
    if (newest) { session = newest.id; chat = newest.lastChatId; }
  }
  if (!session) session = (await newSession()).id;
  remember(session, chat);
}

const newSession = () => api('/api/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });

// Uploads go up with XMLHttpRequest for its upload progress; the server then profiles the file (the Data DNA).
function upload(file) {
  const progress = $('progress');
  const status = $('upload-status');
  const say = text => { status.textContent = text; };
  progress.hidden = false;
  progress.value = 0;
  status.classList.remove('error');
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
  xhr.onload = async () => {
    progress.hidden = true;
    if (xhr.status === 200 || xhr.status === 201) {
      const uploaded = JSON.parse(xhr.responseText);
      // "ready" once the DNA panel shows the dataset, not before: what the status says is on the page
      try {
        welcome(hint(await loadDatasets(uploaded.id)));
      } finally {
        say(uploaded.notice || `${uploaded.name} is ready: ${uploaded.rowCount.toLocaleString()} rows.`);
      }
    } else {
      let detail = `The upload failed (${xhr.status}).`;
      try { detail = JSON.parse(xhr.responseText).detail || detail; } catch (e) { /* not JSON */ }
      say(detail);
      status.classList.add('error');
      toast(detail);
    }
  };
  xhr.onerror = () => {
    progress.hidden = true;
    say('The upload did not reach the server.');
    status.classList.add('error');
  };
  xhr.send(form);
}

async function uploadExample(name) {
  const response = await fetch(`/examples/${name}`);
  upload(new File([await response.blob()], name, { type: 'text/csv' }));
}

// The question box's example is one of the newest dataset's own questions, never another dataset's columns.
function hint(datasets) {
  const example = suggestions(datasets).find(q => q.includes(' by ')) || suggestions(datasets)[0];
  $('question').placeholder = example ? `Ask about your data, e.g. ${example}` : 'Ask about your data';
  return datasets;
}

// The first screen of a session never asked anything: what InsightX does, questions made from the data, example datasets.
function welcome(datasets) {
  if ($('messages').querySelector('.msg')) return;
  const questions = suggestions(datasets);
  const box = el('section', { id: 'welcome' },
    el('h2', { textContent: 'Ask your data anything' }),
    el('p', {}, 'Upload a CSV, TSV, Parquet or JSON file: InsightX profiles it, then answers in plain language with ',
      'the SQL and Python it ran, tables and charts. Nothing is hidden: every step shows.'));
  if (questions.length) {
    box.append(el('h3', { textContent: 'Try asking' }), el('div', { className: 'suggestions' },
      ...questions.map(q => { const b = el('button', { type: 'button', className: 'chip', textContent: q }); b.onclick = () => ask(q); return b; })));
  }
  box.append(el('h3', { textContent: datasets.length ? 'Or add an example dataset' : 'No data at hand? Start with an example' }),
    el('ul', { className: 'examples' }, ...EXAMPLES.map(example => {
      const b = el('button', { type: 'button', className: 'link', textContent: example.file });
      b.onclick = () => uploadExample(example.file);
      return el('li', {}, b, ` — ${example.about}`);
    })),
    el('p', { className: 'muted' }, 'Examples from the vega-datasets package (BSD-3-Clause).'));
  $('welcome')?.remove();
  $('messages').prepend(box);
}

// The user's recent sessions, to come back to one.
async function listSessions() {
  const sessions = await api('/api/sessions?limit=20');
  const picker = $('sessions');
  picker.replaceChildren(...sessions.map(s => {
    const label = `${s.title || 'Untitled session'}${s.datasets.length ? ` · ${s.datasets.join(', ')}` : ''}`;
    return el('option', { value: s.id, textContent: label, selected: s.id === state.session });
  }));
  picker.onchange = () => {
    const chosen = sessions.find(s => s.id === picker.value);
    remember(chosen.id, chosen.lastChatId);
    location.reload();
  };
}

async function loadInsights() {
  const insights = await api(`/api/sessions/${state.session}/insights`);
  $('insights').replaceChildren(insights.length
    ? el('ul', {}, ...insights.map(i => el('li', { textContent: i.text })))
    : el('p', { className: 'muted', textContent: 'Nothing learned yet.' }));
}

// ---- Wiring.
document.querySelectorAll('#tabs [role=tab]').forEach(tab => tab.addEventListener('click', () => {
  document.querySelectorAll('#tabs [role=tab]').forEach(t => t.setAttribute('aria-selected', String(t === tab)));
  document.querySelectorAll('.tab').forEach(panel => { panel.hidden = panel.id !== tab.dataset.tab; });
  drawVisibleCharts(); // charts that came while their tab was closed
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
// Back to the session's chat list; the next question starts a new chat.
$('all-chats').addEventListener('click', () => {
  remember(state.session, null);
  location.reload();
});
$('new-session').addEventListener('click', async () => {
  remember((await newSession()).id, null);
  location.reload();
});
document.addEventListener('insights', () => loadInsights());
(async () => {
  try {
    await openSession();
    const [datasets, reopened] = await Promise.all([loadDatasets(), loadConversation(), loadInsights()])
      .then(([d, r]) => [d, r]);
    hint(datasets);
    if (!reopened && !(await showHome())) welcome(datasets);
    await listSessions();
  } catch (e) {
    toast(e.message);
  }
})();
