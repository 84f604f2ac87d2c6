// Shared by the unit tests: paths, Shanghai moments, temp knowledge folders,
// a real HTTP server on a loopback port, and running the project's CLIs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { KnowledgeLoadError, loadKnowledge } from '../../src/knowledge/load.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');
export const ZONE = 'Asia/Shanghai';

/** "2021-12-22T18:00" read as Asia/Shanghai wall-clock time. */
export function sh(iso: string): DateTime {
  const t = DateTime.fromISO(iso, { zone: ZONE });
  if (!t.isValid) throw new Error(`bad test moment ${iso}`);
  return t;
}

/** The first line of a reply: the verdict with its absolute date and time. */
export const firstLine = (text: string) => text.split('\n')[0] ?? '';

export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const NO_ENV_FILE = '/dev/null'; // an empty file: ENV_FILE set to it reads nothing

/**
 * Under the environment of every service a test starts: the missed-question log off
 * unless the test points it into a temp folder, never the production default
 * data/missed.jsonl (global-setup.ts fails the run if ./data changes); and no developer's
 * own .env beside package.json (server/env-file.ts) read into it: ENV_FILE is empty.
 */
export const testEnv = <T extends Record<string, string | undefined>>(env: T = {} as T) => ({ MISSED_LOG: 'off', ENV_FILE: NO_ENV_FILE, ...env });

const tempDirs: string[] = [];

/** A fresh temp directory, removed by removeTempDirs(). */
export function tempDir(prefix = 'cutover-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(d);
  return d;
}

export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Copies real notice folders (by folder name) into `dest`. */
export function copyNotices(dest: string, ...names: string[]): void {
  for (const name of names) cpSync(join(KNOWLEDGE_DIR, name), join(dest, name), { recursive: true });
}

/** What the synthetic notice below says, for assertions. */
export const SYNTHETIC = {
  folder: 'shili-2022-03',
  city: '示例',
  district: '示例区',
  phone: '0999-12345678',
  title: '示例市医疗保障局关于医保信息系统停机切换的公告',
};

/**
 * A small fictional notice (示例市) written as an operator adds a city: notice.md
 * with the published text, facts.yaml quoting it. Returns the folder written.
 */
export function writeSyntheticNotice(dest: string): string {
  const dir = join(dest, SYNTHETIC.folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'notice.md'),
    `# ${SYNTHETIC.title}

2022年3月1日20时起，全市定点医药机构暂停医保结算业务。
2022年3月5日8时起，恢复医保结算业务。
停机期间，参保人就医购药先行垫付，系统恢复后回定点医药机构补报。

| 单位 | 费用结算 |
|---|---|
| 示例区 | 0999-12345678 |
`,
  );
  writeFileSync(
    join(dir, 'facts.yaml'),
    `id: shili-2022-03
title: ${SYNTHETIC.title}
issuers: [示例市医疗保障局]
published: "2022-02-20"
city: { name: 示例, aliases: [示例市] }
districts: [{ name: 示例区, aliases: [] }]
businesses:
  - id: settlement
    name: 定点医药机构医保结算
    domain: 医保
    synonyms: [结算, 医保结算, 刷卡, 刷医保卡, 看病]
    questions: [示例市医保结算什么时候恢复, 现在能刷医保卡吗]
    windows:
      - suspend: "2022-03-01T20:00"
        suspend_quote: 2022年3月1日20时起，全市定点医药机构暂停医保结算业务。
        resume: "2022-03-05T08:00"
        resume_mode: date
        resume_quote: 2022年3月5日8时起，恢复医保结算业务。
    during:
      - quote: 停机期间，参保人就医购药先行垫付，系统恢复后回定点医药机构补报。
contacts:
  - unit: 示例区
    level: district
    topic: settlement
    label: 费用结算
    phones: [{ number: "0999-12345678" }]
    quote: 示例区 | 0999-12345678
`,
  );
  return dir;
}

/** Runs a command from the project root; never throws, returns status and output. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ENV_FILE: NO_ENV_FILE, ...env } });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** `tsx FILE ARGS…` with the project's own tsx. */
export const runTsx = (file: string, ...args: string[]) => run(join(ROOT, 'node_modules', '.bin', 'tsx'), [file, ...args]);

export interface TestServer {
  base: string;
  close(): Promise<void>;
}

/** Serves the real koa app on 127.0.0.1, a free port. */
export async function startServer(): Promise<TestServer> {
  const { createAssistant } = await import('../../src/assistant.ts');
  const { createApp } = await import('../../handlers/app.ts');
  const { readConfig } = await import('../../server/config.ts');
  const assistant = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
  const app = createApp({ assistant, config: readConfig(testEnv()) });
  const server = http.createServer(app.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The KnowledgeLoadError loading `dir` throws (fails the test when it throws nothing or something else). */
export function loadError(dir: string): KnowledgeLoadError {
  try {
    loadKnowledge(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeLoadError);
    return e as KnowledgeLoadError;
  }
  throw new Error(`loadKnowledge(${dir}) did not throw`);
}

/** 1-based number of the first line of `text` containing `needle`. */
export const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
