// The protocol floor: bare koa plus @wecom/crypto and fast-xml-parser used plainly,
// as their READMEs show (verify the signature, decrypt, parse, build the reply XML,
// encrypt, sign), with a fixed reply. What any koa app gets from the libraries as
// they are; the encrypted webhook is measured against it.
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import Koa from 'koa';

export function protocolFloorApp(env: NodeJS.ProcessEnv): Koa {
  const { WECHAT_TOKEN: token = '', WECHAT_ENCODING_AES_KEY: aesKey = '', WECHAT_APPID: appId = '' } = env;
  const parser = new XMLParser();
  const builder = new XMLBuilder({ cdataPropName: '__cdata' });
  const app = new Koa();
  app.use(async (ctx) => {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    const { xml: outer } = parser.parse(Buffer.concat(chunks).toString());
    const { timestamp = '', nonce = '', msg_signature } = ctx.query as Record<string, string | undefined>;
    if (getSignature(token, timestamp, nonce, outer.Encrypt) !== msg_signature) {
      ctx.status = 401;
      return;
    }
    const { xml: msg } = parser.parse(decrypt(aesKey, outer.Encrypt).message);
    const now = Math.floor(Date.now() / 1000);
    const reply = builder.build({
      xml: {
        ToUserName: { __cdata: msg.FromUserName },
        FromUserName: { __cdata: msg.ToUserName },
        CreateTime: now,
        MsgType: { __cdata: 'text' },
        Content: { __cdata: '收到' },
      },
    });
    const Encrypt = encrypt(aesKey, reply, appId);
    ctx.type = 'application/xml';
    ctx.body = builder.build({
      xml: {
        Encrypt: { __cdata: Encrypt },
        MsgSignature: { __cdata: getSignature(token, String(now), nonce, Encrypt) },
        TimeStamp: now,
        Nonce: { __cdata: nonce },
      },
    });
  });
  return app;
}
