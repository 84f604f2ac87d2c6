// GET/POST /wechat — the official account webhook in plain, compatible and safe modes
// (WECHAT_MODE: safe, the default with a key, takes sealed messages only).
import Router from '@koa/router';
import { readBody } from './http/body.ts';
import { refuse } from './http/refuse.ts';
import { requestOf } from './http/request-info.ts';
import { checkTimestamp, MsgCrypt, sameSignature, signature } from './wechat/crypto.ts';
import { answerer, sendReply, type ChannelDeps } from './wechat/endpoint.ts';
import { rawQuery } from './wechat/query.ts';
import { parseXml, requireFields } from './wechat/xml.ts';

export function wechatRoutes(deps: ChannelDeps): Router {
  const router = new Router();
  const channels = deps.channels;
  const cfg = channels?.wechat;
  if (!channels || !cfg) return router;
  const { token } = cfg;
  const crypt = cfg.aesKey && cfg.appId ? new MsgCrypt(token, cfg.aesKey, cfg.appId) : undefined;
  const answer = answerer('wechat', deps);
  const fresh = (q: Record<string, string>) => checkTimestamp(q.timestamp, channels.signatureMaxAgeSeconds, (deps.now ?? Date.now)());

  // URL verification: `signature` over (token, timestamp, nonce) → echo echostr (in every mode)
  router.get('/wechat', (ctx) => {
    const q = rawQuery(ctx.querystring);
    const timestamp = fresh(q);
    if (!sameSignature(signature(token, timestamp, q.nonce ?? ''), q.signature)) refuse(401, 'invalid signature');
    if (!q.echostr) refuse(400, 'missing echostr');
    ctx.type = 'text/plain';
    ctx.body = q.echostr;
  });

  router.post('/wechat', async (ctx) => {
    const q = rawQuery(ctx.querystring);
    const timestamp = fresh(q);
    const encrypted = q.encrypt_type === 'aes';
    if (!encrypted && !sameSignature(signature(token, timestamp, q.nonce ?? ''), q.signature)) refuse(401, 'invalid signature');
    if (q.encrypt_type && !encrypted && q.encrypt_type !== 'raw') refuse(400, 'unsupported encrypt_type');
    // `signature` covers no body: in safe mode a plain message could be anyone's, replayed on a logged URL
    if (!encrypted && cfg.mode === 'safe') refuse(401, 'this account accepts encrypted messages only (safe mode)');
    const outer = parseXml(await readBody(ctx, channels.maxBodyBytes));
    if (!encrypted) return sendReply(ctx, await answer(outer, requestOf(ctx)));

    // compatible and safe modes: only the sealed copy is trusted
    if (!crypt) refuse(400, 'encrypted message but WECHAT_ENCODING_AES_KEY / WECHAT_APPID are not configured');
    requireFields(outer, ['Encrypt']);
    crypt.verify(q.msg_signature, timestamp, q.nonce, outer.Encrypt!);
    const msg = parseXml(crypt.open(outer.Encrypt!));
    sendReply(ctx, await answer(msg, requestOf(ctx)), { crypt, nonce: q.nonce ?? '' });
  });
  return router;
}
