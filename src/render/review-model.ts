/**
 * "Check these first" as the report page and the HTML download show it
 * (views/partials/report-check-first.hbs): each attribution to check, linked to its place in the story
 * (`#quote-…`, `#statement-…`, or `#unsaid-N` before a sentence nobody could be given), with its
 * line and what to check. Plain data; every string is raw text that Handlebars escapes.
 */
import { lineLocator } from '../report/positions.js';
import type { Review, ReviewItem, SourcingReport } from '../report/types.js';
import { NO_SOURCE, plural } from '../report/words.js';
import { safeId } from './story-model.js';

const EMPTY: Review = { check: [], more: 0, couldNotTell: [], couldNotTellMore: 0 };

/** The review of a report; an older report without one reviews nothing. */
export function reviewOf(report: Pick<SourcingReport, 'review'>): Review {
  const r = report.review;
  return r && Array.isArray(r.check) && Array.isArray(r.couldNotTell) ? r : EMPTY;
}

/** Where in the story a review item's link goes. */
export function reviewHref(item: ReviewItem, index: number): string {
  if (item.target === 'quote' && item.id !== null) return `#quote-${safeId(item.id)}`;
  if (item.target === 'statement' && item.id !== null) return `#statement-${safeId(item.id)}`;
  return `#unsaid-${index + 1}`;
}

/** The sentences of "could not tell" that need an anchor of their own: where, and its id. */
export function reviewAnchors(report: Pick<SourcingReport, 'review'>): { at: number; id: string }[] {
  return reviewOf(report)
    .couldNotTell.map((item, i) => ({ item, i }))
    .filter(({ item }) => item.target === 'sentence')
    .map(({ item, i }) => ({ at: item.start, id: `unsaid-${i + 1}` }));
}

export function checkFirstModel(report: Pick<SourcingReport, 'review'>, text: string) {
  const review = reviewOf(report);
  const locate = lineLocator(text);
  return {
    any: review.check.length + review.couldNotTell.length > 0,
    check: review.check.map((item) => ({
      href: reviewHref(item, 0),
      kind: item.target === 'statement' ? 'Statement' : 'Quote',
      text: item.text,
      who: item.who ?? NO_SOURCE,
      line: locate(item.start).line,
      message: item.message,
    })),
    more: review.more > 0 ? `${plural(review.more, 'more attribution')} of the same kinds ${review.more === 1 ? 'is' : 'are'} not listed.` : '',
    couldNotTell: review.couldNotTell.map((item, i) => ({
      href: reviewHref(item, i),
      text: item.text,
      line: locate(item.start).line,
      message: item.message,
    })),
    couldNotTellMore:
      review.couldNotTellMore > 0
        ? `${plural(review.couldNotTellMore, 'more sentence')} like these ${review.couldNotTellMore === 1 ? 'is' : 'are'} not listed.`
        : '',
  };
}
