/** The file name of a download: the headline as a safe ASCII stem. */

/** A safe ASCII file stem from a headline: `Erdoğan's "plan"` → `erdogans-plan`. */
export function slugify(title: string, max = 60): string {
  const ascii = String(title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐðÐ]/g, 'd')
    .replace(/['’‘`]/g, '')
    .toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > max) slug = slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);
  return slug.replace(/-+$/g, '');
}

export function reportFileStem(title: string): string {
  return slugify(title) || 'quotecheck-report';
}
