import { CONFLICT, CONTESTS, PEOPLE } from "./context-words";
import type { ContextRule, LexiconEntry } from "./types";

const ORWELL =
  "George Orwell, 'Politics and the English Language' (1946): euphemism such as 'elimination of unreliable elements'";
const EUPHEMISM = "common propaganda technique: euphemism, a soft word that hides a harsh act";

/** A word for killing counts only when people are its object: "eliminated the need" is not a killing. */
const ABOUT_PEOPLE: readonly ContextRule[] = [
  { after: PEOPLE, window: 4, note: "people as the object: 'eliminated several militants'" },
  {
    before: PEOPLE,
    window: 4,
    passive: true,
    note: "people as the subject of a passive: '9 militants were eliminated'",
  },
];

const NOT_SPORT: ContextRule = {
  sentence: CONTESTS,
  note: "in sport and elections people are 'eliminated' without being harmed",
};

/** A sentence about fighting, so "cleaning" and "pacified" are not about housework or babies. */
const IN_WAR: ContextRule = { sentence: CONFLICT, note: "only in a sentence about armed conflict" };

/** Euphemisms: soft words that hide killing, destruction or defeat. */
export const EUPHEMISMS: readonly LexiconEntry[] = [
  {
    id: "eliminate",
    category: "euphemism",
    forms: ["eliminated", "eliminate", "eliminates", "eliminating", "elimination of"],
    neutral: ["killed"],
    explanation:
      "'Eliminated' makes killing people sound like ticking items off a list; 'killed' says what happened.",
    origin: ORWELL,
    requires: ABOUT_PEOPLE,
    unless: [NOT_SPORT],
  },
  {
    id: "neutralise",
    category: "euphemism",
    forms: [
      "neutralised",
      "neutralized",
      "neutralise",
      "neutralize",
      "neutralises",
      "neutralizes",
      "neutralising",
      "neutralizing",
    ],
    neutral: ["killed", "captured", "wounded"],
    explanation: "'Neutralised' hides whether people were killed, wounded or captured.",
    origin: EUPHEMISM,
    requires: ABOUT_PEOPLE,
  },
  {
    id: "liquidate",
    category: "euphemism",
    forms: ["liquidated", "liquidate", "liquidates", "liquidating", "liquidation of"],
    neutral: ["killed"],
    explanation: "'Liquidated' is a business word used to make killing people sound routine.",
    origin: ORWELL,
    requires: ABOUT_PEOPLE,
  },
  {
    id: "take out",
    category: "euphemism",
    forms: ["took out", "take out", "takes out", "taking out", "taken out"],
    neutral: ["killed", "hit"],
    explanation: "'Took out' makes killing sound like a chore; say 'killed' or 'destroyed'.",
    origin: EUPHEMISM,
    requires: [{ after: PEOPLE, window: 3, note: "'took out a loan' and 'take out the rubbish' are plain" }],
  },
  {
    id: "clean",
    category: "euphemism",
    forms: [
      "cleaning",
      "cleaned",
      "clean up",
      "cleaning up",
      "cleaned up",
      "clean-up operation",
      "cleanse",
      "cleansed",
      "cleansing",
      "mopping up",
      "mop up",
      "mop-up operation",
      "mop-up operations",
    ],
    neutral: ["taking control of", "fighting in", "attacking"],
    explanation: "Saying an army is 'cleaning' an area treats the people there like dirt to be removed.",
    origin: EUPHEMISM,
    requires: [IN_WAR],
    unless: [
      {
        before: ["ethnic", "street", "dry", "spring", "house", "deep", "self"],
        window: 1,
        note: "'ethnic cleansing' is the legal name of a crime; 'street cleaning' is literal",
      },
      {
        after: [
          "crew",
          "crews",
          "staff",
          "services",
          "products",
          "streets",
          "the streets",
          "debris",
          "rubble",
          "litter",
          "rubbish",
          "trash",
          "garbage",
          "beach",
          "beaches",
          "weapons",
          "weapon",
          "guns",
          "rifles",
          "wounds",
          "wound",
          "water",
          "oil",
          "spill",
          "after",
          "equipment",
          "vehicles",
          "barracks",
        ],
        window: 2,
        note: "literal cleaning: crews, streets, rubble, weapons, or cleaning up after something",
      },
      {
        after: [
          "mines",
          "landmines",
          "explosives",
          "explosive",
          "ordnance",
          "booby traps",
          "ieds",
          "unexploded",
        ],
        window: 5,
        note: "clearing mines is literal: 'cleaning the town of mines'",
      },
    ],
  },
  {
    id: "pacify",
    category: "euphemism",
    forms: ["pacification", "pacified", "pacify", "pacifying"],
    neutral: ["took control of", "put down", "attacked"],
    explanation: "'Pacify' makes force sound like calming things down.",
    origin:
      "George Orwell, 'Politics and the English Language' (1946): bombing villages 'is called pacification'",
    requires: [IN_WAR],
  },
  {
    id: "collateral damage",
    category: "euphemism",
    forms: ["collateral damage"],
    neutral: ["civilian deaths", "civilian casualties", "damage to homes"],
    explanation: "'Collateral damage' hides that civilians were killed or hurt.",
    origin: "military euphemism for harm to civilians; German 'Unwort des Jahres' 1999 (Kollateralschaden)",
  },
  {
    id: "special military operation",
    category: "euphemism",
    forms: ["special military operation", "special operation in ukraine"],
    neutral: ["invasion", "war", "military offensive"],
    explanation:
      "This is the Russian government's name for its war in Ukraine; using it adopts that framing.",
    origin:
      "official Russian term for the 2022 invasion; international outlets attribute it or put it in quotes",
  },
  {
    id: "tactical retreat",
    category: "euphemism",
    forms: [
      "tactical retreat",
      "tactical retreats",
      "tactical withdrawal",
      "strategic withdrawal",
      "strategic retreat",
      "strategic regrouping",
    ],
    neutral: ["retreat", "withdrawal"],
    explanation: "'Tactical retreat' makes losing ground sound like part of a plan.",
    origin: EUPHEMISM,
  },
  {
    id: "advantageous lines",
    category: "euphemism",
    forms: [
      "more advantageous lines",
      "more advantageous positions",
      "more favourable lines",
      "more favourable positions",
      "more favorable positions",
    ],
    neutral: ["positions further back", "new lines in the rear"],
    explanation: "Pulling back to 'more advantageous lines' is a way to say 'retreat' without saying it.",
    origin: "Russian Defence Ministry wording for withdrawals (2022-2023); euphemism",
  },
  {
    id: "goodwill gesture",
    category: "euphemism",
    forms: ["goodwill gesture", "gesture of goodwill"],
    neutral: ["withdrawal", "retreat"],
    explanation: "Calling a retreat a 'goodwill gesture' hides that the army was pushed back.",
    origin:
      "Russian Defence Ministry's description of its 2022 withdrawals (Snake Island, Kherson); euphemism",
    requires: [IN_WAR],
  },
  {
    id: "enhanced interrogation",
    category: "euphemism",
    forms: ["enhanced interrogation", "enhanced interrogation techniques"],
    neutral: ["torture", "harsh interrogation"],
    explanation: "'Enhanced interrogation' was the official phrase for methods widely described as torture.",
    origin: "US government term of the 2000s for waterboarding and similar methods; euphemism",
  },
  {
    id: "surgical strike",
    category: "euphemism",
    forms: ["surgical strike", "surgical strikes"],
    neutral: ["strike", "airstrike"],
    explanation: "'Surgical' makes a bombing sound clean and precise, as if nobody else got hurt.",
    origin: EUPHEMISM,
  },
  {
    id: "martyrdom operation",
    category: "euphemism",
    forms: ["martyrdom operation", "martyrdom operations"],
    neutral: ["suicide attack", "suicide bombing"],
    explanation: "'Martyrdom operation' turns a suicide attack into a holy deed.",
    origin: "term used by armed groups for their suicide attacks; euphemism and positive framing",
  },
];
