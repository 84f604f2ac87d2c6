// Parsing WeChat's XML and building our replies. Every value stays a string: MsgId
// exceeds 2^53 and "007" must stay "007"; entities are never expanded.
import { refuse } from '../http/refuse.ts';
import { scanXml } from './flat-xml.ts';

export type Fields = Record<string, string>;

/** names a parser that builds objects must never create (fast-xml-parser refused them too) */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** The `<xml>` root's text children (nested elements are dropped); 400 when the body is not that. */
export function parseXml(body: string): Fields {
  const doc = scanXml(body);
  if (!doc) refuse(400, 'malformed XML');
  if (doc.root !== 'xml' || doc.fields.size === 0) refuse(400, 'expected an <xml> document');
  const fields: Fields = Object.create(null);
  for (const [name, value] of doc.fields) {
    if (RESERVED.has(name)) refuse(400, 'malformed XML');
    if (value !== null) fields[name] = value;
  }
  return fields;
}

export function requireFields(fields: Fields, names: string[]): void {
  const missing = names.filter((n) => !fields[n]);
  if (missing.length) refuse(400, `missing ${missing.join(', ')}`);
}

/**
 * Ids far longer than WeChat ever sends (openid 28, MsgId 19 digits) are refused:
 * each would otherwise be kept as a session and dedupe key.
 */
const FIELD_LIMITS: Record<string, number> = { ToUserName: 128, FromUserName: 128, MsgId: 32, CreateTime: 16, MsgType: 32, Event: 64, EventKey: 512 };

export function requireBounded(fields: Fields): void {
  const long = Object.entries(FIELD_LIMITS)
    .filter(([name, max]) => (fields[name]?.length ?? 0) > max)
    .map(([name]) => name);
  if (long.length) refuse(400, `${long.join(', ')} too long`);
}

/** CDATA that survives any text: "]]>" is split across two sections; characters XML 1.0 forbids are dropped. */
export function cdata(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return `<![CDATA[${clean.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `<xml>` with strings in CDATA and numbers bare (CreateTime, TimeStamp), in the given order. */
export function buildXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([name, v]) => `<${name}>${typeof v === 'number' ? String(v) : cdata(v)}</${name}>`)
    .join('');
  return `<xml>${body}</xml>`;
}

/** A passive text reply: sender and receiver swapped, CreateTime in seconds. */
export function textReply(to: Fields, content: string, nowMs = Date.now()): string {
  return buildXml({
    ToUserName: to.FromUserName ?? '',
    FromUserName: to.ToUserName ?? '',
    CreateTime: Math.floor(nowMs / 1000),
    MsgType: 'text',
    Content: content,
  });
}
