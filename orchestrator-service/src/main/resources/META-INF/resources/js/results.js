// Result tables (sortable, with their CSV) and Vega-Lite charts, in answers and in the Results tab.
import { $, el } from './util.js';

export function table(columns, rows, limit = 1000) {
  const element = el('table');
  const head = element.createTHead().insertRow();
  columns.forEach((column, index) => {
    const th = el('th', { textContent: column.name ?? column, title: 'Sort' });
    th.onclick = () => sortTable(element, index);
    head.append(th);
  });
  const body = element.createTBody();
  rows.slice(0, limit).forEach(row => {
    const tr = body.insertRow();
    row.forEach(v => { tr.insertCell().textContent = v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : v; });
  });
  return el('div', { className: 'table-scroll' }, element);
}

function sortTable(element, index) {
  const body = element.tBodies[0];
  const asc = element.dataset.sorted !== `${index}`;
  const value = tr => { const t = tr.cells[index].textContent; const n = Number(t); return isNaN(n) ? t : n; };
  [...body.rows].sort((a, b) => (value(a) > value(b) ? 1 : value(a) < value(b) ? -1 : 0) * (asc ? 1 : -1))
    .forEach(r => body.append(r));
  element.dataset.sorted = asc ? `${index}` : '';
}

export function csv(columns, rows) {
  const cell = v => {
    const text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(c => cell(c.name ?? c)), ...rows.map(r => r.map(cell))].map(r => r.join(',')).join('\r\n') + '\r\n';
}

// The Results tab: every result table in full, sortable, with its CSV.
export function keepResult(title, result) {
  const link = el('a', {
    href: 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv(result.columns, result.rows)),
    download: title.toLowerCase().replace(/\W+/g, '-') + '.csv', textContent: 'CSV',
  });
  const head = el('p', { className: 'muted' },
    `${title} · ${result.rows.length} rows${result.truncated ? ' (the first ones)' : ''} · `, link);
  $('results').prepend(el('section', {}, head, table(result.columns, result.rows)));
}

// A chart is drawn when its box is on screen: one that arrives while its tab is hidden waits, and is drawn when
// the tab opens (drawn hidden, Vega would measure a zero width and stay blank).
const waiting = new Set();
export function chart(artifact) {
  const box = el('div', { className: 'chart' });
  box.setAttribute('aria-label', artifact.title || 'Chart');
  box.dataset.spec = artifact.url;
  waiting.add(box);
  requestAnimationFrame(drawVisibleCharts);
  return box;
}

export function drawVisibleCharts() {
  [...waiting].filter(box => box.isConnected && box.offsetParent !== null).forEach(box => {
    waiting.delete(box);
    fetch(box.dataset.spec).then(r => r.ok ? r.json() : Promise.reject(new Error(`chart ${r.status}`)))
      .then(spec => vegaEmbed(box, spec, { actions: { export: true, source: false, compiled: false, editor: false } }))
      .then(() => { box.dataset.drawn = 'true'; })
      .catch(() => { box.textContent = 'This chart could not be drawn.'; });
  });
}

// An answer's artifacts: the interactive chart first; the PNG and the CSV as links, on demand.
export function showArtifacts(target, artifacts) {
  artifacts.filter(a => a.kind === 'vega-lite').slice(0, 1).forEach(a => {
    target.append(chart(a));
    $('results').prepend(chart(a));
  });
  const links = artifacts.filter(a => a.kind === 'table' || a.kind === 'figure').map(a =>
    el('a', { href: a.url, download: '', className: 'download', textContent: a.kind === 'table' ? 'CSV' : 'PNG' }));
  if (links.length) target.append(el('p', { className: 'downloads' }, 'Download: ', ...links));
}
