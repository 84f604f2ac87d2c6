// A reload must never swap in an incomplete knowledge base: a facts.yaml caught
// half-written (with KNOWLEDGE_WATCH=1 most line-boundary prefixes of the Wuhan
// file validate), or a notice folder gone. Such a reload is refused — shown to the
// admin in /healthz — unless POST /admin/reload confirms it. Also: what /healthz
// shows the public, and a reader error (a symbolic link loop) said in words.
import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DroppedItems } from '../../src/knowledge/dropped.ts';
import { firstLine, removeTempDirs } from '../support/helpers.ts';
import {
  EDITED_RESUME,
  ORIGINAL_RESUME,
  RESUME_QUESTION,
  WUHAN,
  copyKnowledge,
  post,
  setWuhanResume,
  startOps,
  type OpsServer,
} from '../support/ops-support.ts';

const TOKEN = 'test-admin-token-guard-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };

afterAll(removeTempDirs);

interface Status {
  at: string;
  trigger: string;
  ok: boolean;
  version: string;
  changed: boolean;
  problems?: { file: string; message: string }[];
  refused?: { reason: string; dropped: DroppedItems[] };
}
interface AdminHealth {
  ok: boolean;
  knowledge: string;
  pid: number;
  notices: number;
  cities: string[];
  lastReload: Status | null;
}

const adminHealth = async (s: OpsServer) => (await (await s.get('/healthz', bearer)).json()) as AdminHealth;
const resumeLine = async (s: OpsServer) => firstLine((await s.ask(RESUME_QUESTION.q, { at: RESUME_QUESTION.at })).answer);

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await probe();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never ${what}`);
}

describe('KNOWLEDGE_WATCH=1 and a facts.yaml written line by line', () => {
  it('never serves a prefix: each that validates is refused for what it drops, and the answers stay the full file’s', async () => {
    const dir = copyKnowledge();
    const file = join(dir, WUHAN, 'facts.yaml');
    const full = readFileSync(file, 'utf8');
    const lines = full.split('\n');
    const startOf = (re: RegExp) => lines.findIndex((l) => re.test(l));
    // evenly spaced prefixes, and the ones that lose only the tail: every contact, one contact, the general advice, one piece of it
    const ends = new Set<number>();
    for (let k = 1; k <= 8; k++) ends.add(Math.round((k * lines.length) / 9));
    const contacts = startOf(/^contacts:/);
    const advice = startOf(/^general_advice:/);
    for (const n of [contacts, lines.findIndex((l, i) => i > contacts + 1 && /^ {2}- unit:/.test(l)), advice, lines.length - 3]) ends.add(n);
    const prefixes = [...ends].sort((a, b) => a - b).map((n) => lines.slice(0, n).join('\n') + '\n');

    const s = await startOps(
      { KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: '1', KNOWLEDGE_SETTLE_MS: '100', ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off' },
      { watchDebounceMs: 50 },
    );
    try {
      const start = await adminHealth(s);
      const answer = await resumeLine(s);
      expect(answer).toContain(ORIGINAL_RESUME);
      const outcomes: Status[] = [];
      let last = start.lastReload;
      for (const prefix of prefixes) {
        writeFileSync(file, prefix); // in place, as a careless copy or a slow upload does
        const h = await until(
          () => adminHealth(s),
          (v) => v.lastReload !== null && v.lastReload.at !== last?.at,
          'reloaded the prefix',
        );
        last = h.lastReload;
        outcomes.push(h.lastReload!);
        expect(h.knowledge).toBe(start.knowledge);
        expect(h.lastReload).toMatchObject({ ok: false, trigger: 'watch', version: start.knowledge, changed: false });
        expect(await resumeLine(s)).toBe(answer);
      }
      const refused = outcomes.filter((o) => o.refused);
      expect(refused.length).toBeGreaterThanOrEqual(4); // at least the four tail cuts validate
      for (const o of refused) expect(o.refused!.dropped.map((d) => d.notice)).toEqual([WUHAN]);
      // the last prefix lacks only the last piece of general advice, and /healthz says so
      expect(last!.refused!.dropped[0]).toMatchObject({ notice: WUHAN, generalAdvice: ['如有其它工作调整将另行通知'] });
      expect(last!.refused!.reason).toContain(WUHAN);
      expect(last!.refused!.reason).toContain('confirm=drop');
      const cutContacts = outcomes[prefixes.findIndex((p) => p.split('\n').length - 1 === contacts)]!;
      expect(cutContacts.refused!.dropped[0]!.contacts).toEqual(['全市医疗保障服务 医疗保障服务电话', '全市社会保险服务 社会保险服务电话']);
      expect(s.logs().some((l) => String(l.msg).startsWith('knowledge reload refused'))).toBe(true);

      // the public sees only that the service is up and what it serves
      const open = (await (await s.get('/healthz')).json()) as Record<string, unknown>;
      expect(open).toEqual({ ok: true, knowledge: start.knowledge, pid: process.pid });

      // the write completes: the full file is what serves (the same version as before)
      writeFileSync(file, full);
      const done = await until(
        () => adminHealth(s),
        (v) => v.lastReload?.at !== last?.at,
        'reloaded the complete file',
      );
      expect(done.lastReload).toMatchObject({ ok: true, version: start.knowledge });
      expect(await resumeLine(s)).toBe(answer);
    } finally {
      await s.close();
    }
  }, 180_000);

  it('waits until the files stop changing; temp files are ignored, and renaming one over facts.yaml is one reload', async () => {
    const dir = copyKnowledge();
    const file = join(dir, WUHAN, 'facts.yaml');
    const full = readFileSync(file, 'utf8');
    const settleMs = 1500;
    const s = await startOps(
      { KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: '1', KNOWLEDGE_SETTLE_MS: String(settleMs), ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off', LOG_LEVEL: 'debug' },
      { watchDebounceMs: 50 },
    );
    // reloads run one after another: once an admin reload is done, every watch reload asked for before it is too
    const watchReloads = async () => {
      expect((await post(`${s.url}/admin/reload`, bearer)).status).toBe(200);
      return s.logs().filter((l) => l.trigger === 'watch').length;
    };
    try {
      // a slow writer: a bit more every 150 ms; the files never stay still for 1.5 s
      for (let n = 1000; n < full.length; n += Math.ceil(full.length / 20)) {
        writeFileSync(file, full.slice(0, n));
        await new Promise((r) => setTimeout(r, 150));
      }
      writeFileSync(file, full);
      await until(
        () => adminHealth(s),
        (v) => v.lastReload !== null,
        'reloaded after the writes settled',
      );
      expect(await watchReloads()).toBe(1);

      // an atomic save: write beside the file (ignored, however long it takes), then rename over it
      const edited = copyKnowledge();
      setWuhanResume(edited, true);
      writeFileSync(`${file}.tmp`, readFileSync(join(edited, WUHAN, 'facts.yaml')));
      writeFileSync(join(dir, WUHAN, 'notice.md.tmp'), readFileSync(join(edited, WUHAN, 'notice.md')));
      await new Promise((r) => setTimeout(r, 2 * (settleMs + 50))); // time enough for a reload, if the temp files had caused one
      renameSync(join(dir, WUHAN, 'notice.md.tmp'), join(dir, WUHAN, 'notice.md'));
      renameSync(`${file}.tmp`, file);
      await until(
        () => resumeLine(s),
        (l) => l.includes(EDITED_RESUME),
        'served the saved edit',
      );
      expect(await watchReloads()).toBe(2);
    } finally {
      await s.close();
    }
  }, 120_000);
});

describe('POST /admin/reload and what it would drop', () => {
  it('refuses (409) a reload without a notice folder until confirm=drop; SIGHUP’s path never forces', async () => {
    const dir = copyKnowledge();
    const s = await startOps({ KNOWLEDGE_DIR: dir, ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off' });
    try {
      const start = await adminHealth(s);
      rmSync(join(dir, WUHAN), { recursive: true });
      const res = await post(`${s.url}/admin/reload`, bearer);
      expect(res.status).toBe(409);
      const status = (await res.json()) as Status;
      expect(status).toMatchObject({ ok: false, changed: false, version: start.knowledge, refused: { dropped: [{ notice: WUHAN, whole: true }] } });
      expect(status.refused!.reason).toContain(`${WUHAN}): the whole notice`);
      expect((await s.running.reload('signal')).refused).toBeTruthy();
      expect(await resumeLine(s)).toContain(ORIGINAL_RESUME);
      expect((await adminHealth(s)).lastReload).toMatchObject({ trigger: 'signal', refused: { dropped: [{ notice: WUHAN }] } });
      expect(await (await s.get('/healthz')).json()).toEqual({ ok: true, knowledge: start.knowledge, pid: process.pid });

      // a JSON body that says something else does not force; {"confirm":"drop"} does
      const json = (body: string) => fetch(`${s.url}/admin/reload`, { method: 'POST', headers: { ...bearer, 'Content-Type': 'application/json' }, body });
      expect((await json('{"confirm":"yes"}')).status).toBe(409);
      expect((await json('{not json')).status).toBe(400);
      const forced = await json('{"confirm":"drop"}');
      expect(forced.status).toBe(200);
      expect(await forced.json()).toMatchObject({ ok: true, changed: true });
      expect((await adminHealth(s)).cities).not.toContain('武汉');
      expect(s.logs().some((l) => l.msg === 'knowledge reload drops items, as confirmed')).toBe(true);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('an edit that keeps every item goes through; ?confirm=drop swaps in one that drops a contact', async () => {
    const dir = copyKnowledge();
    const s = await startOps({ KNOWLEDGE_DIR: dir, ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off' });
    try {
      expect((await s.ask('武汉社保电话多少')).answer).toContain('12333');
      setWuhanResume(dir, true);
      expect((await post(`${s.url}/admin/reload`, bearer)).status).toBe(200);
      expect(await resumeLine(s)).toContain(EDITED_RESUME);

      const file = join(dir, WUHAN, 'facts.yaml');
      const text = readFileSync(file, 'utf8');
      const second = text.indexOf('  - unit: 全市社会保险服务');
      writeFileSync(file, text.slice(0, second) + text.slice(text.indexOf('\ngeneral_advice:', second) + 1));
      const refused = await post(`${s.url}/admin/reload`, bearer);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as Status).refused!.dropped).toEqual([
        { notice: WUHAN, dir: expect.stringContaining(WUHAN), contacts: ['全市社会保险服务 社会保险服务电话'] },
      ]);
      expect((await post(`${s.url}/admin/reload?confirm=drop`, bearer)).status).toBe(200);
      expect((await s.ask('武汉社保电话多少')).answer).not.toContain('12333');
    } finally {
      await s.close();
    }
  }, 60_000);
});

describe('a reader error', () => {
  it('a symbolic link loop is named, for the admin only', async () => {
    const dir = copyKnowledge();
    const s = await startOps({ KNOWLEDGE_DIR: dir, ADMIN_TOKEN: TOKEN, MISSED_LOG: 'off' });
    try {
      symlinkSync('x', join(dir, 'x'));
      const res = await post(`${s.url}/admin/reload`, bearer);
      expect(res.status).toBe(422);
      const { problems } = (await res.json()) as Status;
      expect(problems).toHaveLength(1);
      expect(problems![0]!.file.endsWith(join('knowledge', 'x'))).toBe(true);
      expect(problems![0]!.message).toBe('symbolic link loop (ELOOP)');
      expect((await adminHealth(s)).lastReload!.problems).toEqual(problems);
      expect(JSON.stringify(await (await s.get('/healthz', { Authorization: 'Bearer wrong' })).json())).not.toContain('knowledge/x');
    } finally {
      await s.close();
    }
  }, 60_000);
});
