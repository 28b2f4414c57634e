// One answer as it streams: its steps (agents, the SQL or Python run, their results), then the answer itself with
// what the analyst understood, which brain answered, and a warning when the answer is cut short or unsupported.
import { $, el } from './util.js';
import { icon } from './icons.js';
import { codeBlock, renderMarkdown } from './markdown.js';
import { keepResult, showArtifacts, table } from './results.js';
import { chips } from './chips.js';

export function friendly(error) {
  switch (error.code) {
    case 'tool-unavailable': return 'A service InsightX needs is not answering right now. Try again in a moment.';
    case 'keys-exhausted': return `Every LLM key is busy or out of quota${error.retryAfterSeconds ? `; try again in ${error.retryAfterSeconds} s` : ''}.`;
    default: return error.message || 'Something went wrong.';
  }
}

export function answerView(question) {
  $('welcome')?.remove();
  $('home')?.remove();
  const steps = el('div', { className: 'steps' });
  const answer = el('div', { className: 'answer' });
  const about = el('div', { className: 'about' });
  $('messages').append(el('div', { className: 'msg user', textContent: question }),
    el('div', { className: 'msg' }, steps, answer, about));
  return { steps, answer, about, text: '', calls: {}, seen: 0, brain: null };
}

export function showError(view, message) {
  view.answer.append(el('p', { className: 'error', textContent: message }));
}

function step(view, summary, open = false) {
  const details = el('details', { className: 'step', open }, el('summary', {}, ...summary));
  view.steps.append(details);
  return details;
}

export function onEvent(view, type, data) {
  if (type === 'agent') {
    step(view, [el('span', { className: `agent ${data.agent}` }, icon(data.agent), ` ${data.agent}`), ' agent']);
  } else if (type === 'brain') {
    view.brain = data;
  } else if (type === 'classification') {
    step(view, ['intent ', el('strong', { textContent: data.intent }), `: ${data.reason ?? ''}`]);
  } else if (type === 'status') {
    step(view, [el('span', { className: 'muted', textContent: data.message ?? data.stage })]);
  } else if (type === 'key_rotation') {
    step(view, [el('span', { className: 'muted', textContent: `key ${data.fromKey} → ${data.toKey} (${data.reason})` })]);
  } else if (type === 'tool_call' && (data.tool === 'run_sql' || data.tool === 'run_python')) {
    const language = data.tool === 'run_sql' ? 'sql' : 'python';
    const source = data.input.sql || data.input.code;
    const details = step(view, [`${data.tool} · attempt ${data.input.attempt ?? 1}`]);
    details.append(codeBlock(source, language, data.input.params));
    view.calls[data.callId] = details;
    $('code').prepend(codeBlock(source, language, data.input.params));
  } else if (type === 'tool_result' && view.calls[data.callId]) {
    toolResult(view.calls[data.callId], data);
  } else if (type === 'token') {
    view.text += data.text;
    renderMarkdown(view.answer, view.text);
  } else if (type === 'final') {
    renderMarkdown(view.answer, data.content);
    showArtifacts(view.answer, data.artifacts || []);
    about(view, data);
    if (data.insights?.length) document.dispatchEvent(new CustomEvent('insights'));
  } else if (type === 'error') {
    showError(view, friendly(data));
  } else if (type === 'done') {
    view.about.append(el('p', { className: 'muted done', textContent: `answered in ${data.elapsedMs} ms` }));
  }
}

// Its result inside the step (closed by default: the answer shows the table once); figures as PNG on demand.
function toolResult(details, data) {
  const out = data.output || {};
  if (!data.ok) {
    details.open = true;
    details.append(el('p', { className: 'error', textContent: (out.error && (out.error.message || out.error.type)) || 'The call failed.' }));
  } else if (out.rows) {
    details.append(el('p', { className: 'muted', textContent: `${out.rowCount} rows in ${data.elapsedMs} ms` }),
      table(out.columns, out.rows, 10));
    keepResult('SQL result', out);
  } else {
    (out.figures || []).forEach(figure => {
      const show = el('button', { type: 'button', className: 'link', textContent: 'Show the PNG' });
      show.onclick = () => show.replaceWith(el('img', { className: 'figure', alt: 'Chart (PNG)',
        src: figure.url || `data:image/png;base64,${figure.data}` }));
      details.append(show);
    });
    [...(out.result?.columns ? [{ name: 'Python result', ...out.result }] : []), ...(out.tables || [])].forEach(t => {
      details.append(table(t.columns, t.rows, 10));
      keepResult(t.name || 'Python table', t);
    });
    if (out.stdout) details.append(codeBlock(out.stdout, 'text'));
  }
}

// What was computed, what was understood and ignored, which brain answered; warnings for a guess.
function about(view, data) {
  const parts = [];
  if (data.complete === false) {
    parts.push(el('p', { className: 'warning' }, icon('warning', 'Warning'), ' This answer was cut short: it may be incomplete.'));
  }
  if (data.grounded === false) {
    const numbers = (data.unsupportedNumbers || []).join(', ');
    parts.push(el('p', { className: 'warning' }, icon('warning', 'Warning'),
      ` Some numbers here are not backed by a result${numbers ? ` (${numbers})` : ''}: check them.`));
  }
  if (data.interpretation) {
    parts.push(el('p', { className: 'interpretation' }, el('strong', { textContent: 'Computed: ' }), data.interpretation));
  }
  if (data.plan) parts.push(chips(data.plan));
  const understood = data.understood && data.understood !== 'full' ? `understood ${data.understood}` : null;
  const ignored = data.ignored?.length ? `ignored: ${data.ignored.join(', ')}` : null;
  const brain = view.brain ? `${view.brain.mode === 'llm' ? 'LLM' : 'offline'} analyst`
    + (view.brain.reason ? ` (${view.brain.reason})` : '') : null;
  const line = [understood, ignored, brain].filter(Boolean);
  if (line.length) {
    parts.push(el('p', { className: 'muted understanding' }, ...(view.brain ? [icon('brain', 'Brain'), ' '] : []), line.join(' · ')));
  }
  view.about.append(...parts);
}

