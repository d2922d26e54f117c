/**
 * A story written for the corrections' tests (original text): a mayor, an unnamed employee who
 * gives a reason, a resident who does not, and a city the engine takes for an organization.
 */
export const HARBOUR = `Harbour plan splits council

The council voted on Tuesday to sell the old ferry terminal, a decision that Mayor Lena Varga called "the end of a long wait."

"We have been patient for ten years," said Varga, who has led the town since 2019.

A council employee, who asked not to be named because she was not allowed to speak to the press, said the vote was rushed. "Nobody read the final contract," the employee said.

"The numbers do not add up," one resident said.

Ostrava said the sale would go ahead. "Buyers are already lined up," it said.
`;

/** The span and text of the first occurrence of `text` in HARBOUR (or in `story`). */
export function at(text: string, story = HARBOUR): { start: number; end: number; text: string } {
  const start = story.indexOf(text);
  if (start < 0) throw new Error(`not in the story: ${text}`);
  return { start, end: start + text.length, text };
}

/** A mention's span (no text), as a source reference gives it. */
export function mention(text: string, story = HARBOUR): { mention: { start: number; end: number } } {
  const { start, end } = at(text, story);
  return { mention: { start, end } };
}
