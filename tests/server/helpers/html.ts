/** Reading the app's HTML as a browser would. */

/** The value of the hidden `text` field (the story posted back by the download buttons), unescaped. */
export function hiddenText(html: string): string {
  const m = /<input type="hidden" name="text" value="([^"]*)">/.exec(html);
  if (!m) throw new Error('no hidden text field');
  return (m[1] as string)
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}
