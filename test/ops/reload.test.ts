// Reloading the knowledge while serving, as an operator does it: edit a temp copy
// of knowledge/, then POST /admin/reload (or let KNOWLEDGE_WATCH see the edit).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYNTHETIC, firstLine, removeTempDirs, writeSyntheticNotice } from '../support/helpers.ts';
import {
  BROKEN_FIELD,
  EDITED_RESUME,
  ORIGINAL_RESUME,
  RESUME_QUESTION,
  WUHAN,
  breakWuhanFacts,
  copyKnowledge,
  post,
  setWuhanResume,
  startOps,
  type OpsServer,
} from '../support/ops-support.ts';

const TOKEN = 'test-admin-token-0123456789';
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

afterAll(removeTempDirs);

async function resumeLine(s: OpsServer): Promise<string> {
  return firstLine((await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at })).answer);
}

async function metric(s: OpsServer, name: string): Promise<string[]> {
  const text = await (await s.get('/metrics')).text();
  return text.split('\n').filter((l) => l.startsWith(name));
}

describe('POST /admin/reload', () => {
  let dir: string;
  let s: OpsServer;
  beforeEach(async () => {
    dir = copyKnowledge();
    s = await startOps({ KNOWLEDGE_DIR: dir, ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off', RATE_LIMIT_PER_MINUTE: '0', API_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterEach(() => s.close());

  it('a valid edit changes the answers once reloaded, and /healthz and /metrics show the new version', async () => {
    expect(await resumeLine(s)).toContain(ORIGINAL_RESUME);
    const before = (await (await s.get('/healthz', bearer(TOKEN))).json()) as { knowledge: string; lastReload: unknown };
    expect(before.lastReload).toBeNull();

    setWuhanResume(dir, true);
    expect(await resumeLine(s)).toContain(ORIGINAL_RESUME); // nothing changes until the reload

    const res = await post(`${s.url}/admin/reload`, bearer(TOKEN));
    expect(res.status).toBe(200);
    const status = (await res.json()) as { ok: boolean; changed: boolean; version: string; trigger: string };
    expect(status).toMatchObject({ ok: true, changed: true, trigger: 'admin' });
    expect(status.version).not.toBe(before.knowledge);

    expect(await resumeLine(s)).toContain(EDITED_RESUME);
    const health = (await (await s.get('/healthz', bearer(TOKEN))).json()) as { ok: boolean; knowledge: string; lastReload: { ok: boolean; version: string } };
    expect(health).toMatchObject({ ok: true, knowledge: status.version, lastReload: { ok: true, version: status.version } });
    expect(await metric(s, 'cutover_knowledge_info')).toContain(`cutover_knowledge_info{version="${status.version}"} 1`);
    expect(s.logs().some((l) => l.msg === `knowledge reloaded: ${before.knowledge} → ${status.version}`)).toBe(true);
  });

  it('a broken file keeps the old answers; /healthz names the file and field; /metrics counts the failure', async () => {
    const version = ((await (await s.get('/healthz', bearer(TOKEN))).json()) as { knowledge: string }).knowledge;
    setWuhanResume(dir, true);
    breakWuhanFacts(dir);

    const res = await post(`${s.url}/admin/reload`, bearer(TOKEN));
    expect(res.status).toBe(422);
    const failed = (await res.json()) as { ok: boolean; problems: { file: string; field?: string; line?: number; message: string }[] };
    expect(failed.ok).toBe(false);

    // still serving, still the old knowledge
    expect(await resumeLine(s)).toContain(ORIGINAL_RESUME);
    const health = await s.get('/healthz', bearer(TOKEN));
    expect(health.status).toBe(200);
    const body = (await health.json()) as { ok: boolean; knowledge: string; lastReload: { ok: boolean; problems: typeof failed.problems } };
    expect(body.ok).toBe(true);
    expect(body.knowledge).toBe(version);
    expect(body.lastReload.ok).toBe(false);
    expect(body.lastReload.problems).toHaveLength(1);
    const [problem] = body.lastReload.problems;
    expect(problem!.file.endsWith(join(WUHAN, 'facts.yaml'))).toBe(true);
    expect(problem!.field).toBe(BROKEN_FIELD);
    expect(problem!.line).toBeGreaterThan(0);

    expect(await metric(s, 'cutover_knowledge_reload_failures_total')).toEqual(['cutover_knowledge_reload_failures_total 1']);
    expect(await metric(s, 'cutover_knowledge_reloads_total')).toContain('cutover_knowledge_reloads_total{trigger="admin",result="failed"} 1');
    const logged = s.logs().find((l) => l.level === 'error' && String(l.msg).startsWith('knowledge reload failed'));
    expect(logged?.problems).toEqual([expect.objectContaining({ file: problem!.file, field: BROKEN_FIELD })]);

    // fixed: the next reload goes through
    setWuhanResume(dir, true);
    expect((await post(`${s.url}/admin/reload`, bearer(TOKEN))).status).toBe(200);
    expect(await resumeLine(s)).toContain(EDITED_RESUME);
    expect(((await (await s.get('/healthz', bearer(TOKEN))).json()) as { lastReload: { ok: boolean } }).lastReload.ok).toBe(true);
  });

  it('refuses a missing token (401) and a wrong one (403), and does not reload', async () => {
    setWuhanResume(dir, true);
    const missing = await post(`${s.url}/admin/reload`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post(`${s.url}/admin/reload`, bearer('test-admin-token-0123456780'))).status).toBe(403);
    expect((await post(`${s.url}/admin/reload`, { 'X-Admin-Token': 'nope' })).status).toBe(403);
    expect((await post(`${s.url}/admin/reload`, bearer(TOKEN.slice(0, -1)))).status).toBe(403);
    expect(await resumeLine(s)).toContain(ORIGINAL_RESUME);
    expect(((await (await s.get('/healthz', bearer(TOKEN))).json()) as { lastReload: unknown }).lastReload).toBeNull();
    // and never logs what was presented
    expect(s.rawLogs()).not.toContain('test-admin-token');
    // X-Admin-Token works too
    expect((await post(`${s.url}/admin/reload`, { 'X-Admin-Token': TOKEN })).status).toBe(200);
    expect(await resumeLine(s)).toContain(EDITED_RESUME);
  });

  it('answers questions while a reload reads the files; reloads asked for at once run one after another', async () => {
    const original = firstLine((await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at })).answer);
    setWuhanResume(dir, true);
    let finished = 0;
    const reloads = [1, 2, 3].map(() =>
      post(`${s.url}/admin/reload`, bearer(TOKEN)).then(async (r) => (finished++, { status: r.status, body: (await r.json()) as { changed: boolean } })),
    );
    // the files are read by a process of its own: the service answers meanwhile
    expect(firstLine((await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at })).answer)).toBe(original);
    expect(finished).toBe(0);
    const done = await Promise.all(reloads);
    expect(done.map((d) => d.status)).toEqual([200, 200, 200]);
    // one after another: the first swaps the edit in, the next two find nothing new
    expect(done.map((d) => d.body.changed)).toEqual([true, false, false]);
    expect(await resumeLine(s)).toContain(EDITED_RESUME);
  });

  it('concurrent questions during 20 reloads all get a complete answer of one version or the other', async () => {
    const original = await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at });
    setWuhanResume(dir, true);
    await post(`${s.url}/admin/reload`, bearer(TOKEN));
    const edited = await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at });
    expect(edited.answer).not.toBe(original.answer);

    let stop = false;
    const answers: string[] = [];
    const asker = async () => {
      while (!stop) answers.push((await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at })).answer);
    };
    const askers = Array.from({ length: 8 }, asker);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      setWuhanResume(dir, i % 2 === 0);
      statuses.push((await post(`${s.url}/admin/reload`, bearer(TOKEN))).status);
      await new Promise((r) => setImmediate(r)); // let questions in between reloads
    }
    stop = true;
    await Promise.all(askers);

    expect(statuses).toEqual(Array(20).fill(200));
    expect(answers.length).toBeGreaterThan(20);
    const unexpected = answers.filter((a) => a !== original.answer && a !== edited.answer);
    expect(unexpected).toEqual([]);
    expect(new Set(answers).size).toBe(2); // both versions were served
  });
});

describe('without ADMIN_TOKEN', () => {
  it('POST /admin/reload answers 404 and says how to enable it', async () => {
    const s = await startOps({ KNOWLEDGE_DIR: copyKnowledge(), MISSED_LOG: 'off' });
    try {
      const res = await post(`${s.url}/admin/reload`, bearer('anything'));
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: string }).error).toContain('ADMIN_TOKEN');
    } finally {
      await s.close();
    }
  });
});

describe('KNOWLEDGE_WATCH=1', () => {
  it('picks up an edit without anyone asking, and ignores a broken save until it is fixed', async () => {
    const dir = copyKnowledge();
    const s = await startOps({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: '1', ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off' }, { watchDebounceMs: 50 });
    const health = async () =>
      (await (await s.get('/healthz', bearer(TOKEN))).json()) as { knowledge: string; lastReload: { ok: boolean; trigger: string; version: string } | null };
    const until = async <T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> => {
      for (let i = 0; i < 300; i++) {
        const v = await probe();
        if (ok(v)) return v;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the watcher never ${what}`);
    };
    try {
      const start = (await health()).knowledge;
      breakWuhanFacts(dir);
      await until(health, (h) => h.lastReload?.ok === false, 'reported the broken file');
      expect((await health()).knowledge).toBe(start);
      expect(await resumeLine(s)).toContain(ORIGINAL_RESUME);

      setWuhanResume(dir, true);
      const h = await until(health, (v) => v.knowledge !== start, 'reloaded the fixed file');
      expect(h.lastReload).toMatchObject({ ok: true, trigger: 'watch', version: h.knowledge });
      expect(await resumeLine(s)).toContain(EDITED_RESUME);

      // a notice folder added later is loaded, and then watched too
      const added = writeSyntheticNotice(dir);
      const withCity = await until(health, (v) => v.knowledge !== h.knowledge, 'loaded a new notice folder');
      expect((await s.ask(`${SYNTHETIC.city}市医保结算什么时候恢复`)).answer).toContain('3月5日');
      writeFileSync(join(added, 'notice.md'), '\n', { flag: 'a' });
      await until(health, (v) => v.knowledge !== withCity.knowledge, 'saw an edit inside the new folder');
    } finally {
      await s.close();
    }
  });

  it('picks up an edit of the shared vocabulary (_domain) like one of a notice', async () => {
    const dir = copyKnowledge();
    const s = await startOps({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: '1', ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off' }, { watchDebounceMs: 50 });
    const version = async () => ((await (await s.get('/healthz', bearer(TOKEN))).json()) as { knowledge: string }).knowledge;
    const question = { q: '武汉的医保豆子什么时候停', at: '2021-12-12T10:00' };
    try {
      const start = await version();
      expect(firstLine((await s.ask(question.q, { at: question.at })).answer)).not.toMatch(/^武汉·医保费缴纳/); // the city's timetable may list it
      const kinds = join(dir, '_domain', 'kinds.yaml');
      writeFileSync(kinds, readFileSync(kinds, 'utf8').replace('synonyms: [缴费, 征收,', 'synonyms: [医保豆子, 缴费, 征收,'));
      for (let i = 0; i < 300 && (await version()) === start; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await version()).not.toBe(start);
      expect(firstLine((await s.ask(question.q, { at: question.at })).answer)).toMatch(/^武汉·医保费缴纳/);
    } finally {
      await s.close();
    }
  });
});
