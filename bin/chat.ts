// `npm run chat [-- --channel wecom] [--at 2021-12-20T10:00] [--url http://127.0.0.1:3000] [--mode plain|compatible|safe]`
// Talks to a running server as WeChat / WeCom would, with the keys from the environment
// (or the demo token). Type a question; `1`/`2`/`3` follows a suggestion; /help for more.
import '../server/env-file.ts'; // first: .env fills in what the environment leaves unset
import { createInterface } from 'node:readline/promises';
import { readArgs } from './lib/cli-args.ts';
import { ConfigError, readChannelConfig } from '../server/config.ts';
import { parseMoment } from '../src/time/zone.ts';
import { ChatClient, type ClientOptions, type Mode, type Outbound } from './lib/chat-client.ts';

const HELP = `输入问题后回车。数字 1/2/3：选择上一条回复里的建议问题。
/subscribe 关注事件   /unsubscribe 取关事件   /click KEY 菜单点击   /voice 文字 语音(带识别结果)   /image 图片   /quit 退出`;

const USAGE = `usage: npm run chat [-- --channel wechat|wecom] [--at 2021-12-20T10:00] [--url http://127.0.0.1:3000] [--mode plain|compatible|safe] [--user ID]
  --channel  the official account's /wechat (default) or the WeCom app's /wecom, with the keys from the environment
  --at       the moment of asking, ISO 8601; it moves on with the conversation
  --url      the running server (default http://127.0.0.1:$PORT, else :3000)
  --mode     how the official account's messages are sealed (default: safe with WECHAT_ENCODING_AES_KEY, else plain)
  --user     the sender's OpenID / UserID (default: a new one)
  -h, --help this text`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = readArgs(
  {
    options: {
      channel: { type: 'string', default: 'wechat' },
      at: { type: 'string' },
      url: { type: 'string' },
      mode: { type: 'string' },
      user: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  USAGE,
);

function clientOptions(): ClientOptions {
  const channel = values.channel;
  if (channel !== 'wechat' && channel !== 'wecom') fail(`--channel must be wechat or wecom, got "${channel}"`);
  const url = values.url ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  let channels;
  try {
    channels = readChannelConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) fail(`configuration: ${e.message}`);
    throw e;
  }
  if (channel === 'wecom') {
    const c = channels.wecom ?? fail('WeCom is not configured: set WECOM_TOKEN, WECOM_CORPID and WECOM_ENCODING_AES_KEY (the same as the server).');
    return { url, channel, token: c.token, aesKey: c.aesKey, receiverId: c.corpId, user: values.user, agentId: '1000002' };
  }
  const c = channels.wechat ?? fail('The official account is not configured while WeCom is: set WECHAT_TOKEN (the same as the server).');
  const mode = values.mode as Mode | undefined;
  if (mode && !['plain', 'compatible', 'safe'].includes(mode)) fail(`--mode must be plain, compatible or safe, got "${mode}"`);
  if (mode && mode !== 'plain' && !c.aesKey) fail(`--mode ${mode} needs WECHAT_ENCODING_AES_KEY and WECHAT_APPID`);
  return { url, channel, token: c.token, aesKey: c.aesKey, receiverId: c.appId, mode, user: values.user };
}

const client = new ChatClient(clientOptions());
const pinned = values.at ? (parseMoment(values.at) ?? fail(`--at must be an ISO 8601 date-time such as 2021-12-20T10:00, got "${values.at}"`)) : undefined;
const started = Date.now();
// a pinned moment moves on with the conversation, as real time would
const at = () => (pinned ? new Date(pinned.toMillis() + Date.now() - started) : undefined);

try {
  const check = await client.verifyUrl();
  if (check.status === 401) fail(`${client.endpoint} refused our signature (401): is the server using the same token and clock?`);
  if (check.status !== 200 || check.body !== check.expected) fail(`${client.endpoint} failed URL verification (HTTP ${check.status}).`);
} catch (e) {
  fail(`cannot reach ${client.endpoint}: ${(e as Error).message}. Is the server running (npm start)?`);
}
console.log(
  `已连接 ${client.endpoint}（${client.options.channel === 'wecom' ? '企业微信' : '公众号'}，${client.mode} 模式${pinned ? `，时间 ${pinned.toFormat('yyyy-MM-dd HH:mm')}` : ''}）。/help 查看命令。`,
);

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
// piped input closes the interface once read, while the last exchange is still awaited:
// prompting then throws on Node 24 (ERR_USE_AFTER_CLOSE), so prompt only while it is open
let open = true;
rl.once('close', () => (open = false));
rl.setPrompt('> ');
rl.prompt();
for await (const line of rl) {
  const input = line.trim();
  if (input === '/quit' || input === '/exit') break;
  if (input === '/help') console.log(HELP);
  else if (input) await exchange(input);
  if (open) rl.prompt();
}
if (open) rl.close();

async function exchange(input: string): Promise<void> {
  const [command, ...rest] = input.split(/\s+/);
  const arg = rest.join(' ');
  const outbound: Record<string, Outbound> = {
    '/subscribe': { MsgType: 'event', Event: 'subscribe' },
    '/unsubscribe': { MsgType: 'event', Event: 'unsubscribe' },
    '/click': { MsgType: 'event', Event: client.options.channel === 'wecom' ? 'click' : 'CLICK', EventKey: arg },
    '/voice': { MsgType: 'voice', Recognition: arg },
    '/image': { MsgType: 'image' },
  };
  try {
    const reply = /^[1-9]$/.test(input)
      ? await client.follow(Number(input), { at: at() })
      : await client.send(outbound[command!] ?? { MsgType: 'text', Content: input }, { at: at() });
    if (reply.success) console.log('（服务器回复 success：没有消息给用户）');
    else
      console.log(
        `${reply.text}\n（${Buffer.byteLength(reply.content ?? '')} 字节${reply.links.length ? `；可点选 ${reply.links.map((l) => l.id).join('/')}` : ''}）`,
      );
  } catch (e) {
    console.log(`出错了：${(e as Error).message}`);
  }
}
