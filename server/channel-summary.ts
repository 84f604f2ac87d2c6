// What `npm start` says about the webhooks: which are on and how to try them.
// Only the demo token is ever printed; real tokens and keys never are.
import type { ChannelConfig } from '../handlers/http/options.ts';

export function channelSummary(channels: ChannelConfig | undefined): string[] {
  const lines: string[] = [];
  const w = channels?.wechat;
  if (w?.demo) lines.push(`/wechat: demo official account, plain mode, token "${w.token}" (set WECHAT_TOKEN for a real one); try: npm run chat`);
  else if (w)
    lines.push(
      `/wechat: official account${w.appId ? ` ${w.appId}` : ''}, ${w.mode === 'safe' ? 'safe mode (encrypted messages only)' : w.mode === 'compatible' ? 'compatible mode (encrypted and plain messages)' : 'plain mode only'}`,
    );
  if (channels?.wecom) lines.push(`/wecom: WeCom app of corp ${channels.wecom.corpId}; try: npm run chat -- --channel wecom`);
  return lines;
}
