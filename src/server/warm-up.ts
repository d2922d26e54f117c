/**
 * What a worker thread of the server does once, as it starts and before its first request: the
 * report page and the PDF of a short story of our own. The engine's lazy tables, the page and
 * PDF modules, the templates and the embedded font are then loaded, so that the first editor
 * waits no longer than the next (`WorkPool`'s `warm` option; main.ts).
 */
import type { Job } from '../work/jobs.js';
import type { WebSettings } from './web-jobs.js';

export const WARM_UP_STORY = [
  'Harbour council delays vote on ferry fares',
  'The vote on new ferry fares was put off until March, the harbour council said on Tuesday.',
  '"We need more time to hear the islands," said Mayor Lena Dahl. "Nobody will pay more this winter."',
  'A council official, who asked not to be named because the talks are private, said the budget "does not add up."',
].join('\n\n');

export function warmUpJobs(settings: WebSettings): Job[] {
  const story = { origin: 'text' as const, text: WARM_UP_STORY, name: null };
  return [
    { kind: 'web', web: { kind: 'page', view: 'report', story, corrections: null, settings } },
    { kind: 'web', web: { kind: 'download', format: 'pdf', story, corrections: null, settings } },
  ];
}
