import { phrases } from "./context-words";
import { adjective, noun } from "./forms";
import type { LexiconEntry } from "./types";

const NAME_CALLING =
  "Institute for Propaganda Analysis (1937), 'name calling': a label that judges a group instead of describing it";
const STYLEBOOK =
  "AP Stylebook: use 'anti-abortion' and 'abortion-rights', not either side's own name for itself or for the other";
const CRIME_LABEL =
  "our choice: a crime word pinned on opponents passes a verdict no court gave; in a report of a real crime it is plain";

/** Where politics is told: the people and bodies a crime word is pinned on when it is a label. */
const POLITICS = [
  "politician",
  "politicians",
  "government",
  "congress",
  "senate",
  "parliament",
  "ministers",
  "lawmakers",
  "legislators",
  "elite",
  "elites",
  "establishment",
  "bankers",
  "wall street",
  "washington",
  "party",
  "administration",
  "regime",
  "globalists",
  "democrats",
  "republicans",
  "liberals",
  "conservatives",
  "taxpayers",
  "taxpayer",
  "president",
  "bureaucrats",
  "oligarchs",
  "corporations",
  "the left",
  "the right",
];

/** A real theft, told plainly: the police, an arrest, what was taken. */
const REAL_THEFT = [
  "police",
  "officers",
  "arrested",
  "arrest",
  "stole",
  "stolen",
  "steal",
  "burglary",
  "burglar",
  "burglars",
  "robbery",
  "robbed",
  "shop",
  "shops",
  "store",
  "stores",
  "car",
  "cars",
  "jewellery",
  "jewelry",
  "museum",
  "caught",
  "charged",
  "convicted",
  "identity",
  "cattle",
  "bicycle",
  "bicycles",
  "catalytic",
  "cctv",
  "break-in",
  "court",
];

/**
 * Epithets for opponents, crime words as labels and each side's names for a debate: stooges, kooks, thieves
 * in office, a criminal cabal, anti-choice, pro-life, welfare queens.
 */
export const EPITHETS: readonly LexiconEntry[] = [
  {
    id: "stooge",
    category: "label",
    forms: [
      ...noun("stooge").filter((form) => form !== "stooges"),
      "lackey",
      "lackey's",
      ...noun("flunkey"),
      ...adjective("sycophantic"),
      "useful idiot",
      ...noun("enabler"),
      "apologist for",
      "apologists for",
    ],
    neutral: ["ally", "supporter", "aide"],
    explanation:
      "'Stooge' or 'lackey' says someone only obeys a master; a report says what they did and for whom.",
    origin: NAME_CALLING,
    skipInNames: true,
    unless: [
      {
        sentence: [
          "growth",
          "technology",
          "technologies",
          "digital",
          "innovation",
          "productivity",
          "cells",
          "enzyme",
        ],
        note: "'enablers of growth' in business and science writing name a cause, not a side",
      },
      {
        before: ["christian", "catholic", "religious", "leading", "famous"],
        window: 2,
        note: "a Christian apologist argues for the faith: a plain term of theology",
      },
    ],
  },
  {
    id: "kook",
    category: "label",
    forms: [
      ...noun("kook"),
      "kooky",
      ...noun("wacko"),
      ...noun("scumbag"),
      ...noun("lowlife"),
      "snake oil salesman",
      "snake oil salesmen",
      ...noun("degenerate").filter((form) => form !== "degenerate"),
    ],
    neutral: ["critic", "activist", "person"],
    explanation: "'Kooks' or 'scumbags' insults people instead of saying what they did or believe.",
    origin: NAME_CALLING,
  },
  {
    id: "thieves",
    category: "label",
    forms: [...noun("thief", "thieves").filter((form) => form !== "thiefs"), "den of thieves"],
    neutral: ["officials", "politicians", "people in charge"],
    explanation:
      "Calling officials 'thieves' charges them with a crime no court has found; a report says what they took.",
    origin: CRIME_LABEL,
    requires: [{ sentence: POLITICS, note: "pinned on politicians, parties or officials" }],
    unless: [{ sentence: REAL_THEFT, note: "a real theft reported with its police and its loot" }],
  },
  {
    id: "criminal cabal",
    category: "label",
    forms: [
      ...phrases(
        ["criminal"],
        [
          "cabal",
          "clique",
          "elite",
          "elites",
          "class",
          "party",
          "establishment",
          "administration",
          "government",
          "politicians",
          "president",
          "media",
        ],
      ),
      ...phrases(
        ["gangster"],
        ["regime", "state", "government", "tactics", "capitalism", "politics", "cabal", "president"],
      ),
      ...phrases(["mafia"], ["state", "states", "government", "regime"]),
      ...phrases(
        ["crooked"],
        [
          "politician",
          "politicians",
          "establishment",
          "system",
          "media",
          "cops",
          "deal",
          "deals",
          "officials",
          "government",
          "administration",
          "hillary",
          "joe",
          "lawyers",
          "bankers",
          "cronies",
        ],
      ),
    ],
    neutral: ["group", "leadership", "government"],
    explanation:
      "'Criminal cabal' or 'crooked politicians' pins a crime on a side before any court has judged it.",
    origin: CRIME_LABEL,
    capitalised: true,
  },
  {
    id: "kleptocrat",
    category: "label",
    forms: [...noun("kleptocrat"), ...noun("kleptocracy"), ...adjective("kleptocratic")],
    neutral: ["rulers", "government", "officials"],
    explanation:
      "'Kleptocrats' calls rulers thieves as a group; a report says who took what, and who says so.",
    origin: CRIME_LABEL,
  },
  {
    id: "treasonous",
    category: "label",
    forms: [...adjective("treasonous"), ...adjective("traitorous")],
    neutral: ["disloyal", "unlawful"],
    explanation: "'Treasonous' charges someone with betraying the country, a crime no court has found.",
    origin: CRIME_LABEL,
    unless: [
      {
        sentence: ["charged", "convicted", "indicted", "trial", "jury"],
        note: "a real charge before a court",
      },
    ],
  },
  {
    id: "gun-toting",
    category: "label",
    forms: ["gun-toting"],
    neutral: ["gun-owning", "armed"],
    explanation:
      "'Gun-toting' or 'tree-hugging' mocks a whole group with a caricature instead of describing it.",
    origin: NAME_CALLING,
  },
  {
    id: "bible-thumping",
    category: "label",
    forms: ["bible-thumping", ...noun("bible-thumper")],
    neutral: ["devout", "evangelicals", "evangelical"],
    explanation:
      "'Gun-toting' or 'tree-hugging' mocks a whole group with a caricature instead of describing it.",
    origin: NAME_CALLING,
  },
  {
    id: "tree-hugging",
    category: "label",
    forms: ["tree-hugging", ...noun("tree-hugger")],
    neutral: ["environmentalist", "environmentalists"],
    explanation:
      "'Gun-toting' or 'tree-hugging' mocks a whole group with a caricature instead of describing it.",
    origin: NAME_CALLING,
  },
  {
    id: "elitist",
    category: "label",
    forms: [...adjective("elitist")],
    neutral: ["exclusive", "selective"],
    explanation:
      "'Elitist' sneers at a school, a group or a taste as snobbish; 'exclusive' or 'selective' says what it is.",
    origin: NAME_CALLING,
  },
  {
    id: "latte-sipping",
    category: "label",
    forms: [
      "latte-sipping",
      "pearl-clutching",
      "knuckle-dragging",
      ...noun("knuckle-dragger"),
      "jack-booted",
      "power-crazed",
      "drug-addled",
    ],
    neutral: ["the group's name"],
    explanation:
      "'Gun-toting' or 'tree-hugging' mocks a whole group with a caricature instead of describing it.",
    origin: NAME_CALLING,
  },
  {
    id: "feminazi",
    category: "label",
    forms: [...noun("feminazi"), ...noun("moonbat"), "never-trumper", "rinos", "gun nuts", "gun grabbers"],
    neutral: ["activists", "opponents", "supporters"],
    explanation: "A nickname like 'moonbats' or 'gun nuts' sneers at a side instead of saying what it wants.",
    origin: NAME_CALLING,
  },
  {
    id: "spin doctor",
    category: "label",
    forms: [...noun("spin doctor")],
    neutral: ["press officer", "press officers", "adviser"],
    explanation:
      "'Spin doctor' says a spokesman's words are tricks; a report says what they said and for whom.",
    origin: NAME_CALLING,
  },
  {
    id: "anti-choice",
    category: "label",
    forms: [
      "anti-choice",
      "pro-abortion",
      ...noun("abortionist"),
      ...noun("abortion mill"),
      "baby-killing",
      "abortion on demand",
    ],
    neutral: ["anti-abortion", "abortion-rights", "abortion provider"],
    explanation:
      "'Anti-choice' or 'pro-abortion' names a side by its opponents' word; 'anti-abortion' and 'abortion-rights' do not.",
    origin: STYLEBOOK,
  },
  {
    id: "pro-life",
    category: "positive-framing",
    forms: ["pro-life", "pro-lifer", "pro-lifers", "pro-choice"],
    neutral: ["anti-abortion", "abortion-rights", "abortion opponents"],
    explanation:
      "'Pro-life' and 'pro-choice' are each side's flattering name for itself; a report uses plain ones.",
    origin: STYLEBOOK,
    skipInNames: true,
  },
  {
    id: "death tax",
    category: "label",
    forms: ["death tax", "death taxes", "death panel", "death panels"],
    neutral: ["estate tax", "advisory panels", "inheritance tax"],
    explanation:
      "'Death tax' or 'death panels' names a policy by the fear it should raise, not by what it does.",
    origin: STYLEBOOK,
  },
  {
    id: "welfare queen",
    category: "label",
    forms: [...noun("welfare queen")],
    neutral: ["welfare recipient", "welfare recipients"],
    explanation: "A sneer like 'welfare queens' or 'race hustlers' brands a whole group by a caricature.",
    origin: NAME_CALLING,
  },
  {
    id: "race hustler",
    category: "label",
    forms: [...noun("race hustler"), ...noun("poverty pimp")],
    neutral: ["activist", "activists", "campaigner"],
    explanation: "A sneer like 'welfare queens' or 'race hustlers' brands a whole group by a caricature.",
    origin: NAME_CALLING,
  },
  {
    id: "bleeding heart",
    category: "label",
    forms: [...noun("bleeding heart")],
    neutral: ["liberal", "liberals", "compassionate"],
    explanation: "A sneer like 'welfare queens' or 'race hustlers' brands a whole group by a caricature.",
    origin: NAME_CALLING,
  },
  {
    id: "super-predator",
    category: "label",
    forms: [...noun("super-predator")],
    neutral: ["young offender", "young offenders"],
    explanation: "A sneer like 'welfare queens' or 'race hustlers' brands a whole group by a caricature.",
    origin: NAME_CALLING,
  },
  {
    id: "anchor baby",
    category: "label",
    forms: [...noun("anchor baby", "anchor babies")],
    neutral: ["US-born child", "US-born children", "child"],
    explanation: "A sneer like 'welfare queens' or 'race hustlers' brands a whole group by a caricature.",
    origin: NAME_CALLING,
  },
  {
    id: "slut",
    category: "label",
    forms: [...noun("slut").filter((form) => form !== "slut's")],
    neutral: ["woman", "women"],
    explanation:
      "'Slut' is an insult that shames a woman; a report says what she did, if that matters at all.",
    origin: NAME_CALLING,
    unless: [
      { after: ["shaming", "shamed", "walk"], note: "'slut-shaming' names the insult, it does not use it" },
    ],
  },
  {
    id: "godless",
    category: "label",
    forms: ["godless"],
    neutral: ["secular", "non-religious"],
    explanation:
      "'Godless' brands people or a state as lacking morals; 'secular' says they are not religious.",
    origin: NAME_CALLING,
  },
];
