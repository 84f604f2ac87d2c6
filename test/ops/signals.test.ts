// Signals to the real service process, as a service manager sends them: SIGHUP
// reloads the knowledge; SIGTERM lets a request still streaming in finish,
// refuses new connections, and exits 0.
import http from 'node:http';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEMO_WECHAT_TOKEN } from '../../server/config.ts';
import { ChatClient } from '../../bin/lib/chat-client.ts';
import { parseXml } from '../../handlers/wechat/xml.ts';
import { firstLine, removeTempDirs } from '../support/helpers.ts';
import { EDITED_RESUME, ORIGINAL_RESUME, RESUME_QUESTION, copyKnowledge, setWuhanResume, spawnService, startOps, type Child } from '../support/ops-support.ts';

let child: Child | undefined;
afterEach(() => child?.kill());
afterAll(removeTempDirs);

const resumeLine = async (url: string) => {
  const res = await fetch(`${url}/api/ask?${new URLSearchParams({ q: RESUME_QUESTION.q, at: RESUME_QUESTION.at })}`);
  return firstLine(((await res.json()) as { answer: string }).answer);
};

/** Opens a POST and sends all but the last bytes of its body; `finish` sends the rest. */
function startSlowPost(url: string, body: string) {
  const bytes = Buffer.from(body, 'utf8');
  const req = http.request(url, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8', 'content-length': bytes.length } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  req.write(bytes.subarray(0, bytes.length - 20));
  return { response, finish: () => req.end(bytes.subarray(bytes.length - 20)) };
}

describe('the service process', () => {
  it('reloads the knowledge on SIGHUP (sent to the pid in its log lines)', async () => {
    const dir = copyKnowledge();
    child = await spawnService({ KNOWLEDGE_DIR: dir });
    expect(await resumeLine(child.url)).toContain(ORIGINAL_RESUME);

    setWuhanResume(dir, true);
    process.kill(child.pid, 'SIGHUP');
    const reloaded = await child.waitForLog((l) => l.trigger === 'signal', 'the reload');
    expect(reloaded.msg).toMatch(/^knowledge reloaded/);
    expect(await resumeLine(child.url)).toContain(EDITED_RESUME);
    expect(child.proc.exitCode).toBeNull(); // still serving
  });

  it('on SIGTERM finishes a request still streaming in, refuses new connections, and exits 0', async () => {
    child = await spawnService({ LOG_LEVEL: 'debug' });
    const wechat = new ChatClient({ url: child.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' });
    const prepared = wechat.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复' });

    const slow = startSlowPost(prepared.url, prepared.body);
    await child.waitForLog((l) => l.msg === 'request started' && l.channel === 'wechat', 'the request starting');

    child.proc.kill('SIGTERM'); // as `kill <pid>` does (npm start execs node, so that pid is the service's)
    await child.waitForLog((l) => l.msg?.toString().startsWith('shutting down') === true, 'shutting down');
    await expect(fetch(`${child.url}/healthz`)).rejects.toThrow(); // the listener is closed
    expect(child.proc.exitCode).toBeNull(); // waiting for the request in flight

    slow.finish();
    const reply = await slow.response;
    expect(reply.status).toBe(200);
    expect(parseXml(reply.body).Content).toContain('武汉');

    const exit = await child.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(child.logs().find((l) => String(l.msg).startsWith('listener closed'))).toMatchObject({ level: 'info', inFlight: 1 });
    // logged on the way out (the order lines are read back from the child's pipe is not reliable under load)
    expect(child.logs().some((l) => l.msg === 'stopped')).toBe(true);
    expect(child.logs().some((l) => l.route === '/wechat' && l.status === 200)).toBe(true);
  });
});

describe('graceful close', () => {
  it('drops a request that does not finish within the deadline, and logs it', async () => {
    const s = await startOps({ MISSED_LOG: 'off' }, { shutdownTimeoutMs: 200 });
    const wechat = new ChatClient({ url: s.url, channel: 'wechat', token: DEMO_WECHAT_TOKEN, mode: 'plain' });
    const prepared = wechat.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复' });
    const started = new Promise((resolve) => s.running.server.once('request', resolve));
    const slow = startSlowPost(prepared.url, prepared.body); // never finished
    await started;
    await s.close();
    await expect(slow.response).rejects.toThrow(); // the connection was closed under it
    expect(s.logs().find((l) => l.level === 'warn' && String(l.msg).includes('dropped'))).toMatchObject({ inFlight: 1 });
  });
});
