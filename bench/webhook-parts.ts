// What one encrypted webhook round trip costs, part by part, in process (µs per
// call, after warm-up): the protocol steps of /wechat in safe mode and one answer
// of the core. Compare with a bare koa request (~1e6 / its req/s in bench/http.ts).
// Rows starting "before:" are the libraries as the service used them until the lean
// protocol path (issue 14): @wecom/crypto, and fast-xml-parser validating then parsing.
//
//   npx tsx bench/webhook-parts.ts
import { Writable } from 'node:stream';
import { decrypt, encrypt } from '@wecom/crypto';
import { XMLParser } from 'fast-xml-parser';
import { pino } from 'pino';
import { ChatClient } from '../bin/lib/chat-client.ts';
import { MsgCrypt, sameSignature, signature } from '../handlers/wechat/crypto.ts';
import { rawQuery } from '../handlers/wechat/query.ts';
import { buildXml, parseXml, textReply } from '../handlers/wechat/xml.ts';
import { createAssistant } from '../src/assistant.ts';
import { KEYS } from '../test/support/wechat-support.ts';
import { MemoryStore } from '../src/stores/store.ts';
import { Deduper } from '../handlers/wechat/dedupe.ts';
import { isMain } from './is-main.ts';

export interface Part {
  name: string;
  us: number;
}

function perCall(fn: () => unknown, minMs = 300): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return ((performance.now() - t0) / n) * 1000;
}

async function perAsk(fn: () => Promise<unknown>, n = 2000): Promise<number> {
  for (let i = 0; i < 200; i++) await fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - t0) / n) * 1000;
}

export async function measureWebhookParts(): Promise<Part[]> {
  const { WECHAT_TOKEN: token, WECHAT_ENCODING_AES_KEY: aesKey, WECHAT_APPID: appId } = KEYS.wechat;
  const client = new ChatClient({
    url: 'http://127.0.0.1:1',
    channel: 'wechat',
    token,
    aesKey,
    receiverId: appId,
    mode: 'safe',
    user: 'oBenchUser0000000000000000000',
  });
  const req = client.prepare({ MsgType: 'text', Content: '武汉医保结算什么时候恢复' });
  const querystring = new URL(req.url).search.slice(1);
  const crypt = new MsgCrypt(token, aesKey, appId);
  const q = rawQuery(querystring);
  const outer = parseXml(req.body);
  const inner = crypt.open(outer.Encrypt!);
  const msg = parseXml(inner);
  const bot = await createAssistant({ knowledgeDir: 'knowledge' });
  const reply = await bot.ask({ text: msg.Content!, at: '2021-12-12T10:00', session: 'bench' });
  const replyXml = textReply(msg, reply.text);
  const fxp = new XMLParser({ parseTagValue: false, processEntities: false, ignoreAttributes: true, ignoreDeclaration: true, ignorePiTags: true });
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const plainLog = pino({}, sink);
  const redactedLog = pino({ redact: { paths: ['token', 'key', 'signature', 'req.headers.authorization', 'user', 'question'], censor: '[redacted]' } }, sink);
  const dedupe = new Deduper(new MemoryStore(10_000));
  let keyNo = 0;
  const line = { method: 'POST', route: '/wechat', status: 200, ms: 1.2, channel: 'wechat' };

  const parts: Part[] = [
    { name: 'rawQuery (the query string)', us: perCall(() => rawQuery(querystring)) },
    {
      name: 'msg_signature: sha1 + timing-safe compare',
      us: perCall(() => sameSignature(signature(token, q.timestamp!, q.nonce!, outer.Encrypt!), q.msg_signature)),
    },
    { name: 'parseXml(envelope) (one strict pass)', us: perCall(() => parseXml(req.body)) },
    { name: '  before: fast-xml-parser, validator then parser', us: perCall(() => fxp.parse(req.body, true)) },
    { name: '  fast-xml-parser without its validator (lenient)', us: perCall(() => fxp.parse(req.body)) },
    { name: 'MsgCrypt.open (AES-256-CBC decrypt + id check)', us: perCall(() => crypt.open(outer.Encrypt!)) },
    { name: '  before: @wecom/crypto decrypt (key decoded per call)', us: perCall(() => decrypt(aesKey, outer.Encrypt!)) },
    { name: 'parseXml(message)', us: perCall(() => parseXml(inner)) },
    { name: '  before: fast-xml-parser, validator then parser', us: perCall(() => fxp.parse(inner, true)) },
    { name: 'MsgCrypt.seal (the reply: encrypt + sign)', us: perCall(() => crypt.seal(replyXml, q.nonce!)) },
    { name: '  before: @wecom/crypto encrypt (key decoded, randomBytes per call)', us: perCall(() => encrypt(aesKey, replyXml, appId)) },
    { name: 'textReply + MsgCrypt.seal + buildXml (the sealed reply)', us: perCall(() => buildXml({ ...crypt.seal(textReply(msg, reply.text), q.nonce!) })) },
    { name: 'Deduper.reply (a new message answered at once)', us: await perAsk(() => dedupe.reply(`k${keyNo++}`, async () => 'reply'), 20_000) },
    { name: 'request log line (pino, to a null stream)', us: perCall(() => plainLog.info(line, 'request')) },
    { name: '  the same with a redact list', us: perCall(() => redactedLog.info(line, 'request')) },
    { name: 'assistant.ask (one answer, seed knowledge)', us: await perAsk(() => bot.ask({ text: msg.Content!, at: '2021-12-12T10:00', session: 'bench' })) },
  ];
  return parts;
}

if (isMain('webhook-parts')) {
  for (const p of await measureWebhookParts()) console.log(`${p.name.padEnd(58)} ${p.us.toFixed(1).padStart(8)} µs`);
}
