// One facet value or several, as facts.yaml may write them (`what: 结算` or `setting: [门诊, 药店]`).
// Apart from the schema so that building the model, in the serving process, never loads zod.
export const valueList = (v: string | string[]): string[] => (typeof v === 'string' ? [v] : v);
