// Progressive enhancement only: the app works fully without this file.
// - Click on a highlighted quote to open or close its evidence.
// - Escape closes the evidence you are in and returns focus to its label.
document.addEventListener('click', (event) => {
  const mark = event.target instanceof Element ? event.target.closest('mark.hl') : null;
  if (!mark?.closest('.story')) return;
  let next = mark.nextElementSibling;
  while (next && !(next.tagName === 'DETAILS' && next.classList.contains('ev'))) {
    if (next.tagName === 'MARK') next = next.nextElementSibling;
    else return;
  }
  if (next) next.open = !next.open;
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const details = document.activeElement instanceof Element ? document.activeElement.closest('details.ev[open]') : null;
  if (!details) return;
  details.open = false;
  details.querySelector('summary')?.focus();
});

// The report page's editors (views/partials/quote-editor.hbs, report-review.hbs) post one form
// with the text and the corrections. Without this script the browser loads the new page; with
// it, the same request asks for the page's body alone (`fragment`), rendered by the server from
// the same partials, and swaps it in place. Nothing is stored anywhere.
document.addEventListener('submit', async (event) => {
  const form = event.target;
  const button = event.submitter;
  if (!(form instanceof HTMLFormElement) || form.id !== 'report-form') return;
  if (button?.name !== 'action' || button.getAttribute('formaction')?.split('#')[0] !== '/analyze') return;
  if (!window.fetch || !window.URLSearchParams) return;
  event.preventDefault();
  const main = document.getElementById('main');
  const status = document.getElementById('review-status');
  const data = new FormData(form);
  data.set('action', button.value);
  data.set('fragment', '1');
  if (status) status.textContent = 'Recomputing…';
  main?.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch('/analyze', { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin' });
    const html = await res.text();
    if (!res.ok) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const message = doc.querySelector('.alert p')?.textContent || `The server answered ${res.status}.`;
      if (status) status.textContent = `Not recomputed: ${message}`;
      return;
    }
    if (main) main.innerHTML = html;
    const now = document.getElementById('review-status');
    now?.focus({ preventScroll: true });
  } catch {
    if (status) status.textContent = 'Not recomputed: the server could not be reached. Try again.';
  } finally {
    document.getElementById('main')?.removeAttribute('aria-busy');
  }
});
