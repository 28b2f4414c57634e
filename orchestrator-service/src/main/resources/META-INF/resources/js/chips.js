// The offline analyst's plan as chips the user changes: the aggregate, the measure, the groups and the filters.
// The chips write the question again in plain words ("average temp_max by weather in 2014"), which is asked as a
// new question in the same chat: the analyst reads it as it reads a typed one.
import { DATASETS_LOADED, el, state } from './util.js';
import { ask } from './stream.js';

const AGGREGATES = { count: 'count', sum: 'total', avg: 'average', median: 'median', min: 'minimum', max: 'maximum' };
const TIME_GROUPS = ['year', 'quarter', 'month', 'month of the year', 'weekday'];
const NONE = '';

export function question(plan) {
  const groups = plan.groups.filter(g => g !== NONE);
  const what = plan.aggregate === 'count' ? (groups.length ? 'count' : 'how many rows')
    : `${AGGREGATES[plan.aggregate] || plan.aggregate} ${plan.measure}`;
  return [what, groups.length ? `by ${groups.join(' and ')}` : '', ...plan.filters.map(f => f.text)]
    .filter(Boolean).join(' ');
}

// The columns of the dataset the plan was computed on (the one holding its measure or groups), from its DNA.
function columnsOf(plan) {
  const named = [plan.measure, ...plan.groups].filter(Boolean);
  const datasets = state.datasets || [];
  const dataset = datasets.find(d => named.some(n => d.dna.columns.some(c => c.name === n))) || datasets[datasets.length - 1];
  return dataset ? dataset.dna.columns : [];
}

// A chip: a select of its choices (the current value kept among them), each shown by its name.
function select(label, value, choices, onChange, name = v => (v === NONE ? 'no group' : v)) {
  const options = choices.includes(value) ? choices : [value, ...choices];
  const box = el('select', { className: 'chip-select', title: label },
    ...options.map(v => el('option', { value: v, textContent: name(v), selected: v === value })));
  box.setAttribute('aria-label', label);
  box.dataset.chip = label;
  box.onchange = () => onChange(box.value);
  return el('label', { className: 'chip' }, el('span', { className: 'chip-label', textContent: label }), box);
}

export function chips(original) {
  const plan = { ...original, groups: original.groups.length ? [...original.groups] : [NONE], filters: [...original.filters] };
  const box = el('div', { className: 'chips', role: 'group' });
  box.setAttribute('aria-label', 'Change what was computed');
  const rerun = el('button', { type: 'button', className: 'rerun' });
  rerun.onclick = () => ask(question(plan));
  // The choices come from the datasets' DNA, read at every drawing: an answer replayed before the DNA has loaded
  // is drawn again when it arrives.
  const draw = () => {
    const columns = columnsOf(plan);
    const numbers = columns.filter(c => c.semanticType === 'numeric').map(c => c.name);
    const groupable = [NONE, ...columns.filter(c => c.semanticType === 'category' || c.semanticType === 'boolean')
      .map(c => c.name), ...(columns.some(c => c.semanticType === 'datetime') ? TIME_GROUPS : [])];
    const parts = [select('aggregate', plan.aggregate, Object.keys(AGGREGATES), v => {
      plan.aggregate = v;
      if (v !== 'count' && !plan.measure) plan.measure = numbers[0];
      draw();
    }, v => AGGREGATES[v] || v)];
    if (plan.aggregate !== 'count' && plan.measure) {
      parts.push(select('measure', plan.measure, numbers, v => { plan.measure = v; draw(); }));
    }
    plan.groups.forEach((group, i) => parts.push(select('group', group, groupable, v => { plan.groups[i] = v; draw(); })));
    plan.filters.forEach((filter, i) => {
      const remove = el('button', { type: 'button', className: 'chip-remove', textContent: '×', title: 'Remove this filter' });
      remove.setAttribute('aria-label', `Remove the filter ${filter.text}`);
      remove.onclick = () => { plan.filters.splice(i, 1); draw(); };
      parts.push(el('span', { className: 'chip filter' }, el('span', { textContent: filter.text }), remove));
    });
    const asked = question(plan);
    rerun.textContent = `Ask: ${asked}`;
    rerun.disabled = asked === question(original);
    box.replaceChildren(...parts, rerun);
  };
  draw();
  document.addEventListener(DATASETS_LOADED, () => { if (box.isConnected) draw(); });
  return box;
}
