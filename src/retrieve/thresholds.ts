// Every number that decides what retrieval finds, how it ranks and how sure it is, with what
// each trades off: defaults kept as data, minisearch-style, in one place. Tuned on the
// question sets (test/questions*, `npm run bench`); change one and run them.

/** How sure retrieval must be (README, "Bands"). */
export const THRESHOLDS = {
  /** share of the question's content tokens the best match must contain to answer outright … (higher: more questions asked back) */
  confidentCoverage: 0.5,
  /** … or this many of them (long, rambling questions, whose share stays low) */
  confidentMatches: 3,
  /** below this share … (higher: more "not found"; lower: weak matches offered as choices) */
  suggestCoverage: 0.2,
  /** … and fewer of the question's content tokens than this, nothing matched well enough to suggest */
  suggestMatches: 2,
  /** a runner-up this close (score ratio) to a different item is answered too, or offered (higher: more replies with two answers) */
  ambiguousRatio: 1.08,
  /** below confidence, a best match scoring this many times the next one fits clearly (settle.ts; lower: fewer questions back, more wrong picks) */
  clearLead: 3,
  /** … as does the one item whose name, synonym or listed question (this many characters or more) the question contains */
  namedChars: 3,
  /**
   * No city named: a city whose best match covers this much less of the question than the best
   * city's does not have it (higher: more cities answered, some with a weaker item).
   */
  cityCoverageGap: 0.25,
};

/** How far a search goes (respond.ts): more finds rarer matches, and costs time per question. */
export const SEARCH_LIMITS = {
  /** a question without a city is answered city by city only when this few cities have it (else: which city?) */
  maxCityAnswers: 3,
  /** how many of a city's search hits (best BM25 first) are ranked */
  candidatesPerCity: 12,
  /** how many cities a question naming none searches at a time (it stops once more than maxCityAnswers have it) */
  citiesPerSearch: 20,
};

/** How the understood question moves a candidate's score (rank.ts); each is a factor on the BM25 score × coverage. */
export const RANK_WEIGHTS = {
  /** a procedure for a "how" question (怎么办) */
  procedureForHow: 1.4,
  /** a business for a "when / can I" question */
  businessForWhen: 1.3,
  /** an item of the phase asked (停机前 / 期间 / 之后) … */
  phaseAsked: 1.3,
  /** … and one of another phase */
  otherPhase: 0.9,
  /** 医保 asked, a 社保-only item found (or the reverse) */
  domainClash: 0.5,
  /** a 工伤 item for a question that does not say 工伤 */
  injuryUnasked: 0.7,
  /** an item for care or insurance elsewhere (异地), for a question that says nothing of it … */
  elsewhereUnasked: 0.5,
  /** … or that asks of another "elsewhere" */
  otherElsewhere: 0.8,
  /** … or that says the asker is local (本地医保, 在本市医院): steps for people insured or treated elsewhere are not theirs */
  elsewhereDenied: 0.4,
  /** an item of care here (local settlement), for a question about care elsewhere (在成都住院, 去上海看病) */
  hereForElsewhere: 0.3,
};

/** What a business's facets weigh against the question's (README, "How a question is understood"). */
export const FACET_WEIGHTS = {
  /** per facet the business contradicts (lower: the kind asked wins over shared words more often) */
  contradicts: { what: 0.5, other: 0.7 } as Record<string, number> & { other: number },
  /** per facet the question states and the business does not declare (only these facets: a business of any setting is rarely the one asked about a setting) */
  unstated: { setting: 0.7 } as Record<string, number>,
  /** it agrees on every facet the question states, `what` among them */
  agrees: 1.2,
};

/** How much a question's term counts towards coverage (index.ts): a concept (社保卡, 异地 …) weighs twice a bigram. */
export const TERM_WEIGHTS = {
  concept: 2,
  word: 1,
  /** a bigram this city's knowledge never uses (间看, 看普 across word boundaries), so noise does not drown what matched */
  unusedWord: 0.5,
};

/** BM25+ as minisearch computes it (city-scores.ts): k saturates repeated terms, b normalises field length, d is BM25+'s floor. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Field boosts (index.ts, city-scores.ts): a word in an item's title counts most; `kinds` are the words a business inherits from its facets. */
export const FIELD_BOOST = { title: 3, words: 2, questions: 2, body: 0.6, kinds: 1 };
