/**
 * The error for a request the user can fix (empty text, too large, wrong file type, busy…), with
 * its HTTP status and a message meant for them. Kept apart from errors.ts (which loads multer) so
 * that the worker threads, which render pages and raise these too, load only this.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
