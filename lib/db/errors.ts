/** A storage failure the user can act on, with a message fit to show them. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: 'storage-full' | 'storage-failed',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Turns IndexedDB's errors into messages a marketer understands; earlier data is untouched because
 *  the failing transaction is rolled back as a whole. */
export function toStorageError(e: unknown): StorageError {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError')
    return new StorageError(
      'Your browser has no room left for Goalpost’s data. Nothing already saved was lost; free disk space or delete old history in Options, then try again.',
      'storage-full',
    );
  if (e instanceof StorageError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new StorageError(`Goalpost could not save this (${detail}). Nothing already saved was lost.`, 'storage-failed');
}
