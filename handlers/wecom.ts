// GET/POST /wecom — a WeCom self-built app's callback. Always encrypted; the id
// inside every ciphertext must be our corpid.
import Router from '@koa/router';
import { readBody } from './http/body.ts';
import { refuse } from './http/refuse.ts';
import { requestOf } from './http/request-info.ts';
import { checkTimestamp, MsgCrypt } from './wechat/crypto.ts';
import { answerer, sendReply, type ChannelDeps } from './wechat/endpoint.ts';
import { rawQuery } from './wechat/query.ts';
import { parseXml, requireFields } from './wechat/xml.ts';

export function wecomRoutes(deps: ChannelDeps): Router {
  const router = new Router();
  const channels = deps.channels;
  const cfg = channels?.wecom;
  if (!channels || !cfg) return router;
  const crypt = new MsgCrypt(cfg.token, cfg.aesKey, cfg.corpId);
  const answer = answerer('wecom', deps);
  const fresh = (q: Record<string, string>) => checkTimestamp(q.timestamp, channels.signatureMaxAgeSeconds, (deps.now ?? Date.now)());

  // URL verification: echostr is itself sealed; answer with its plaintext only
  router.get('/wecom', (ctx) => {
    const q = rawQuery(ctx.querystring);
    const timestamp = fresh(q);
    if (!q.echostr) refuse(400, 'missing echostr');
    crypt.verify(q.msg_signature, timestamp, q.nonce, q.echostr);
    ctx.type = 'text/plain';
    ctx.body = crypt.open(q.echostr);
  });

  router.post('/wecom', async (ctx) => {
    const q = rawQuery(ctx.querystring);
    const timestamp = fresh(q);
    const outer = parseXml(await readBody(ctx, channels.maxBodyBytes));
    requireFields(outer, ['Encrypt']);
    crypt.verify(q.msg_signature, timestamp, q.nonce, outer.Encrypt!);
    const msg = parseXml(crypt.open(outer.Encrypt!));
    sendReply(ctx, await answer(msg, requestOf(ctx)), { crypt, nonce: q.nonce ?? '' });
  });
  return router;
}
