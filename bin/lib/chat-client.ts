// A client that talks to our webhooks exactly as WeChat / WeCom do: builds the XML,
// seals and signs it, posts it, then verifies, opens and checks the reply. Used by
// `npm run chat` and by the tests as the real-protocol client.
import { randomBytes } from 'node:crypto';
import { encrypt } from '@wecom/crypto';
import { MsgCrypt, randomNonce, signature } from '../../handlers/wechat/crypto.ts';
import { buildXml, parseXml, type Fields } from '../../handlers/wechat/xml.ts';

export type Mode = 'plain' | 'compatible' | 'safe';

export interface ClientOptions {
  /** server base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  channel: 'wechat' | 'wecom';
  token: string;
  /** EncodingAESKey; required for compatible/safe mode and WeCom */
  aesKey?: string;
  /** appid (official account) or corpid (WeCom): the id sealed into every message */
  receiverId?: string;
  /** official account only; WeCom is always sealed. Default: safe with a key, else plain */
  mode?: Mode;
  /** FromUserName: an openid or a WeCom userid (one conversation) */
  user?: string;
  /** ToUserName: the official account's gh_ id; WeCom uses the corpid */
  account?: string;
  agentId?: string;
}

export interface Outbound {
  MsgType: string;
  Content?: string;
  Recognition?: string;
  Event?: string;
  EventKey?: string;
  /** default: a fresh 64-bit id (past 2^53, as WeChat's are); events carry none */
  MsgId?: string;
}

export interface SendOptions {
  /** the moment the message was sent (CreateTime); default now */
  at?: Date;
  /** the request's timestamp/nonce (default now / random) */
  timestamp?: string;
  nonce?: string;
  /** send "+" unescaped in the query, as some proxies do */
  rawPlus?: boolean;
}

export interface PreparedRequest {
  url: string;
  query: Record<string, string>;
  body: string;
}

export interface MenuLink {
  id: string;
  content: string;
  label: string;
}

export interface ClientReply {
  status: number;
  /** the HTTP body as received */
  raw: string;
  /** the server said `success`: nothing to show */
  success: boolean;
  /** the reply message (opened when sealed) */
  message?: Fields;
  /** Content as sent (links included) */
  content?: string;
  /** Content as a user sees it: links shown by their label */
  text?: string;
  links: MenuLink[];
}

const LINK = /<a href="weixin:\/\/bizmsgmenu\?msgmenucontent=([^"&]*)&msgmenuid=([^"]*)">([^<]*)<\/a>/g;

export class ChatClient {
  readonly mode: Mode;
  readonly user: string;
  readonly account: string;
  private readonly crypt?: MsgCrypt;
  /** links of the last reply, for follow() */
  lastLinks: MenuLink[] = [];

  constructor(readonly options: ClientOptions) {
    this.mode = options.channel === 'wecom' ? 'safe' : (options.mode ?? (options.aesKey ? 'safe' : 'plain'));
    if (this.mode !== 'plain') {
      if (!options.aesKey || !options.receiverId) throw new Error(`${this.mode} mode needs an EncodingAESKey and an appid/corpid`);
      this.crypt = new MsgCrypt(options.token, options.aesKey, options.receiverId);
    }
    this.user = options.user ?? `o${randomBytes(14).toString('base64url')}`;
    this.account = options.account ?? (options.channel === 'wecom' ? options.receiverId! : 'gh_cutover0demo');
  }

  get endpoint(): string {
    return `${this.options.url.replace(/\/+$/, '')}/${this.options.channel}`;
  }

  /** The URL verification WeChat does when the URL is saved; resolves to what the server echoed. */
  async verifyUrl(opts: SendOptions = {}): Promise<{ status: number; body: string; expected: string; echostr: string }> {
    const timestamp = opts.timestamp ?? now();
    const nonce = opts.nonce ?? randomNonce();
    const expected = String(randomBytes(8).readBigUInt64BE() % 10n ** 19n);
    const { token, receiverId, aesKey } = this.options;
    let query: Record<string, string>;
    let echostr = expected;
    if (this.options.channel === 'wecom') {
      echostr = encrypt(aesKey!, expected, receiverId!);
      query = { msg_signature: signature(token, timestamp, nonce, echostr), timestamp, nonce, echostr };
    } else {
      query = { signature: signature(token, timestamp, nonce), echostr, timestamp, nonce };
    }
    const res = await fetch(`${this.endpoint}?${queryString(query, opts.rawPlus)}`);
    return { status: res.status, body: await res.text(), expected, echostr };
  }

  /** Builds the signed (and sealed) request without sending it, so tests can tamper with it. */
  prepare(out: Outbound, opts: SendOptions = {}): PreparedRequest {
    const timestamp = opts.timestamp ?? now();
    const nonce = opts.nonce ?? randomNonce();
    const createTime = Math.floor((opts.at?.getTime() ?? Date.now()) / 1000);
    const fields: Record<string, string | number> = { ToUserName: this.account, FromUserName: this.user, CreateTime: createTime };
    for (const [k, v] of Object.entries({ ...out, MsgId: out.MsgType === 'event' ? out.MsgId : (out.MsgId ?? newMsgId()) })) {
      if (v !== undefined) fields[k] = v;
    }
    if (this.options.channel === 'wecom' && this.options.agentId) fields.AgentID = this.options.agentId;
    const plain = buildXml(fields);
    const { token } = this.options;
    const query: Record<string, string> = { timestamp, nonce };
    let body = plain;
    if (this.mode === 'plain') {
      query.signature = signature(token, timestamp, nonce);
      query.openid = this.user;
    } else {
      const sealed = encrypt(this.options.aesKey!, plain, this.options.receiverId!);
      query.msg_signature = signature(token, timestamp, nonce, sealed);
      if (this.options.channel === 'wechat') {
        Object.assign(query, { signature: signature(token, timestamp, nonce), openid: this.user, encrypt_type: 'aes' });
      }
      const envelope: Record<string, string> = { ToUserName: this.account, Encrypt: sealed };
      if (this.options.channel === 'wecom' && this.options.agentId) envelope.AgentID = this.options.agentId;
      // compatible mode sends the plaintext fields alongside the sealed copy
      body = this.mode === 'compatible' ? plain.replace('</xml>', `<Encrypt><![CDATA[${sealed}]]></Encrypt></xml>`) : buildXml(envelope);
    }
    return { url: `${this.endpoint}?${queryString(query, opts.rawPlus)}`, query, body };
  }

  /** Posts a prepared request; non-2xx statuses are returned, not thrown. Throws when a reply fails verification. */
  async post(req: PreparedRequest): Promise<ClientReply> {
    const res = await fetch(req.url, { method: 'POST', headers: { 'content-type': 'text/xml; charset=utf-8' }, body: req.body });
    const raw = await res.text();
    const reply: ClientReply = { status: res.status, raw, success: false, links: [] };
    if (res.status !== 200) return reply;
    if (raw === 'success' || raw === '') return { ...reply, success: true };
    const message = this.open(raw, req.query.nonce!);
    if (message.ToUserName !== this.user || message.FromUserName !== this.account) throw new Error('reply is not addressed back to the sender');
    const content = message.Content ?? '';
    const links = [...content.matchAll(LINK)].map((m) => ({ content: m[1]!, id: m[2]!, label: m[3]! }));
    return { ...reply, message, content, text: content.replace(LINK, (_all, _c, _id, label: string) => label), links };
  }

  async send(out: Outbound, opts: SendOptions = {}): Promise<ClientReply> {
    const reply = await this.post(this.prepare(out, opts));
    if (reply.status !== 200) throw new Error(`server answered ${reply.status}: ${reply.raw.slice(0, 200)}`);
    if (!reply.success) this.lastLinks = reply.links;
    return reply;
  }

  ask(text: string, opts: SendOptions = {}): Promise<ClientReply> {
    return this.send({ MsgType: 'text', Content: text }, opts);
  }

  /** Picks suggestion n of the last reply: taps its link when there is one (as a user would), else types the number. */
  follow(n: number, opts: SendOptions = {}): Promise<ClientReply> {
    const link = this.lastLinks.find((l) => l.id === String(n));
    return this.ask(link ? link.content : String(n), opts);
  }

  /** Verifies MsgSignature, opens Encrypt (checking the appid/corpid) when the exchange was sealed. */
  private open(raw: string, nonce: string): Fields {
    const outer = parseXml(raw);
    if (this.mode === 'plain') return outer;
    if (!outer.Encrypt || !outer.TimeStamp || !outer.Nonce) throw new Error('sealed exchange but the reply is not sealed');
    if (outer.Nonce !== nonce) throw new Error('reply Nonce does not echo the request nonce');
    this.crypt!.verify(outer.MsgSignature, outer.TimeStamp, outer.Nonce, outer.Encrypt);
    return parseXml(this.crypt!.open(outer.Encrypt));
  }
}

/** Percent-encodes values (so "+" arrives as "+"), or leaves "+" bare to mimic a careless sender. */
export function queryString(params: Record<string, string>, rawPlus = false): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${rawPlus ? encodeURIComponent(v).replaceAll('%2B', '+') : encodeURIComponent(v)}`)
    .join('&');
}

const now = () => String(Math.floor(Date.now() / 1000));

function newMsgId(): string {
  return (randomBytes(8).readBigUInt64BE() >> 1n).toString(); // 63 bits: beyond what a JS number holds exactly
}
