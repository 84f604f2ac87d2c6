// The link `npm start` prints to try the service: readable, and working when pasted
// into a browser (fetch encodes a URL as a browser does) and into a shell (curl).
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { readableQueryValue, tryLinks } from '../../server/try-link.ts';
import { spawnService, type Child } from '../support/ops-support.ts';

const HAS_CURL = spawnSync('curl', ['--version']).status === 0;

describe('readableQueryValue', () => {
  it('keeps Chinese and full-width punctuation as written', () => {
    expect(readableQueryValue('武汉医保什么时候恢复？')).toBe('武汉医保什么时候恢复？');
  });

  it('percent-encodes what would change the query: spaces, &, #, %, +, =, full-width space, control characters', () => {
    expect(readableQueryValue('a b&c#d%e+f=g　h\ni')).toBe('a%20b%26c%23d%25e%2Bf%3Dg%E3%80%80h%0Ai');
  });

  it('a browser reading the link gets the question back exactly', () => {
    for (const q of ['长沙医保参保登记及异动业务什么时候恢复', '武汉 医保 & 社保 #1 100% +', "它's “引号”", 'x\u{1F600}y']) {
      const { browser } = tryLinks('http://127.0.0.1:3000', q);
      expect(new URL(browser).searchParams.get('q')).toBe(q);
    }
  });
});

describe('npm start', () => {
  let child: Child | undefined;
  afterAll(() => child?.kill());

  it('prints a readable link that answers from a browser, and a curl line that answers too', async () => {
    child = await spawnService({});
    const line = child.logs().find((l) => typeof l.url === 'string')!;
    const msg = String(line.msg);
    expect(msg).not.toMatch(/%[0-9A-F]{2}/); // nothing percent-encoded in an example of plain Chinese
    const link = /(http:\/\/\S+\/api\/ask\?q=\S+)/.exec(msg)?.[1];
    expect(link, msg).toMatch(/\?q=\p{Script=Han}+/u);

    const res = await fetch(link!); // encodes the URL as a browser does
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answer: string; band: string };
    expect(body.band).toBe('answer');

    const curl = /(curl -G .+)$/.exec(msg)?.[1];
    expect(curl, msg).toBeDefined();
    if (HAS_CURL) {
      const out = execFileSync('sh', ['-c', `${curl} --silent --show-error --fail`], { encoding: 'utf8' });
      expect((JSON.parse(out) as { answer: string }).answer).toBe(body.answer);
    }
  }, 60_000);
});
