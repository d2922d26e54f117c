/**
 * Word lists are written as comma-separated text, so that a list reads like the data it is.
 * `words('said, says, told')` → a set of lower-case entries; white space inside an entry (a line
 * break where a long list wraps) becomes one space.
 */
export function words(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(',')
      .map((w) => w.trim().replace(/\s+/g, ' ').toLowerCase())
      .filter((w) => w !== ''),
  );
}
