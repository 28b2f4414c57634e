// Coming back to a session: its chats (titled by their first question) and the user's recent sessions, each one
// click from being reopened whole. Shown in place of the welcome when a session already holds chats.
import { $, api, el, remember, state } from './util.js';
import { loadConversation } from './stream.js';
import { drawVisibleCharts } from './results.js';

const when = iso => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

// True when the session has chats (and the list is shown), false for a session never asked anything.
export async function showHome() {
  const [chats, sessions] = await Promise.all([api(`/api/sessions/${state.session}/chats`), api('/api/sessions?limit=8')]);
  if (!chats.length) return false;
  const others = sessions.filter(s => s.id !== state.session);
  const box = el('section', { id: 'home' },
    el('h2', { textContent: 'Welcome back' }),
    el('p', { className: 'muted' }, 'Reopen a chat, or type a new question below to start another one.'),
    el('h3', { textContent: 'Chats in this session' }),
    el('ul', { className: 'past-chats' }, ...chats.map(chat => item(chat.title || 'Untitled chat',
      `${chat.questions} question${chat.questions === 1 ? '' : 's'} · ${when(chat.updatedAt)}`, () => reopen(chat.id)))));
  if (others.length) {
    box.append(el('h3', { textContent: 'Recent sessions' }), el('ul', { className: 'past-sessions' },
      ...others.map(s => item(s.title || 'Untitled session',
        [...s.datasets, when(s.lastActiveAt)].join(' · '), () => { remember(s.id, s.lastChatId); location.reload(); }))));
  }
  $('messages').replaceChildren(box);
  return true;
}

function item(title, detail, open) {
  const button = el('button', { type: 'button', className: 'link', textContent: title });
  button.onclick = open;
  return el('li', {}, button, el('span', { className: 'muted', textContent: ` ${detail}` }));
}

async function reopen(chat) {
  remember(state.session, chat);
  $('messages').replaceChildren();
  await loadConversation();
  drawVisibleCharts();
}
