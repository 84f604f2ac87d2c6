// Random and mutated requests for test/fuzz.test.ts, drawn from a seeded PRNG so a
// failing run can be replayed with FUZZ_SEED. Every request is a plain description
// (method, path with its raw query, headers, body bytes) that the runner sends either
// through node:http or, when Node's client would refuse it (raw bytes in the path,
// control characters in headers, lying Content-Length), byte for byte on a socket.
import { createCipheriv, createHash } from 'node:crypto';
import { encrypt } from '@wecom/crypto';
import { buildXml } from '../../handlers/wechat/xml.ts';
import { mulberry32 } from '../../bench/stats.ts';

export interface Account {
  token: string;
  aesKey: string;
  /** appid / corpid sealed into every message */
  id: string;
}

export interface FuzzTarget {
  /** base URL of a server with /wechat in plain + safe mode and /wecom */
  main: string;
  /** base URL of a server with /wechat in plain mode only (no EncodingAESKey) */
  plainOnly: string;
  wechat: Account;
  wecom: Account;
  /** the plain-only server's token */
  plainToken: string;
}

export interface FuzzRequest {
  /** what kind of case it is (for the tally and for replaying one) */
  kind: string;
  base: string;
  method: string;
  /** path and raw query, exactly as sent */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** send these bytes on a socket as the whole request (overrides the rest) */
  raw?: Buffer;
  /** the server may close the connection before answering (oversized or broken framing) */
  mayDrop?: boolean;
}

export type Rand = () => number;

export class Gen {
  readonly rand: Rand;
  constructor(seed: number) {
    this.rand = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }
  /** picks by weight: [[weight, value], …] */
  weighted<T>(xs: readonly (readonly [number, T])[]): T {
    const total = xs.reduce((s, [w]) => s + w, 0);
    let r = this.rand() * total;
    for (const [w, v] of xs) if ((r -= w) < 0) return v;
    return xs.at(-1)![1];
  }
  bytes(n: number): Buffer {
    const b = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.rand() * 256);
    return b;
  }
}

// ───────────────────────────── strings ─────────────────────────────

export const QUESTIONS = [
  '武汉医保结算什么时候恢复',
  '长沙医保停机期间怎么看病',
  '芙蓉区异地备案电话',
  '停机期间能办退休吗',
  '武汉社保卡丢了怎么办',
  '长沙医保什么时候停',
  '12月25号武汉药店能刷医保卡吗',
  '今晚8点长沙还能结算吗',
  '那武汉呢',
  '更多',
  '1',
  '2',
  '你好',
  '谢谢',
  '北京医保怎么报销',
  '医保',
  '?',
];

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇨🇳', '🏳️‍🌈', '❤️', '🧑🏿‍⚕️', '\u{1F600}\u{FE0F}', '👩‍❤️‍💋‍👨'];
const RTL = ['\u202E', '\u202D', '\u200F', '\u200E', '\u2067', '\u2069', 'مرحبا', 'שלום', '\u061C'];
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\uFFFE',
  '\uFFFF',
];
const ODD = [
  '\uD800',
  '\uDFFF',
  '\u0301',
  '\u0336',
  'Ａ',
  '１２月',
  '㊙',
  '𠮷',
  '\u3000',
  '﻿',
  '…',
  '＜',
  '＞',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '%',
  '+',
  '=',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '\\',
  '/',
  '..',
  '${x}',
  '{{x}}',
  '%s',
  '%n',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
];

export function oddString(g: Gen, maxLen = 40): string {
  const n = g.int(0, maxLen);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += g.weighted([
      [4, () => String.fromCharCode(g.int(0x4e00, 0x9fa5))],
      [3, () => String.fromCharCode(g.int(0x20, 0x7e))],
      [1, () => g.pick(EMOJI)],
      [1, () => g.pick(RTL)],
      [1, () => g.pick(CONTROL)],
      [1, () => g.pick(ODD)],
      [0.5, () => String.fromCodePoint(g.int(0, 0x10ffff))],
    ] as const)();
  }
  return s;
}

/** A string changed a little: characters inserted, dropped, swapped, repeated. */
export function mutateString(g: Gen, s: string): string {
  let chars = [...s];
  const edits = g.int(1, 4);
  for (let e = 0; e < edits; e++) {
    const at = g.int(0, chars.length);
    g.weighted([
      [3, () => chars.splice(at, 0, ...oddString(g, 3))],
      [2, () => chars.splice(at, g.int(1, 3))],
      [1, () => (chars = [...chars.slice(0, at), ...chars.slice(at, at + 4), ...chars.slice(at)])],
      [1, () => chars.reverse()],
      [1, () => chars.splice(at, 0, g.pick(QUESTIONS))],
    ] as const)();
  }
  return chars.join('');
}

export function question(g: Gen): string {
  return g.weighted([
    [5, () => g.pick(QUESTIONS)],
    [5, () => mutateString(g, g.pick(QUESTIONS))],
    [3, () => oddString(g, 60)],
    [1, () => ''],
    [1, () => ' \t\n　'],
    [1, () => '问'.repeat(500)],
    [1, () => '问'.repeat(501)],
    [1, () => g.pick(QUESTIONS).repeat(g.int(20, 400))],
    [0.3, () => 'x'.repeat(g.int(10_000, 100_000))],
    [1, () => g.pick(EMOJI).repeat(g.int(1, 300))],
    [1, () => g.pick(RTL) + g.pick(QUESTIONS) + g.pick(CONTROL)],
  ] as const)();
}

// ───────────────────────────── encodings ─────────────────────────────

/** UTF-8 percent-encoding that also copes with lone surrogates (encodeURIComponent throws on them). */
function pct(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
}

const BAD_ESCAPES = ['%', '%%', '%Z', '%2', '%zz', '%E4%B8', '%C0%AF', '%ED%A0%80', '%FF', '%00', '%0A', '%u4e2d', '%25', '%2B', '%20', '+', '%E6%AD%A6%E6'];

/** A query value encoded as a careful, careless or broken sender would. */
export function encodeValue(g: Gen, s: string): string {
  return g.weighted([
    [8, () => pct(s)],
    [1, () => pct(s).replaceAll('%2B', '+').replaceAll('%20', '+')],
    [1, () => pct(pct(s))],
    [1, () => pct(s) + g.pick(BAD_ESCAPES)],
    [1, () => g.pick(BAD_ESCAPES) + pct(s)],
    [0.5, () => pct(s).replace(/%[0-9A-F]{2}/, (m) => m.slice(0, 2))],
  ] as const)();
}

function queryOf(g: Gen, params: [string, string][]): string {
  // most senders encode carefully; a messy one spoils some of the values
  const messy = g.chance(0.25);
  const parts = params.map(([k, v]) => `${messy && g.chance(0.05) ? encodeValue(g, k) : k}=${messy ? encodeValue(g, v) : pct(v)}`);
  if (g.chance(0.1)) parts.push(g.pick(['&', '&&', '=', 'a', 'a=', '=b', '%=%', 'q', '&q', encodeValue(g, oddString(g, 5))]));
  if (g.chance(0.1) && parts.length > 1) parts.reverse();
  return parts.join('&');
}

/** A header value Node's client accepts (it refuses control characters and non-Latin-1). */
function safeHeaderValue(g: Gen): string {
  return g.weighted([
    [3, () => oddString(g, 20).replace(/[^\x20-\x7e]/g, '')],
    [1, () => 'x'.repeat(g.int(1000, 12_000))],
    [1, () => ''],
    [1, () => Buffer.from(g.pick(QUESTIONS)).toString('latin1')],
  ] as const)();
}

const CONTENT_TYPES = [
  'text/xml',
  'text/xml; charset=utf-8',
  'application/xml',
  'text/xml; charset=gbk',
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'text/plain',
  '',
  'x/y; charset=utf-16',
  'text/xml; charset=',
  ';;;',
];

function randomHeaders(g: Gen, json = false): Record<string, string> {
  const h: Record<string, string> = {};
  if (g.chance(0.7)) h['content-type'] = json ? 'application/json' : g.pick(CONTENT_TYPES);
  if (g.chance(0.1)) h['content-encoding'] = g.pick(['gzip', 'br', 'deflate', 'identity', 'x-unknown']);
  if (g.chance(0.1)) h['accept-encoding'] = g.pick(['gzip', 'br', '*', 'identity;q=0', 'x']);
  if (g.chance(0.1)) h.accept = g.pick(['*/*', 'application/json', 'text/html', '', 'x']);
  if (g.chance(0.05)) h['x-forwarded-for'] = safeHeaderValue(g);
  if (g.chance(0.05)) h.cookie = safeHeaderValue(g);
  if (g.chance(0.05)) h['user-agent'] = safeHeaderValue(g);
  if (g.chance(0.03)) h.expect = g.pick(['100-continue', 'nonsense']);
  if (g.chance(0.03)) h[`x-${g.int(0, 999)}`] = safeHeaderValue(g);
  return h;
}

// ───────────────────────────── protocol ─────────────────────────────

const sha1 = (...parts: string[]) =>
  createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
const nowSeconds = () => String(Math.floor(Date.now() / 1000));

function timestamp(g: Gen): string {
  return g.weighted([
    [30, nowSeconds],
    [1, () => String(Math.floor(Date.now() / 1000) - g.int(301, 10 ** 7))],
    [1, () => String(Math.floor(Date.now() / 1000) + g.int(301, 10 ** 7))],
    [1, () => g.pick(['', '0', '-1', 'abc', '1e9', '0x10', ' 1', '1 ', '+1', '1.5', '9'.repeat(40), '１２３', 'NaN', 'Infinity'])],
    [1, () => oddString(g, 8)],
  ] as const)();
}

function nonce(g: Gen): string {
  return g.weighted([
    [16, () => String(g.int(0, 2 ** 31))],
    [1, () => g.pick(['', '+', 'a+b', 'a b', '%2B', '==', '&', '中文'])],
    [1, () => oddString(g, 12)],
    [0.3, () => 'n'.repeat(g.int(1000, 6000))],
  ] as const)();
}

/** Spoils a signature the way proxies and attackers do. */
function spoil(g: Gen, sig: string): string {
  return g.pick([
    () => sig.toUpperCase(), // accepted: hex case does not matter
    () => sig.slice(1),
    () => sig + '0',
    () => '',
    () => sig.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
    () => `${sig.slice(0, 10)}+${sig.slice(11)}`,
    () => ' '.repeat(40),
    () => oddString(g, 40),
  ])();
}

let msgCounter = 0;
function msgId(g: Gen): string {
  return g.weighted([
    [10, () => `${7_000_000_000_000_000_000n + BigInt(++msgCounter)}`],
    [1, () => '1234567890123456'], // the same MsgId again and again: retries
    [1, () => g.pick(['', '0', '-1', 'x', '9'.repeat(100), '1.5', ' 1'])],
    [0.5, () => oddString(g, 20)],
  ] as const)();
}

function createTime(g: Gen): string | number {
  return g.weighted<() => string | number>([
    [10, () => Math.floor(Date.now() / 1000)],
    [2, () => Math.floor(new Date('2021-12-20T10:00:00+08:00').getTime() / 1000)],
    // milliseconds instead of seconds, past what a Date holds, not a number
    [1, () => g.pick(['', '0', '-1', '1e13', '1e20', 'abc', '1639965600000', '9'.repeat(30), '1.5', 'NaN'])],
  ])();
}

/** The plaintext fields of an inbound message, valid or a little odd. */
export function messageFields(g: Gen, channel: 'wechat' | 'wecom', id: string): Record<string, string | number> {
  const user = g.weighted([
    [6, () => `o${g.int(0, 4000)}fuzz`],
    [1, () => oddString(g, 30)],
    [0.3, () => 'u'.repeat(g.int(1000, 20_000))],
  ] as const)();
  const f: Record<string, string | number> = {
    ToUserName: channel === 'wecom' ? id : g.chance(0.95) ? 'gh_cutover0demo' : oddString(g, 10),
    FromUserName: user,
    CreateTime: createTime(g),
  };
  const type = g.weighted([
    [8, 'text'],
    [1, 'voice'],
    [1, 'event'],
    [1, 'image'],
    [0.5, 'location'],
    [0.5, 'link'],
    [0.5, 'video'],
    [0.5, 'file'],
    [1, 'unknown'],
  ] as const);
  switch (type) {
    case 'text':
      Object.assign(f, { MsgType: 'text', Content: question(g), MsgId: msgId(g) });
      break;
    case 'voice':
      Object.assign(f, { MsgType: 'voice', MediaId: 'm1', Format: 'amr', MsgId: msgId(g) });
      if (g.chance(0.7)) f.Recognition = question(g);
      break;
    case 'event':
      Object.assign(f, {
        MsgType: 'event',
        Event: g.pick(['subscribe', 'unsubscribe', 'CLICK', 'click', 'VIEW', 'LOCATION', 'SCAN', 'enter_agent', '', oddString(g, 10)]),
      });
      if (g.chance(0.6)) f.EventKey = g.pick(['WH_RESUME', 'NOPE', '', 'qrscene_1', oddString(g, 20)]);
      if (g.chance(0.2)) Object.assign(f, { Latitude: '30.5', Longitude: '114.3', Precision: '-1' });
      break;
    case 'unknown':
      Object.assign(f, { MsgType: g.pick(['', 'TEXT', 'text ', 'miniprogrampage', 'transfer_customer_service', oddString(g, 12)]), MsgId: msgId(g) });
      if (g.chance(0.5)) f.Content = question(g);
      break;
    default:
      Object.assign(f, {
        MsgType: type,
        MsgId: msgId(g),
        PicUrl: 'http://x/y.jpg',
        MediaId: 'm',
        Title: oddString(g, 10),
        Url: 'http://x',
        Location_X: '30.5',
        Location_Y: '114.3',
        Label: oddString(g, 10),
      });
  }
  if (channel === 'wecom' && g.chance(0.8)) f.AgentID = g.pick(['1000002', '218', '', 'x']);
  // drop a field now and then: every required one is missing in some case
  if (g.chance(0.12)) delete f[g.pick(Object.keys(f))];
  if (g.chance(0.05)) f[g.pick(['Extra', 'xml', 'Encrypt', 'MsgType2', '__proto__', 'constructor'])] = oddString(g, 10);
  return f;
}

/** XML documents from well-formed to badly broken, as UTF-8 text. */
export function xmlBody(g: Gen, fields: Record<string, string | number>): string {
  const valid = buildXml(fields);
  return g.weighted([
    [14, () => valid],
    [2, () => valid.slice(0, g.int(0, valid.length))], // truncated
    [2, () => mutateString(g, valid)],
    [1, () => valid.replace('<xml>', '<xml><Nested><Content>a</Content><Deeper><x>1</x></Deeper></Nested>')],
    [1, () => valid.replace('<xml>', '<xml><Content>dup</Content><MsgType>text</MsgType>')], // duplicated elements
    [1, () => valid.replace('<xml>', '<xml a="1" b=\'2\' xmlns:x="urn:x">').replace('<Content>', '<Content attr="&amp;&#0;">')],
    [1, () => valid.replace(/<!\[CDATA\[(.*?)\]\]>/gs, '$1')], // no CDATA, raw text with & and <
    [1, () => `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->${valid}<?pi x?>`],
    [1, () => `\uFEFF${valid}`],
    [
      1,
      () =>
        `<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><xml><ToUserName>&d;&d;&d;&d;</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&d;</Content></xml>`,
    ],
    [
      1,
      () =>
        `<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content></xml>`,
    ],
    [1, () => '<a>'.repeat(g.int(100, 20_000)) + '</a>'.repeat(g.int(0, 100))], // deep nesting
    [1, () => `<xml>${'<a>'.repeat(g.int(1000, 15_000))}x${'</a>'.repeat(g.int(1000, 15_000))}</xml>`],
    [1, () => `<xml>${Array.from({ length: g.int(100, 3000) }, (_, i) => `<F${i}>${i}</F${i}>`).join('')}</xml>`], // many fields
    [0.5, () => `<xml><${'T'.repeat(g.int(1000, 30_000))}>x</T></xml>`],
    [
      1,
      () =>
        g.pick([
          '',
          ' ',
          '<',
          '<xml>',
          '</xml>',
          '<xml/>',
          '<xml></xml>',
          '<?xml?>',
          '<xml><![CDATA[</xml>',
          '<XML><Content>a</Content></XML>',
          '<xml><Content><![CDATA[a]]]]><![CDATA[>]]></Content></xml>',
          'null',
          '{}',
          '[]',
          '{"MsgType":"text","Content":"武汉"}',
          'a=1&b=2',
          '<xml>\u0000</xml>',
          '<xml><a>1</a></xml><xml><b>2</b></xml>',
          '<root><xml>x</xml></root>',
        ]),
    ],
    [1, () => oddString(g, 200)],
    [0.5, () => `${valid}${'<!-- -->'.repeat(g.int(10, 2000))}`],
  ] as const)();
}

function textBody(g: Gen, xml: string): Buffer {
  return g.weighted([
    [20, () => Buffer.from(xml, 'utf8')],
    [1, () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])], // UTF-16 with BOM
    [1, () => Buffer.from(xml, 'latin1')], // not UTF-8
    [1, () => Buffer.concat([Buffer.from(xml.slice(0, xml.length >> 1)), g.bytes(g.int(1, 64)), Buffer.from(xml.slice(xml.length >> 1))])],
    [0.5, () => g.bytes(g.int(0, 4096))],
  ] as const)();
}

function padToBig(g: Gen, body: Buffer, limit: number): Buffer {
  const size = g.pick([limit - 100, limit, limit + 1, 100 * 1024, g.int(limit, 3 * limit)]);
  if (size <= body.length) return body;
  return Buffer.concat([body, Buffer.alloc(size - body.length, g.pick([' ', 'a', '<', '中'.charCodeAt(0) & 0xff]))]);
}

// ───────────────────────── AES envelopes ─────────────────────────

/** WXBizMsgCrypt's AES-256-CBC with the plaintext layout chosen freely, to reach past the signature check. */
function rawSeal(aesKey: string, plain: Buffer, pad: 'pkcs7' | 'none' | 'zero' | 'big'): string {
  const key = Buffer.from(`${aesKey}=`, 'base64');
  let data = plain;
  const n = 32 - (data.length % 32);
  if (pad === 'pkcs7') data = Buffer.concat([data, Buffer.alloc(n, n)]);
  else if (pad === 'zero') data = Buffer.concat([data, Buffer.alloc(n, 0)]);
  else if (pad === 'big') data = Buffer.concat([data, Buffer.alloc(n, 200)]);
  else if (data.length % 16) data = Buffer.concat([data, Buffer.alloc(16 - (data.length % 16), 7)]);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]).toString('base64');
}

/** What goes into <Encrypt>: a real sealed message most often, else garbage of every shape. */
function encryptValue(g: Gen, account: Account, channel: 'wechat' | 'wecom'): string {
  const plain = () => xmlBody(g, messageFields(g, channel, account.id));
  const len = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    return b;
  };
  return g.weighted([
    [10, () => encrypt(account.aesKey, plain(), account.id)],
    [1, () => encrypt(account.aesKey, plain(), g.pick(['', 'wxother', account.id + 'x', account.id.slice(1), oddString(g, 10)]))], // another account
    [1, () => encrypt('B'.repeat(43), plain(), account.id)], // another key
    [1, () => encrypt(account.aesKey, oddString(g, 100), account.id)], // not XML inside
    [
      1,
      () =>
        rawSeal(
          account.aesKey,
          Buffer.concat([g.bytes(16), len(g.pick([0, 1, 2 ** 32 - 1, 2 ** 31, 100_000, g.int(0, 4000)])), Buffer.from(plain()), Buffer.from(account.id)]),
          g.pick(['pkcs7', 'zero', 'big', 'none'] as const),
        ),
    ],
    [1, () => rawSeal(account.aesKey, g.bytes(g.pick([0, 1, 15, 16, 17, 19, 20, 31, 32, 33, 64])), g.pick(['pkcs7', 'zero', 'big', 'none'] as const))],
    [
      1,
      () => {
        // a real ciphertext with bits flipped
        const b = Buffer.from(encrypt(account.aesKey, plain(), account.id), 'base64');
        for (let i = g.int(1, 4); i > 0; i--) {
          const at = g.int(0, b.length - 1);
          b[at] = b[at]! ^ (1 << g.int(0, 7));
        }
        return b.toString('base64');
      },
    ],
    [1, () => g.bytes(g.pick([16, 32, 48, 64, 1024, g.int(1, 300)])).toString('base64')],
    [
      1,
      () =>
        g.pick([
          '',
          '=',
          '====',
          'AAAA',
          'A',
          'AAAAAAAAAAAAAAAAAAAAAA==',
          '!!!!',
          '中文',
          'a b c d',
          'QUJD\nREVG',
          '+/+/+/+/+/+/+/+/+/+/+w==',
          '////////////////////////////////////////////',
        ]),
    ],
    [1, () => mutateString(g, encrypt(account.aesKey, plain(), account.id))],
    [0.5, () => encrypt(account.aesKey, 'x'.repeat(g.int(30_000, 60_000)), account.id)],
  ] as const)();
}

// ───────────────────────────── cases ─────────────────────────────

function apiAsk(g: Gen, t: FuzzTarget): FuzzRequest {
  const params: [string, string][] = [];
  if (g.chance(0.95)) params.push(['q', question(g)]);
  if (g.chance(0.15)) params.push(['q', question(g)]); // duplicated key
  if (g.chance(0.6)) {
    params.push([
      'at',
      g.weighted([
        [5, () => '2021-12-12T10:00'],
        [
          2,
          () =>
            `202${g.int(0, 3)}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 31)).padStart(2, '0')}T${String(g.int(0, 24)).padStart(2, '0')}:${String(g.int(0, 60)).padStart(2, '0')}`,
        ],
        [
          2,
          () =>
            g.pick([
              '2021-12-22T18:00+08:00',
              '2021-12-22T10:00Z',
              '2021-12-22',
              '2021-02-30T10:00',
              '2021-12-14T24:00',
              '+275760-09-13T00:00',
              '-000001-01-01T00:00',
              '9999-12-31T23:59:59.999',
              '1970-01-01T00:00',
              'now',
              '',
              'T',
              '2021-13-01T00:00',
              '2021-12-22T18:00+99:00',
              '2021-W51-3',
              '2021-356',
            ]),
        ],
        [1, () => oddString(g, 30)],
      ] as const)(),
    ]);
  }
  if (g.chance(0.3)) params.push(['city', g.pick(['武汉', '长沙', '武汉市', 'wuhan', '江城', '北京', '', 'x', oddString(g, 10), '武'.repeat(1000)])]);
  if (g.chance(0.3)) params.push(['session', g.pick([`s${g.int(0, 50)}`, '', oddString(g, 20), 's'.repeat(g.int(100, 4000)), '__proto__', 'constructor'])]);
  if (g.chance(0.05)) params.push([oddString(g, 5), oddString(g, 5)]);
  if (g.chance(0.1)) params.sort(() => g.rand() - 0.5);
  const method = g.weighted([
    [20, 'GET'],
    [1, 'HEAD'],
    [1, 'POST'],
    [0.5, 'PUT'],
    [0.5, 'DELETE'],
    [0.5, 'OPTIONS'],
    [0.3, 'PATCH'],
  ] as const);
  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.from(g.pick(['', '{}', '{"q":"武汉"}', oddString(g, 100)]));
  return { kind: `api-ask ${method}`, base: t.main, method, path: `/api/ask?${queryOf(g, params)}`, headers: randomHeaders(g, g.chance(0.5)), body };
}

function wechatVerify(g: Gen, t: FuzzTarget, channel: 'wechat' | 'wecom'): FuzzRequest {
  const account = channel === 'wechat' ? t.wechat : t.wecom;
  const ts = timestamp(g);
  const n = nonce(g);
  let params: [string, string][];
  if (channel === 'wechat') {
    const echostr = g.pick([String(g.int(0, 2 ** 31)), '', oddString(g, 30), 'e'.repeat(g.int(1000, 30_000)), '<script>alert(1)</script>']);
    const sig = sha1(account.token, ts, n);
    params = [
      ['signature', g.chance(0.7) ? sig : spoil(g, sig)],
      ['echostr', echostr],
      ['timestamp', ts],
      ['nonce', n],
    ];
  } else {
    const echostr = g.weighted([
      [4, () => encrypt(account.aesKey, String(g.int(0, 2 ** 31)), account.id)],
      [2, () => encryptValue(g, account, channel)],
      [1, () => oddString(g, 30)],
    ] as const)();
    const sig = sha1(account.token, ts, n, echostr);
    params = [
      ['msg_signature', g.chance(0.7) ? sig : spoil(g, sig)],
      ['timestamp', ts],
      ['nonce', n],
      ['echostr', echostr],
    ];
  }
  if (g.chance(0.1)) params.splice(g.int(0, params.length - 1), 1);
  if (g.chance(0.1)) params.push([g.pick(['signature', 'msg_signature', 'timestamp', 'nonce', 'echostr']), oddString(g, 10)]);
  if (g.chance(0.1)) params.unshift([g.pick(['signature', 'msg_signature', 'timestamp', 'nonce', 'echostr']), oddString(g, 10)]); // duplicated key, first wins
  const base = channel === 'wechat' && g.chance(0.15) ? t.plainOnly : t.main;
  return { kind: `${channel} verify`, base, method: 'GET', path: `/${channel}?${queryOf(g, params)}`, headers: randomHeaders(g) };
}

function wechatPost(g: Gen, t: FuzzTarget, channel: 'wechat' | 'wecom', limit: number): FuzzRequest {
  const plainOnly = channel === 'wechat' && g.chance(0.12);
  const account = channel === 'wechat' ? t.wechat : t.wecom;
  const token = plainOnly ? t.plainToken : account.token;
  const sealed = channel === 'wecom' || g.chance(0.5);
  const ts = timestamp(g);
  const n = nonce(g);
  let params: [string, string][];
  let xml: string;
  let kind: string;
  if (!sealed) {
    kind = 'wechat plain';
    xml = xmlBody(g, messageFields(g, channel, account.id));
    const sig = sha1(token, ts, n);
    params = [
      ['signature', g.chance(0.85) ? sig : spoil(g, sig)],
      ['timestamp', ts],
      ['nonce', n],
      ['openid', `o${g.int(0, 99)}`],
    ];
    if (g.chance(0.1)) params.push(['encrypt_type', g.pick(['raw', 'RAW', '', 'none', 'aes2', oddString(g, 5)])]);
  } else {
    kind = `${channel} sealed`;
    const enc = encryptValue(g, account, channel);
    const envelope: Record<string, string> = { ToUserName: account.id, Encrypt: enc };
    if (channel === 'wecom') envelope.AgentID = '1000002';
    xml = g.weighted([
      [10, () => buildXml(envelope)],
      [1, () => buildXml(messageFields(g, channel, account.id)).replace('</xml>', `<Encrypt><![CDATA[${enc}]]></Encrypt></xml>`)], // compatible mode
      [1, () => buildXml({ ToUserName: account.id })], // no Encrypt
      [1, () => `<xml><Encrypt><![CDATA[${enc}]]></Encrypt><Encrypt><![CDATA[${enc}]]></Encrypt></xml>`],
      [1, () => xmlBody(g, envelope)],
      [1, () => `<xml><Encrypt>${enc}</Encrypt></xml>`],
    ] as const)();
    const sig = sha1(token, ts, n, enc);
    params = [
      ['msg_signature', g.chance(0.85) ? sig : spoil(g, sig)],
      ['timestamp', ts],
      ['nonce', n],
    ];
    if (channel === 'wechat')
      params.push(
        ['signature', sha1(token, ts, n)],
        ['openid', `o${g.int(0, 99)}`],
        ['encrypt_type', g.chance(0.9) ? 'aes' : g.pick(['AES', 'aes ', ' aes', 'raw', ''])],
      );
  }
  if (g.chance(0.05)) params.splice(g.int(0, params.length - 1), 1);
  if (g.chance(0.05)) params.unshift([g.pick(params)[0], oddString(g, 10)]); // a duplicate key first: the first value wins
  let body = textBody(g, xml);
  if (g.chance(0.03)) body = padToBig(g, body, limit);
  const headers = randomHeaders(g);
  if (g.chance(0.8)) headers['content-type'] = g.pick(['text/xml', 'text/xml; charset=utf-8', 'application/xml']);
  const method = g.weighted([
    [30, 'POST'],
    [1, 'PUT'],
    [0.5, 'DELETE'],
    [0.5, 'PATCH'],
  ] as const);
  return { kind, base: plainOnly ? t.plainOnly : t.main, method, path: `/${channel}?${queryOf(g, params)}`, headers, body, mayDrop: body.length > limit };
}

/** A valid request of any channel, then its query and body bytes mutated. */
function mutated(g: Gen, t: FuzzTarget, limit: number): FuzzRequest {
  const seed = g.pick([
    () => apiAsk(g, t),
    () => wechatPost(g, t, 'wechat', limit),
    () => wechatPost(g, t, 'wecom', limit),
    () => wechatVerify(g, t, g.pick(['wechat', 'wecom'] as const)),
  ])();
  const flip = (b: Buffer) => {
    const out = Buffer.from(b);
    for (let i = g.int(1, 6); i > 0 && out.length; i--) out[g.int(0, out.length - 1)] = g.int(0, 255);
    return out;
  };
  const splice = (b: Buffer) => {
    const at = g.int(0, b.length);
    return Buffer.concat([b.subarray(0, at), g.chance(0.5) ? g.bytes(g.int(1, 16)) : Buffer.alloc(0), b.subarray(Math.min(b.length, at + g.int(0, 16)))]);
  };
  const q = seed.path.indexOf('?');
  let query = Buffer.from(q >= 0 ? seed.path.slice(q + 1) : '', 'latin1');
  if (g.chance(0.5)) query = g.chance(0.5) ? flip(query) : splice(query);
  let body = seed.body;
  if (body && g.chance(0.8)) body = g.chance(0.5) ? flip(body) : splice(body);
  // bytes Node's client would refuse in a path go out on a raw socket
  const pathBytes = Buffer.concat([Buffer.from(q >= 0 ? seed.path.slice(0, q + 1) : seed.path + '?', 'latin1'), query]);
  const needsRaw = pathBytes.some((b) => b <= 0x20 || b >= 0x7f);
  if (needsRaw) return rawRequest(seed, pathBytes, body, `${seed.kind} mutated raw`);
  return { ...seed, kind: `${seed.kind} mutated`, path: pathBytes.toString('latin1'), body, mayDrop: seed.mayDrop || (body?.length ?? 0) > limit };
}

function rawRequest(seed: Pick<FuzzRequest, 'base' | 'method' | 'headers'>, pathBytes: Buffer, body: Buffer | undefined, kind: string): FuzzRequest {
  const head = [`${seed.method} `, pathBytes, ` HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n`];
  for (const [k, v] of Object.entries(seed.headers)) head.push(`${k}: ${v}\r\n`);
  if (body) head.push(`Content-Length: ${body.length}\r\n`);
  head.push('\r\n');
  const raw = Buffer.concat([...head.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)), body ?? Buffer.alloc(0)]);
  return { kind, base: seed.base, method: seed.method, path: '', headers: {}, raw, mayDrop: true };
}

/** Requests only a socket can send: broken framing, raw UTF-8 and control bytes, lies about length. */
function rawCase(g: Gen, t: FuzzTarget): FuzzRequest {
  const path = g.pick([
    '/api/ask?q=武汉医保结算什么时候恢复',
    '/wechat?signature=x',
    '/wecom',
    '/api/ask?q=a b',
    '/api/ask?q=\u0001',
    '/healthz',
    '*',
    'http://evil/api/ask?q=1',
    '/api/ask?q=' + '长'.repeat(4000),
  ]);
  const lines: string[] = g.pick([
    () => [`GET ${path} HTTP/1.1`, 'Host: x', 'Connection: close'],
    () => [`GET ${path} HTTP/1.0`],
    () => [`POST /wechat?timestamp=1 HTTP/1.1`, 'Host: x', 'Content-Length: 5', 'Transfer-Encoding: chunked', 'Connection: close'],
    () => [`POST /wecom HTTP/1.1`, 'Host: x', 'Content-Length: -1', 'Connection: close'],
    () => [`POST /wechat HTTP/1.1`, 'Host: x', 'Content-Length: 10', 'Content-Length: 20', 'Connection: close'],
    () => [`POST /wechat HTTP/1.1`, 'Host: x', 'Transfer-Encoding: chunked', 'Connection: close', '', 'zz', 'garbage'],
    () => [`GET /api/ask?q=1 HTTP/1.1`, 'Host: x', `X-Bad: a\u0001b`, 'Connection: close'],
    () => [`GET /api/ask?q=1 HTTP/1.1`, 'Host: x', `X-Big: ${'b'.repeat(20_000)}`, 'Connection: close'],
    () => [`GET /api/ask?q=1 HTTP/9.9`, 'Host: x'],
    () => [`BREW /api/ask HTTP/1.1`, 'Host: x', 'Connection: close'],
    () => [`GET /api/ask?q=1`],
    () => [oddString(g, 40)],
    () => [`GET /api/ask?q=${'%E6%AD%A6'.repeat(2000)} HTTP/1.1`, 'Host: x', 'Connection: close'],
  ])();
  let raw = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  if (g.chance(0.2)) raw = Buffer.concat([raw, g.bytes(g.int(1, 200))]);
  return { kind: 'raw socket', base: t.main, method: 'RAW', path: '', headers: {}, raw, mayDrop: true };
}

function otherPath(g: Gen, t: FuzzTarget): FuzzRequest {
  const path = g.pick([
    '/',
    '/faq',
    '/api/faq',
    '/healthz',
    '/wechat/',
    '/WECHAT',
    '//wechat',
    '/wechat/../api/ask',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/api/ask/',
    '/api',
    '/metrics',
    '/admin/reload',
    '/admin/reload',
    '/admin/reload?token=x',
    '/favicon.ico',
    `/${oddString(g, 10).replace(/[^\x21-\x7e]/g, '')}`,
    '/wechat?%',
    '/api/ask?%',
    '/?__proto__[x]=1',
    '/api/faq?at=' + encodeValue(g, oddString(g, 10)),
  ]);
  const method = g.pick(['GET', 'GET', 'POST', 'HEAD', 'OPTIONS', 'DELETE', 'PUT', 'TRACE']);
  const headers = randomHeaders(g);
  // the admin API and the console take tokens: wrong, empty and odd ones
  if (g.chance(0.4))
    headers.authorization = g.pick(['', 'Bearer', 'Bearer ', 'Bearer x', 'Basic YTpi', `Bearer ${'t'.repeat(g.int(1, 3000))}`, safeHeaderValue(g)]);
  return {
    kind: `other ${method}`,
    base: t.main,
    method,
    path,
    headers,
    body: method === 'POST' || method === 'PUT' ? Buffer.from(oddString(g, 100)) : undefined,
  };
}

/** One request; the mix weighs the webhooks and /api/ask most. */
export function fuzzCase(g: Gen, t: FuzzTarget, limit: number): FuzzRequest {
  const req = pickCase(g, t, limit);
  // past Node's 16 KB header limit the server answers 431 and may close while the client still writes
  const head = req.path.length + Object.entries(req.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
  return head > 15_000 ? { ...req, mayDrop: true } : req;
}

function pickCase(g: Gen, t: FuzzTarget, limit: number): FuzzRequest {
  return g.weighted([
    [22, () => apiAsk(g, t)],
    [20, () => wechatPost(g, t, 'wechat', limit)],
    [14, () => wechatPost(g, t, 'wecom', limit)],
    [6, () => wechatVerify(g, t, 'wechat')],
    [5, () => wechatVerify(g, t, 'wecom')],
    [20, () => mutated(g, t, limit)],
    [3, () => rawCase(g, t)],
    [3, () => otherPath(g, t)],
  ] as const)();
}
