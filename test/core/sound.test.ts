// Questions as people really type them: in pinyin, half pinyin, with homophone typos,
// with emoji and no punctuation. Each is answered as its clean Chinese wording is, and
// clean questions are not "corrected" into something else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePinyinTable } from '../../bin/gen-pinyin.ts';
import { createAssistant } from '../../src/assistant.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { domainWordsOf } from '../../src/understand/index.ts';
import { normalize } from '../../src/understand/normalize.ts';
import { buildPlaceIndex } from '../../src/understand/places.ts';
import { buildSoundIndex } from '../../src/understand/sound.ts';
import { soundWordsOf } from '../../src/understand/sound-words.ts';
import { KNOWLEDGE_DIR } from '../support/helpers.ts';

const bot = await createAssistant({ knowledgeDir: KNOWLEDGE_DIR });
const WUHAN_STOPPED = '2021-12-27T15:00'; // 武汉's settlement suspended, 长沙's resumed
const CHANGSHA_STOPPED = '2021-11-03T09:30';

/** the typed question gets exactly the reply of the clean one, and that reply is an answer about its city */
async function answeredAs(typed: string, clean: string, at: string, city: string) {
  const [got, want] = await Promise.all([bot.ask({ text: typed, at }), bot.ask({ text: clean, at })]);
  expect(want.band).toBe('answer');
  expect(want.city).toBe(city);
  expect(got.text).toBe(want.text);
}

describe('typed pinyin', () => {
  it('a question all in pinyin is answered as in characters', async () => {
    await answeredAs('changsha yibao jiesuan jihao huifu', '长沙医保结算几号恢复', CHANGSHA_STOPPED, '长沙');
    await answeredAs('Wuhan Shebao Dianhua', '武汉社保电话', WUHAN_STOPPED, '武汉');
  });

  it('pinyin mixed with characters, and with tone marks', async () => {
    await answeredAs('wuhan 住院 feiyong zenme baoxiao', '武汉住院费用怎么报销', WUHAN_STOPPED, '武汉');
    await answeredAs('长沙 yìdì bèiàn 要停多久', '长沙异地备案要停多久', CHANGSHA_STOPPED, '长沙');
  });
});

describe('homophone and shape typos', () => {
  it('医保, 报销, 恢复 and a city name written with the wrong characters', async () => {
    await answeredAs('武汗依保卡灰复了没', '武汉医保卡恢复了没', WUHAN_STOPPED, '武汉');
    await answeredAs('长沙门诊费抱销到哪办', '长沙门诊费报销到哪办', CHANGSHA_STOPPED, '长沙');
  });

  it('a rare real word that sounds like one of ours is a typo for ours (电化 for 电话)', async () => {
    await answeredAs('长沙医保电化是多少', '长沙医保电话是多少', CHANGSHA_STOPPED, '长沙');
  });

  it('a mistyped question word (什么时后)', async () => {
    await answeredAs('武汉异地备案什么时后停', '武汉异地备案什么时候停', WUHAN_STOPPED, '武汉');
  });

  it('voice input: emoji, filler, no punctuation', async () => {
    await answeredAs('😂😂喂那个我问一下哈武汗的一保卡🏥现在到底还能不能刷啊👀👀', '武汉的医保卡现在到底还能不能刷', WUHAN_STOPPED, '武汉');
  });
});

describe('what is not a typo', () => {
  const kb = loadKnowledge(KNOWLEDGE_DIR);
  const places = buildPlaceIndex(kb.cities);
  const sound = buildSoundIndex(soundWordsOf(places, domainWordsOf(kb), kb.domain.vocabulary, kb.domain.businessWords));
  const heard = (text: string, cities?: string[]) => sound.hear(normalize(text), () => cities);
  const cityNames = (text: string) => {
    const named = [...new Set(places.find(text).known.map((p) => p.city.name))];
    return named.length ? named : undefined;
  };

  it('real words that sound like ours, question words and English stay as written', () => {
    for (const text of [
      '长沙的医院能直接刷卡吗', // 直接, not 直结
      '公司在工商银行代扣社保', // 工商, not 工伤
      '报销上限是多少', // 上限, not 上线
      '停机期间员工社保怎么办', // 期间 is not cut into 期减员
      '武汉现在能刷吗', // 吗, not 码
      '今天几点开门', // 几点 is not corrected toward (记电 is not 几点 either)
      'when does the app resume', // "resume" is not re su 么
      'hi',
    ])
      expect(heard(text)).toBe(normalize(text));
  });

  it('no sentence of the notices is heard as anything but itself', () => {
    const sentences = readdirSync(KNOWLEDGE_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .flatMap((d) => readFileSync(join(KNOWLEDGE_DIR, d.name, 'notice.md'), 'utf8').split(/[。\n；]/))
      .map(normalize)
      .filter((line) => line.length > 3);
    expect(sentences.length).toBeGreaterThan(100);
    const changed = sentences.filter((line) => sound.hear(line, (text) => cityNames(text)) !== line);
    expect(changed).toEqual([]);
  });

  it("a city's business words are heard only for that city; place names for any", () => {
    const words = {
      shared: ['医保'],
      questions: [],
      filler: [],
      keep: [],
      byCity: new Map([
        ['甲市', ['退费申请']],
        ['乙市', []],
      ]),
    };
    const index = buildSoundIndex(words);
    expect(index.hear('退废申请', () => ['甲市'])).toBe('退费申请');
    expect(index.hear('退废申请', () => ['乙市'])).toBe('退废申请');
    expect(index.hear('tuifei shenqing yibao', () => ['乙市'])).toBe('tuifei shenqing 医保');
  });
});

it('the committed pinyin table is what `npm run gen:pinyin` writes', () => {
  expect(readFileSync(new URL('../../src/understand/pinyin-table.ts', import.meta.url), 'utf8')).toBe(generatePinyinTable());
});
