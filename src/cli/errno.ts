/** A file-system error in the words a user reads (`no such file or directory`), else its message. */
export function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (e as Error).message;
}
