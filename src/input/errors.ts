/** The one error type of text extraction, shared by every reader in src/input. */

/**
 * Why a file gave no text. `status` is the HTTP status the web app answers with (415: not what
 * it claims to be, 400: damaged or a zip bomb, 413: more than a story could hold); `reason` says
 * what is wrong without the file's name (for `path: reason` on a command line); `message` is the
 * whole sentence with the name, for a page.
 */
export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export function fileError(status: 400 | 413 | 415, code: string, name: string, reason: string): ExtractError {
  return new ExtractError(status, code, reason, `“${name}” ${reason}.`);
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
