/**
 * A CouchDB-compatible server for the team-sync e2e (express-pouchdb over an in-memory PouchDB), run
 * by the test in a child process of its own: express-pouchdb can crash on some requests (an anonymous
 * `PUT /<db>` once an admin exists, pouchdb/pouchdb-server#374), and a crash must fail a test, not the
 * test run. Everything it needs comes from node_modules; nothing is downloaded.
 *
 *   node --import tsx test/e2e/couch-server.ts '{"admin":{"name":"admin","password":"…"},"database":"team","members":[{"name":"alice","password":"…"}]}'
 *
 * It listens on 127.0.0.1 (a free port), makes the admin through CouchDB's own config API, creates the
 * database with members by role (CouchDB's `_security`) and a user per member in `_users`, so a wrong
 * password gets CouchDB's own 401. Then it prints one JSON line per event on stdout:
 *   {"event":"ready","port":…}            once set up
 *   {"event":"request","method":…,"path":…,"status":…,"docs":…}   every request answered (docs: in a _bulk_docs)
 *   {"event":"down"} / {"event":"up"}     after the commands below
 * and reads commands on stdin, one a line:
 *   down                  stop listening and cut every open connection (the server is "off"; data stays)
 *   up                    listen again on the same port
 *   down-after-bulk N     go down right after the N-th next `_bulk_docs` is answered (a sync cut mid-way)
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

// express has no types in this project and @types/express is not worth a dependency for one test
// server: these are the few calls made here, typed by hand.
type Next = (err?: unknown) => void;
type Handler = (req: IncomingMessage & { path: string }, res: ServerResponse, next: Next) => void;
interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  use(handler: Handler | ExpressApp): void;
}

interface Setup {
  admin: { name: string; password: string };
  database: string;
  members: Array<{ name: string; password: string }>;
}

const setup = JSON.parse(process.argv[2] ?? '') as Setup;
const require = createRequire(import.meta.url);
const express = require('express') as () => ExpressApp;
const PouchDB = require('pouchdb-core') as { plugin(p: unknown): typeof PouchDB; defaults(o: object): unknown };
PouchDB.plugin(require('pouchdb-adapter-memory'));
PouchDB.plugin(require('pouchdb-adapter-http'));
PouchDB.plugin(require('pouchdb-replication'));
const expressPouchdb = require('express-pouchdb') as (db: unknown, opts: object) => ExpressApp;

const say = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);

// express-pouchdb writes its config and log files; they go to a temp dir, never into the checkout,
// so no admin carries over from one run to the next.
const dir = mkdtempSync(join(tmpdir(), 'goalpost-couch-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const MemoryPouch = PouchDB.defaults({ adapter: 'memory', prefix: `${dir}/` });

const app = express();
let bulkLeft = 0;
let server: Server | null = null;
let port = 0;
const sockets = new Set<Socket>();

app.use((req, res, next) => {
  const bulk = req.method === 'POST' && req.path.endsWith('/_bulk_docs');
  res.on('finish', () => {
    // express-pouchdb has parsed the body onto the request by now. The answer cannot tell the count:
    // a replicator's _bulk_docs (new_edits: false) is answered with an empty list.
    const docs = bulk ? (req as { body?: { docs?: unknown } }).body?.docs : undefined;
    say({ event: 'request', method: req.method, path: req.path, status: res.statusCode, ...(Array.isArray(docs) ? { docs: docs.length } : {}) });
    if (bulk && bulkLeft > 0 && --bulkLeft === 0) down();
  });
  next();
});
app.use(expressPouchdb(MemoryPouch, { mode: 'fullCouchDB', configPath: join(dir, 'config.json'), logPath: join(dir, 'log.txt') }));

function listen(onListening: () => void): void {
  const s = createServer(app);
  s.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  s.listen(port, '127.0.0.1', () => {
    const address = s.address();
    port = typeof address === 'object' && address ? address.port : port;
    onListening();
  });
  server = s;
}

/** Like a server switched off: no new connection is accepted and the open ones are cut. */
function down(): void {
  const s = server;
  server = null;
  if (!s) return;
  s.close(() => say({ event: 'down' }));
  for (const socket of sockets) socket.destroy();
  sockets.clear();
}

async function couch(method: string, path: string, body?: unknown, auth = setup.admin): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

async function prepare(): Promise<void> {
  // The first admin is made without credentials, as on a fresh CouchDB ("admin party"); from then on
  // every request below authenticates.
  const made = await fetch(`http://127.0.0.1:${port}/_config/admins/${encodeURIComponent(setup.admin.name)}`, { method: 'PUT', body: JSON.stringify(setup.admin.password) });
  if (!made.ok) throw new Error(`making the admin: ${made.status} ${await made.text()}`);
  await couch('PUT', `/${encodeURIComponent(setup.database)}`);
  for (const m of setup.members) {
    await couch('PUT', `/_users/org.couchdb.user:${encodeURIComponent(m.name)}`, { _id: `org.couchdb.user:${m.name}`, name: m.name, password: m.password, roles: ['team'], type: 'user' });
  }
  // Members by role, as the README tells a team's admin to set it.
  await couch('PUT', `/${encodeURIComponent(setup.database)}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: ['team'] } });
}

listen(() => {
  prepare().then(
    () => say({ event: 'ready', port }),
    (e: unknown) => {
      process.stderr.write(`couch-server: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
});

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, arg] = line.trim().split(/\s+/);
  if (command === 'down') down();
  else if (command === 'up' && !server) listen(() => say({ event: 'up' }));
  else if (command === 'down-after-bulk') bulkLeft = Math.max(1, Number(arg) || 1);
});
// The test closes stdin when it is done with the server, or dies: either way this process ends too.
process.stdin.on('end', () => process.exit(0));
