// The Data DNA panel: one tab per dataset (the newest open), warnings first, then a card per column with its
// empty cells as a number, a sparkline of its distribution (numbers) or its top values (categories).
import { $, api, DATASETS_LOADED, el, state } from './util.js';
import { icon } from './icons.js';

const SVG = 'http://www.w3.org/2000/svg';

export async function loadDatasets(open) {
  const datasets = await api(`/api/sessions/${state.session}/datasets`);
  state.datasets = datasets; // the chips of an answer offer their columns
  document.dispatchEvent(new Event(DATASETS_LOADED));
  const panel = $('dna');
  if (!datasets.length) {
    panel.replaceChildren(el('p', { className: 'muted' }, 'No dataset yet: upload one to see its Data DNA.'));
    return datasets;
  }
  const shown = datasets.find(d => d.id === open) || datasets[datasets.length - 1];
  const tabs = el('div', { className: 'dataset-tabs', role: 'tablist' });
  const body = el('div');
  const select = dataset => {
    [...tabs.children].forEach(t => t.setAttribute('aria-selected', String(t.dataset.id === dataset.id)));
    body.replaceChildren(dnaView(dataset));
  };
  datasets.forEach(dataset => {
    const tab = el('button', { type: 'button', role: 'tab', textContent: dataset.tableName, title: dataset.name });
    tab.dataset.id = dataset.id;
    tab.onclick = () => select(dataset);
    tabs.append(tab);
  });
  panel.replaceChildren(...(datasets.length > 1 ? [tabs] : []), body);
  select(shown);
  return datasets;
}

function dnaView(dataset) {
  const dna = dataset.dna;
  const box = el('section', { className: 'dataset' });
  box.dataset.dataset = dataset.id;
  box.append(el('h3', { textContent: dataset.name }), el('p', { className: 'muted' },
    `table ${dataset.tableName} · ${dna.rowCount.toLocaleString()} rows · ${dna.columnCount ?? dna.columns.length} columns`
    + (dna.encoding ? ` · read as ${dna.encoding}` : '')));
  const warnings = dna.warnings || [];
  if (warnings.length) {
    box.append(el('ul', { className: 'warnings' }, ...warnings.map(w =>
      el('li', {}, icon('warning', 'Warning'), ' ', w.message || String(w)))));
  }
  box.append(el('div', { className: 'columns' }, ...dna.columns.map(column => card(column, dna.rowCount))));
  return box;
}

function card(column, rows) {
  const nulls = column.nullCount ?? Math.round((column.nullFraction ?? 0) * rows);
  const facts = el('p', { className: 'facts' },
    `${nulls.toLocaleString()} empty` + (nulls ? ` (${(100 * nulls / Math.max(rows, 1)).toFixed(1)}%)` : '')
    + (column.distinctCount != null ? ` · ${column.distinctCount.toLocaleString()} distinct` : ''));
  const body = [];
  if (column.semanticType === 'numeric' && column.min != null) {
    body.push(sparkline(column), el('p', { className: 'range' }, `${column.min} … ${column.max}`
      + (column.mean != null ? ` · mean ${Number(column.mean).toFixed(2)}` : '')));
  } else if (column.topValues?.length) {
    body.push(topValues(column.topValues.slice(0, 3), rows));
  } else if (column.min != null) {
    body.push(el('p', { className: 'range' }, `${column.min} … ${column.max}`));
  }
  return el('article', { className: 'column-card' },
    el('header', {}, el('strong', { textContent: column.name }),
      el('span', { className: `type ${column.semanticType}`, textContent: column.semanticType, title: column.type })),
    facts, ...body);
}

// Four bars between min, p25, p50, p75 and max: each holds a quarter of the rows, so its height is how densely
// they sit there. A shape from the DNA's quantiles, not an exact histogram.
function sparkline(column) {
  const q = column.quantiles || {};
  const edges = [column.min, q.p25, q.p50, q.p75, column.max].map(Number);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 24');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('aria-label', `distribution of ${column.name}`);
  const span = edges[4] - edges[0];
  if (!(span > 0) || edges.some(isNaN)) return svg;
  const widths = [0, 1, 2, 3].map(i => Math.max((edges[i + 1] - edges[i]) / span, 0.01));
  const densest = Math.max(...widths.map(w => 0.25 / w));
  widths.forEach((w, i) => {
    const bar = document.createElementNS(SVG, 'rect');
    const height = 22 * (0.25 / w) / densest;
    bar.setAttribute('x', String(100 * (edges[i] - edges[0]) / span));
    bar.setAttribute('width', String(Math.max(100 * w - 0.8, 0.5)));
    bar.setAttribute('y', String(24 - height));
    bar.setAttribute('height', String(height));
    svg.append(bar);
  });
  return svg;
}

function topValues(values, rows) {
  return el('ul', { className: 'top-values' }, ...values.map(v => {
    const bar = el('span', { className: 'bar' });
    bar.style.width = `${Math.max(2, Math.round(100 * v.count / Math.max(rows, 1)))}%`;
    return el('li', {}, el('span', { className: 'value', textContent: `${v.value} (${v.count.toLocaleString()})` }), bar);
  }));
}

// Questions the offline analyst understands, made from the newest dataset's columns.
export function suggestions(datasets) {
  const dataset = datasets[datasets.length - 1];
  if (!dataset) return [];
  const columns = dataset.dna.columns;
  const numbers = columns.filter(c => c.semanticType === 'numeric');
  const categories = columns.filter(c => c.semanticType === 'category');
  const asked = ['how many rows are there'];
  if (numbers[0] && categories[0]) asked.push(`average ${numbers[0].name} by ${categories[0].name}`);
  if (numbers[0]) asked.push(`histogram of ${numbers[0].name}`);
  if (categories[0]) asked.push(`count by ${categories[0].name}`);
  if (numbers[1] && categories[0]) asked.push(`total ${numbers[1].name} by ${categories[0].name}`);
  asked.push('what columns are there');
  return asked.slice(0, 6);
}
