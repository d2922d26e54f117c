/**
 * HTML for the classroom (/learn): the story with its quotes numbered and marked but their
 * speakers hidden, for the exercise. Every piece of user text goes through escapeHtml; no
 * inline style, no script.
 */
import type { ReportQuote } from '../types.js';
import { escapeHtml } from './common.js';

/**
 * The story (for an element with `white-space: pre-wrap`) with the first `limit` quotes marked
 * and numbered (`<span class="qnum">1</span><mark class="ex-q">…</mark>`), and no word of who
 * said them: no labels and no colour by source kind.
 */
export function exerciseStoryHtml(text: string, quotes: readonly Pick<ReportQuote, 'id' | 'start' | 'end'>[], limit = Number.POSITIVE_INFINITY): string {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  sorted.forEach((q, i) => {
    if (i >= limit || q.start < at || q.end > text.length || q.end <= q.start) return;
    html += escapeHtml(text.slice(at, q.start));
    html += `<span class="qnum" id="ex-${escapeHtml(q.id)}"><span class="vh">Quote </span>${i + 1}</span><mark class="ex-q">${escapeHtml(text.slice(q.start, q.end))}</mark>`;
    at = q.end;
  });
  return html + escapeHtml(text.slice(at));
}
