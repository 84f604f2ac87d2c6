// Pieces of a fictional city's facts.yaml that tests write again and again: the notice's head,
// one step, one window, and the city centre's one phone line. Each test keeps its own notice text; these only keep the YAML's shape in one place.

/** A `windows:` block (business indentation) with one dated window. */
export const windowYaml = (suspend: string, suspendQuote: string, resume: string, resumeQuote: string) => `    windows:
      - suspend: "${suspend}"
        suspend_quote: ${suspendQuote}
        resume: "${resume}"
        resume_mode: date
        resume_quote: ${resumeQuote}
`;

/** A `contacts:` block with the city centre's line, quoted as "咨询电话：NUMBER（市医保中心）". */
export const centreContactYaml = (number: string) => `contacts:
  - unit: 市医保中心
    level: city
    topic: general
    label: 咨询电话
    phones:
      - number: "${number}"
    quote: 咨询电话：${number}（市医保中心）
`;

/** A facts.yaml's head for a fictional city's own bureau notice: id, title, issuer, date, the city and its 市 alias. */
export const noticeHeadYaml = (id: string, city: string, title: string, published: string) => `id: ${id}
title: ${title}
issuers: [${city}市医疗保障局]
published: "${published}"
city:
  name: ${city}
  aliases: [${city}市]
`;

/** One step (business indentation, under before/during/after) quoting the notice's sentence. */
export const stepYaml = (sentence: string) => `      - text: ${sentence.replace(/。$/, '')}\n        quote: ${sentence}\n`;
