// Helpers every module of the workspace uses. Text from a model or a dataset reaches the page through
// textContent, or as Markdown through DOMPurify (markdown.js): never as raw HTML.

export const $ = id => document.getElementById(id);

// A refused request as an Error whose message is the problem+json detail, a sentence meant for people.
export const refusal = async response => new Error((await response.json().catch(() => ({}))).detail
  || `The server answered ${response.status}.`);

export const api = (path, options = {}) => fetch(path, options).then(async response => {
  if (!response.ok) throw await refusal(response);
  return response.status === 204 ? null : response.json();
});

// An element with properties and children (strings become text nodes).
export function el(tag, props = {}, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

// Errors only, in the header's notice line: it takes its own room, so it never covers the Data DNA or the chat.
export function toast(text) {
  const shelf = $('toasts');
  const note = el('div', { className: 'toast error', role: 'alert' }, text);
  shelf.replaceChildren(note);
  setTimeout(() => note.remove(), 8000);
}

export const megabytes = bytes => `${(bytes / 1048576).toFixed(bytes < 10485760 ? 1 : 0)} MB`;

// The session and chat shown, kept in the address (so a link or a fresh browser reopens them) and locally.
export const state = { session: null, chat: null, datasets: [] };
// Sent on the document when the session's datasets (and their DNA) have been read.
export const DATASETS_LOADED = 'insightx:datasets-loaded';
export function remember(session, chat) {
  state.session = session;
  state.chat = chat;
  const url = new URL(location.href);
  url.searchParams.set('session', session);
  if (chat) url.searchParams.set('chat', chat); else url.searchParams.delete('chat');
  history.replaceState(null, '', url);
  localStorage.setItem('insightx.session', session);
  if (chat) localStorage.setItem('insightx.chat', chat); else localStorage.removeItem('insightx.chat');
}
