// The chat stream: POST with fetch and read its Server-Sent Events; a dropped connection resumes with
// Last-Event-ID without losing or repeating steps; a chat reopened later replays its events whole.
import { $, api, el, refusal, remember, state, toast } from './util.js';
import { answerView, onEvent, showError } from './answer.js';
import { drawVisibleCharts } from './results.js';

// Reads SSE blocks, handing each new event (id above the last one seen) to `handle`; true once `done` came for
// the answer being read (or, replaying, when the stream ends).
async function readEvents(response, seen, handle) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return false;
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
      if (!data || id <= seen()) continue; // heartbeats, and steps already shown
      if (handle(type, JSON.parse(data), id)) return true;
    }
  }
}

function follow(view) {
  return (type, payload, id) => {
    view.seen = id;
    if (payload.chatId && payload.chatId !== state.chat) remember(state.session, payload.chatId);
    onEvent(view, type, payload);
    return type === 'done';
  };
}

export async function ask(question) {
  const view = answerView(question);
  $('send').disabled = true;
  try {
    const response = await fetch('/api/chat/stream', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sessionId: state.session, chatId: state.chat, message: question }),
    });
    if (!response.ok) throw await refusal(response);
    // A dropped connection resumes after the last step shown, with a growing pause; the server keeps answering
    // meanwhile (its reconnect grace). The reconnection is told in the stream, where the steps are.
    let finished = false;
    for (let attempt = 0; !finished && attempt < 6 && (attempt === 0 || state.chat); attempt++) {
      try {
        if (attempt > 0) {
          view.steps.append(el('p', { className: 'muted reconnect', textContent: 'Connection lost; reconnecting…' }));
          await new Promise(resume => setTimeout(resume, 400 * attempt));
        }
        finished = await readEvents(attempt === 0 ? response
          : await fetch(`/api/chats/${state.chat}/events`, { headers: { 'Last-Event-ID': String(view.seen) } }),
        () => view.seen, follow(view));
        if (finished && attempt > 0) view.steps.append(el('p', { className: 'muted', textContent: 'Reconnected.' }));
      } catch (e) {
        // network error: the next attempt reconnects
      }
    }
    if (!finished) throw new Error('The connection to InsightX was lost. Reload the page to see the answer.');
  } catch (e) {
    showError(view, e.message);
    toast(e.message);
  } finally {
    $('send').disabled = false;
    $('messages').scrollTop = $('messages').scrollHeight;
  }
}

// A chat reopened: each question, followed by the replay of its events (the server replays up to one `done` per
// request, so each answer is asked for after the last event of the one before).
export async function loadConversation() {
  if (!state.chat) return false;
  try {
    const questions = (await api(`/api/chats/${state.chat}/messages`)).filter(m => m.role === 'user');
    let last = 0;
    for (const question of questions) {
      const view = answerView(question.content);
      const response = await fetch(`/api/chats/${state.chat}/events?after=${last}`);
      if (!response.ok) throw await refusal(response);
      await readEvents(response, () => last, (type, payload, id) => {
        last = id;
        onEvent(view, type, payload);
        return type === 'done';
      });
    }
    drawVisibleCharts();
    return questions.length > 0;
  } catch (e) {
    remember(state.session, null);
    return false;
  }
}
