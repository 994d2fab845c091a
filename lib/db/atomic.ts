import type { IDBPTransaction, StoreNames } from 'idb';
import type { GoalpostDB } from './schema';
import { toStorageError } from './errors';

type Tx = IDBPTransaction<GoalpostDB, StoreNames<GoalpostDB>[], 'readwrite'>;

/**
 * Runs `work` in a readwrite transaction that either commits whole or not at all: whatever fails
 * inside (a request, or code between requests) aborts the transaction, so nothing partial is kept,
 * and the caller gets a StorageError with a message fit for the user.
 */
export async function atomically<T>(tx: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  const done = tx.done;
  done.catch(() => {}); // reported through the failure that caused it
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw toStorageError(e);
  }
}
