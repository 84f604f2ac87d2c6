// The child of bench/api-hits.ts: the built service of one tree (dist/start.mjs, as `npm run serve`
// runs it) with its HTTP listener driven in process. Plain node, so no loader's code is measured.
//   node --expose-gc bench/api-hits-child.mjs TREE PATHS.json WARM
import { IncomingMessage, ServerResponse } from 'node:http';
import { Server, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';

const [tree, pathsFile, warmText] = process.argv.slice(2);
const paths = JSON.parse(readFileSync(pathsFile, 'utf8'));
const warm = Number(warmText);
process.argv.splice(2); // the service reads its own arguments

// the service's listener, caught as it starts listening
const listening = new Promise((found) => {
  const listen = Server.prototype.listen;
  Server.prototype.listen = function (...args) {
    this.once('listening', () => found(this));
    return listen.apply(this, args);
  };
});
Object.assign(process.env, {
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  MISSED_LOG: 'off',
  API_RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_PER_MINUTE: '0',
});
process.chdir(tree);
await import(resolve(tree, 'dist/start.mjs'));
const server = await listening;
const handle = server.listeners('request')[0];

const turn = () => new Promise((r) => setImmediate(r)); // as between requests arriving on sockets: writes complete, timers run
/** the requests a turn of the event loop serves under load (several connections readable at once) */
const AT_ONCE = 8;
async function ask(path) {
  const req = new IncomingMessage(new Socket());
  req.method = 'GET';
  req.url = path;
  req.headers = { host: '127.0.0.1', 'user-agent': 'bench', accept: '*/*' };
  req.complete = true;
  const res = new ServerResponse(req);
  await handle(req, res);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} for ${path}`);
}
/** the paths AT_ONCE at a time, a turn of the event loop after each group; `each(us)` gets each group's CPU per request */
async function askAll(list, each = () => {}) {
  for (let i = 0; i < list.length; i += AT_ONCE) {
    const group = list.slice(i, i + AT_ONCE);
    const c0 = process.cpuUsage();
    await Promise.all(group.map(ask));
    await turn();
    const c = process.cpuUsage(c0);
    each((c.user + c.system) / group.length);
  }
}

/** a CPU profile, then a sampling heap profile (collected objects included), of the window */
async function profile(file) {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 100 });
  await s.post('Profiler.start');
  await askAll(window);
  writeFileSync(`${file}.cpuprofile`, JSON.stringify((await s.post('Profiler.stop')).profile));
  await s.post('HeapProfiler.enable');
  await s.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  await askAll(window);
  writeFileSync(`${file}.heapprofile`, JSON.stringify((await s.post('HeapProfiler.stopSampling')).profile));
}

await askAll(paths); // the mix: its misses answered, the JIT warmed
const window = paths.slice(warm);
await askAll(window); // the window once more: its few misses answered again
// CPU per request, every request of the window a third time; a group over 300 µs a request holds a
// miss (or a major GC) and is counted apart
const us = [];
await askAll(window, (u) => us.push(u));
const hits = us.filter((u) => u < 300);
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;
// bytes: the heap's growth across one request, median over the requests no collection ran in
const grown = [];
for (const p of window.slice(0, 3000)) {
  const h0 = getHeapStatistics().used_heap_size;
  await ask(p);
  await turn();
  const h1 = getHeapStatistics().used_heap_size;
  if (h1 >= h0) grown.push(h1 - h0);
}
grown.sort((a, b) => a - b);
if (process.env.HITS_PROFILE) await profile(process.env.HITS_PROFILE);
process.stderr.write(
  `${JSON.stringify({ tree, groups: us.length, cpuUs: +mean(us).toFixed(1), groupsOver300: us.length - hits.length, cpuUsHits: +mean(hits).toFixed(1), bytesMedian: grown[grown.length >> 1] })}\n`,
);
process.exit(0);
