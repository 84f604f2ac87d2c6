// Configuration from a .env file: the service and the tools read `.env` in their working
// directory (or the file ENV_FILE names) at start; a variable set in the real environment
// wins over the file. The service runs built, as `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, ROOT, removeTempDirs, run, tempDir } from '../support/helpers.ts';
import { freePort } from '../support/redis-support.ts';
import { SERVICE } from '../support/service-command.ts';

const QUESTION = '武汉现在还能刷医保卡吗';
const SUSPENDED = '目前暂停中'; // asked on 2021-12-25, during 武汉's suspension

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  }
  child = undefined;
  removeTempDirs();
});

describe('.env in the working directory', () => {
  it('configures the service, and the real environment wins over it', async () => {
    const cwd = tempDir('cutover-envfile-');
    const [filePort, envPort] = [await freePort(), await freePort()];
    // KNOWLEDGE_DIR only in the file: without it the service finds no knowledge/ in this folder
    writeFileSync(
      join(cwd, '.env'),
      [`KNOWLEDGE_DIR=${KNOWLEDGE_DIR}`, `PORT=${filePort}`, 'HOST=127.0.0.1', 'BOT_NOW=2021-12-10T10:00', 'MISSED_LOG=off', ''].join('\n'),
    );
    const args = SERVICE.args.map((a) => (a.endsWith('.mjs') ? join(ROOT, a) : a));
    child = spawn(SERVICE.command, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(envPort), BOT_NOW: '2021-12-25T10:00' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => /listening on/.test(out) && (clearInterval(poll), resolve()), 50);
      child!.once('exit', (code) => (clearInterval(poll), reject(new Error(`the service exited (${code}):\n${out}`))));
    });
    expect(out).toContain(`http://127.0.0.1:${envPort}`);
    const res = await fetch(`http://127.0.0.1:${envPort}/api/ask?${new URLSearchParams({ q: QUESTION })}`);
    expect(res.status).toBe(200);
    // BOT_NOW from the environment (12-25), not the file's (12-10)
    expect(((await res.json()) as { answer: string }).answer).toContain(SUSPENDED);
  });
});

describe('ENV_FILE', () => {
  it('names the file a tool reads', () => {
    const file = join(tempDir('cutover-envfile-'), 'cutover.env');
    writeFileSync(file, '# the moment of asking\nBOT_NOW=2021-12-25T10:00\n');
    const r = run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bin/ask.ts', QUESTION], { ENV_FILE: file });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(SUSPENDED);
  });

  it('pointing at no file stops the tool with one line naming it', () => {
    const missing = join(tempDir('cutover-envfile-'), 'nowhere.env');
    const r = run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['bin/ask.ts', QUESTION], { ENV_FILE: missing });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`cannot read ENV_FILE=${missing}: ENOENT: no such file or directory, open '${missing}'`);
  });
});
