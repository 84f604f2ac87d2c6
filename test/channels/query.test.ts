// The query reader (handlers/http/query.ts) reads every query string exactly as koa's
// ctx.query (URLSearchParams) did: the same names, values and lists, whatever the bytes.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../handlers/http/query.ts';
import { mulberry32 } from '../../bench/stats.ts';

/** What koa's ctx.query held for `qs` (koa/lib/search-params.js): a name given once is its value, twice a list. */
function asKoaReadIt(qs: string): [string, string | string[]][] {
  const params = new URLSearchParams(qs);
  const out = new Map<string, string | string[]>();
  for (const name of params.keys()) {
    const values = params.getAll(name);
    out.set(name, values.length <= 1 ? values[0]! : values);
  }
  return [...out].sort();
}

const read = (qs: string) => [...parseQuery(qs)].sort();

const PIECES = [
  'q',
  'at',
  'city',
  'session',
  '=',
  '&',
  '+',
  '%',
  '%2',
  '%20',
  '%2B',
  '%26',
  '%3D',
  '%E5%8C%BB',
  '%E5%8C',
  '%ZZ',
  '%C0%AF',
  '%ED%A0%80',
  '%EF%BB%BF',
  '医保',
  'é',
  '\u0000',
  ';',
  '#',
  ' ',
  'a',
  '__proto__',
  'constructor',
  '2021-12-12T10:00',
];

describe('the query reader', () => {
  it.each([
    '',
    'q=%E5%8C%BB%E4%BF%9D&at=2021-12-12T10%3A00',
    'q=a+b%2Bc',
    'q=1&q=2',
    'q=1&q=2&q=3',
    'q&&=x&at=',
    'q=%ZZ',
    'q=%E5%8C',
    'q=医保',
    '__proto__=1&constructor=2',
  ])('reads %j as koa did', (qs) => {
    expect(read(qs)).toEqual(asKoaReadIt(qs));
  });

  it('reads a few thousand random query strings as koa did, malformed ones included', () => {
    const random = mulberry32(14);
    for (let n = 0; n < 5000; n++) {
      const qs = Array.from({ length: 1 + Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      expect(read(qs), qs).toEqual(asKoaReadIt(qs));
    }
  });
});
