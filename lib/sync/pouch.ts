/**
 * PouchDB as the background uses it: the mirror in IndexedDB beside the app's own database, the team's
 * server over fetch (the MV3 worker has no XMLHttpRequest), and replication between them. Imported by
 * the background only, so pages and content scripts do not carry it.
 */
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { MirrorDb } from './pouch-api';
import type { SyncConfig } from './types';
import { withJsonErrors } from './errors';

/** Plugins are registered on PouchDB itself, once: tests add their memory adapter to this one. */
export const Pouch = PouchDB.plugin(idb).plugin(http).plugin(replication);

/** `_pouch_goalpost-team` in IndexedDB. */
export const MIRROR_NAME = 'goalpost-team';

export const openMirror = (): MirrorDb => new Pouch(MIRROR_NAME, { adapter: 'idb', auto_compaction: false });

export function openRemote(config: SyncConfig, fetchFn: typeof fetch = (input, init) => fetch(input, init)): MirrorDb {
  const url = `${config.url.replace(/\/+$/, '')}/${encodeURIComponent(config.database)}`;
  return new Pouch(url, {
    adapter: 'http',
    fetch: withJsonErrors(fetchFn),
    // The team's admin creates the database; a member's client never tries to (CouchDB refuses it, and
    // express-pouchdb crashes on it: pouchdb/pouchdb-server#374).
    skip_setup: true,
    ...(config.user ? { auth: { username: config.user, password: config.password } } : {}),
  });
}
