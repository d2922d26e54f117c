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
