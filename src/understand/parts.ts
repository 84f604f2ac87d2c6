// Cuts one message into the questions it asks: "结算啥时候停？什么时候恢复？另外异地备案电话多少"
// is three. Each part is answered as if it had been sent as the next message of the
// conversation (a later part borrows the city and topic of an earlier one); a message
// that asks one thing is returned whole, exactly as typed.
import {
  ASKING_WORDS,
  CONTACT_LEAD_INS,
  EACH_WORDS,
  GREETING,
  HOW_LONG_AFTER_STILL,
  INTENT_CUES,
  JOINING_WORDS,
  LEADS_INTO_WHEN,
  NEXT_QUESTION_WORDS,
  THANKS,
  WHEN_WORDS,
} from './lexicon.ts';
import { everyMatch } from '../text/every-match.ts';
import { normalize } from './normalize.ts';

/** More parts than this in one message are read as part of the last one (one reply must stay readable). */
export const MAX_PARTS = 4;

const anyOf = (words: string[]) => words.join('|');
/** Starts another question even without punctuation before it ("…恢复另外…", "…停还想问…"). */
const NEXT_QUESTION = new RegExp(`(?<=.)(?=${anyOf(NEXT_QUESTION_WORDS)})`);
/** "还有" starts another question only after a comma or a space, and not when it asks how long ("还有多久"). */
const AND_ALSO = new RegExp(`(?<=[,，。.、\\s])(?=还有(?!${anyOf(HOW_LONG_AFTER_STILL)}))`);
/** "另外" alone, before "再问一下…" */
const CONNECTORS_ONLY = new RegExp(`^(${anyOf([...NEXT_QUESTION_WORDS, '还有'])})+$`);
const ASKING = new RegExp(`^(${anyOf(ASKING_WORDS)})$`);
/** "A和B分别啥时候恢复": the subjects, the joining and the question asked of each. */
const EACH = new RegExp(`^(.+?)(?:${anyOf(JOINING_WORDS)})(.+?)(?:${anyOf(EACH_WORDS)})(.+)$`);
const WHEN_WORD = new RegExp(anyOf(WHEN_WORDS), 'g');
const LEADS_INTO = new RegExp(`(?:${anyOf(LEADS_INTO_WHEN)})$`);
const NUMBER_ASKED = /电话|热线|号码|打哪|拨打|座机/;
const CONTACT_LEAD_IN = new RegExp(`(?:${anyOf(CONTACT_LEAD_INS)})$`);
const PUNCTUATION = /^[\s,，。.!！、~～…:：]+|[\s,，。.!！、~～…:：]+$/g;
// made once: the bundle (esbuild) writes a \p{…} literal as a new RegExp(…) where it stands
const WORDY = /[\p{Script=Han}\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
/** a clause and the question ends after it */
const CLAUSE = /([^?？;；\n\r]*)([?？;；\n\r]*)/g;
const COMMA = /[,，]/g;

/** The questions of a message, as typed; `[text]` itself when it asks one thing. */
export function splitQuestions(text: string): string[] {
  const all = clauses(text);
  // one clause (as most messages are) is one question, whatever it says
  if (all.length < 2) return [text];
  const pieces = all.filter((c) => WORDY.test(c.text) && !isCourtesy(c.text));
  const parts: string[] = [];
  let carry = '';
  for (const [i, c] of pieces.entries()) {
    // a short line with no question of its own ("长沙" on one line, the question on the next), or
    // a lone "另外" before "再问一下…", belongs to the next
    const bareLine = c.endsLine && [...c.text].length <= 4 && !/[吗呢么]$/.test(c.text);
    if (i < pieces.length - 1 && (bareLine || CONNECTORS_ONLY.test(c.text))) carry += c.endsLine ? `${c.text} ` : c.text;
    else {
      parts.push(carry + c.text);
      carry = '';
    }
  }
  if (parts.length < 2) return [text];
  return parts.length <= MAX_PARTS ? parts : [...parts.slice(0, MAX_PARTS - 1), parts.slice(MAX_PARTS - 1).join('，')];
}

/** The message cut at every question end and before every word that starts another question. */
function clauses(text: string): { text: string; endsLine: boolean }[] {
  const out: { text: string; endsLine: boolean }[] = [];
  for (const m of everyMatch(CLAUSE, text)) {
    if (!m[0]) continue;
    let pieces = cutAt(m[1]!, NEXT_QUESTION, NEXT_QUESTION_WORDS);
    for (const cut of CUTS) pieces = pieces.length === 1 ? cut(pieces[0]!) : pieces.flatMap(cut);
    pieces.forEach((p, i) => out.push({ text: p.replace(PUNCTUATION, ''), endsLine: i === pieces.length - 1 && /[\n\r]/.test(m[2]!) }));
  }
  return out;
}

/** each cut after the first, in turn, on what the one before left (most clauses are not cut: one piece is cut without flatMap's copying) */
const CUTS: ((clause: string) => string[])[] = [(s) => cutAt(s, AND_ALSO, ['还有']), bySpaces, ofEach, byWhenWords, byContact, byAlso];

/** `clause` cut where `at` matches; a clause without any of `words` (which `at` needs) is not searched. */
const cutAt = (clause: string, at: RegExp, words: string[]) => (words.some((w) => clause.includes(w)) ? clause.split(at) : [clause]);

/** Whether a piece asks something of its own ("有问题打哪个电话" does, "长沙" does not). */
const asks = (s: string) => HAN.test(s) && (CUES.some((re) => re.test(s)) || /[吗呢嘛][?？]?$/.test(s));
const CUES = Object.values(INTENT_CUES);

/** Voice input leaves a space where the question mark was: "…哪天恢复 有问题打哪个电话" is two questions, "长沙 参保登记几号恢复" one. */
function bySpaces(clause: string): string[] {
  if (!/\s/.test(clause)) return [clause];
  const out: string[] = [];
  for (const word of clause.split(/\s+/)) {
    if (out.length && asks(out.at(-1)!) && asks(word)) out.push(word);
    else if (out.length) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out;
}

/** "A和B分别啥时候恢复" asks "A啥时候恢复" and "B啥时候恢复"; "长沙和武汉的结算分别…" shares "的结算" too. */
function ofEach(clause: string): string[] {
  const m = EACH_WORDS.some((w) => clause.includes(w)) ? EACH.exec(clause) : null;
  if (!m || !asks(m[3]!)) return [clause];
  const [a, b, question] = [m[1]!, m[2]!, m[3]!];
  const shared = /的[^的]+$/.exec(b)?.[0] ?? '';
  return [a + (a.endsWith(shared) ? '' : shared) + question, b + question];
}

/** "哪天停哪天恢复": a second "when" after the first's verb starts another question; "从哪天停到哪天" is one. */
function byWhenWords(clause: string): string[] {
  const cuts: number[] = [];
  let end = -1;
  for (const m of everyMatch(WHEN_WORD, clause)) {
    const gap = end < 0 ? '' : clause.slice(end, m.index);
    if (ALL_HAN.test(gap) && !LEADS_INTO.test(gap)) cuts.push(m.index);
    end = m.index + m[0].length;
  }
  return [0, ...cuts].map((from, i) => clause.slice(from, cuts[i]));
}

/** "…哪天恢复有问题打哪个电话": asking for a number after a question of its own is another question; "武汉医保电话多少" is one. */
function byContact(clause: string): string[] {
  const m = INTENT_CUES.contact.exec(clause);
  // a number, not "联系医院" (a step of a procedure)
  if (!m?.index || !NUMBER_ASKED.test(m[0])) return [clause];
  const before = clause.slice(0, m.index);
  const cut = m.index - (CONTACT_LEAD_IN.exec(before)?.[0].length ?? 0);
  return asks(clause.slice(0, cut)) ? [clause.slice(0, cut), clause.slice(cut)] : [clause];
}

/** "…，又" before a question word: the question asked again of something else ("出院又怎么办", "又什么时候恢复"). */
const ASKED_AGAIN = /^[^,，]{0,12}又(?=怎么|如何|咋|什么时候|啥时候|哪天|几号|能不能|能否|可以|该|要|需要)/;

/** "转院怎么办，出院又怎么办": after a comma, the same question asked again of another subject is another question. */
function byAlso(clause: string): string[] {
  if (!clause.includes(',') && !clause.includes('，')) return [clause];
  const out: string[] = [];
  let from = 0;
  for (const m of everyMatch(COMMA, clause)) {
    const [before, after] = [clause.slice(from, m.index), clause.slice(m.index + 1)];
    if (ASKED_AGAIN.test(after) && asks(before) && asks(after)) {
      out.push(before);
      from = m.index + 1;
    }
  }
  return [...out, clause.slice(from)];
}

/** "您好？", "谢谢！", "请问：" around the questions are no question of their own. */
function isCourtesy(s: string): boolean {
  const n = normalize(s);
  return [...n].length <= 6 && (GREETING.test(n) || THANKS.test(n) || ASKING.test(n));
}
