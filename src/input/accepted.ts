/**
 * Which file names the tool reads: a module of its own, so that the command line's main thread
 * can pick story files out of a directory without loading the extractors (the HTML reader view
 * alone takes a tenth of a second to load).
 */
import { extname } from 'node:path';

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

export function isAcceptedName(name: string): boolean {
  return (ACCEPTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}
