// Answers are Markdown: marked parses it, DOMPurify sanitises the HTML, highlight.js colours the code, and
// sql-formatter lays a one-line query out on several lines. All four come from WebJars served by this service.
import { el } from './util.js';

marked.use({ gfm: true });

export function renderMarkdown(target, source) {
  target.innerHTML = DOMPurify.sanitize(marked.parse(String(source ?? '')));
  target.querySelectorAll('pre > code').forEach(code => {
    const language = (code.className.match(/language-([\w-]+)/) || [])[1];
    code.parentElement.replaceWith(codeBlock(code.textContent, language));
  });
  target.querySelectorAll('a[href]').forEach(link => { link.rel = 'noopener noreferrer'; });
}

function formatSql(sql) {
  if (sql.includes('\n')) return sql; // already laid out by its author
  try {
    return sqlFormatter.format(sql, { language: 'postgresql', keywordCase: 'upper', paramTypes: { positional: true } });
  } catch (e) {
    return sql; // DuckDB syntax the formatter does not know: shown as written
  }
}

// A code block with its language and a Copy button in a bar above it (never over the code), wrapping long lines.
export function codeBlock(source, language, params) {
  const text = language === 'sql' ? formatSql(String(source)) : String(source);
  const code = el('code', { className: 'hljs' });
  if (language && hljs.getLanguage(language)) code.innerHTML = hljs.highlight(text, { language }).value;
  else code.textContent = text;
  const copy = el('button', { type: 'button', className: 'copy', textContent: 'Copy' });
  copy.onclick = () => navigator.clipboard?.writeText(text).then(() => {
    copy.textContent = 'Copied';
    setTimeout(() => { copy.textContent = 'Copy'; }, 1500);
  });
  const bar = el('div', { className: 'code-bar' }, el('span', { textContent: language || 'text' }), copy);
  const block = el('div', { className: 'code' }, bar, el('pre', {}, code));
  if (params?.length) {
    block.append(el('p', { className: 'params' }, 'with ? = ', ...params.map(value =>
      el('code', { textContent: JSON.stringify(value) }))));
  }
  return block;
}
