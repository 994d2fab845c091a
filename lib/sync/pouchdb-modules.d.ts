// PouchDB 9 ships no types and @types/pouchdb-* describe older versions: the engine works against
// lib/sync/pouch-api.ts, and these modules are only constructed and given plugins.
declare module 'pouchdb-core' {
  interface PouchConstructor {
    new (name: string, options?: Record<string, unknown>): import('./pouch-api').MirrorDb;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: Record<string, unknown>): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
