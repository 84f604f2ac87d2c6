// Pieces of a fictional city's facts.yaml that tests write again and again: one window, and the
// city centre's one phone line. Each test keeps its own notice text; these only keep the YAML's shape in one place.

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
