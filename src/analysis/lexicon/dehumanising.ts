import { CONFLICT } from "./context-words";
import type { ContextRule, LexiconEntry } from "./types";

const DEHUMANISING =
  "genocide research on dehumanising speech: Nazi propaganda called Jews 'rats', Rwandan radio called Tutsis 'cockroaches' (1994)";

/** The word is aimed at people: a sentence about fighting, or "these rats", "like animals". */
const AT_PEOPLE: readonly ContextRule[] = [
  { sentence: CONFLICT, note: "in a sentence about fighting, the animal word is aimed at people" },
  {
    before: ["these", "those", "such", "human", "dirty", "like", "you", "them"],
    window: 2,
    note: "'these rats', 'called them cockroaches': the word is aimed at people",
  },
];

const LITERAL_ANIMALS: ContextRule = {
  sentence: [
    "rodent",
    "rodents",
    "mice",
    "pest",
    "pests",
    "laboratory",
    "lab",
    "zoo",
    "wildlife",
    "species",
    "farm",
    "pet",
    "pets",
    "vet",
    "veterinary",
    "infection",
    "disease",
    "sewer",
    "sewers",
  ],
  note: "real animals: pests, labs, zoos, farms, disease",
};

/** Dehumanising words: people described as animals, pests or filth. */
export const DEHUMANISING_WORDS: readonly LexiconEntry[] = [
  {
    id: "vermin",
    category: "dehumanising",
    forms: ["vermin", "rats", "cockroaches", "parasites", "scum"],
    neutral: ["fighters", "people", "opponents"],
    explanation:
      "Calling people vermin or rats treats them as pests to be wiped out; such words have come before massacres.",
    origin: DEHUMANISING,
    requires: AT_PEOPLE,
    unless: [LITERAL_ANIMALS],
  },
  {
    id: "animals",
    category: "dehumanising",
    forms: ["animals", "beasts"],
    neutral: ["fighters", "people", "soldiers"],
    explanation: "Calling people animals or beasts denies they are human.",
    origin: DEHUMANISING,
    requires: [
      {
        before: ["these", "those", "such", "human", "you", "are", "were", "like"],
        window: 2,
        note: "aimed at people: 'these animals', 'they are beasts', 'fight like animals'",
      },
    ],
    unless: [
      LITERAL_ANIMALS,
      {
        before: ["treated", "treat", "treating", "caged", "kept"],
        window: 3,
        note: "'treated like animals' describes how people were treated, it does not call them animals",
      },
    ],
  },
  {
    id: "subhuman",
    category: "dehumanising",
    forms: ["subhumans", "subhuman", "sub humans", "untermenschen", "savages", "barbarians"],
    neutral: ["fighters", "people", "enemies"],
    explanation: "Calling people subhuman or savages denies they are human.",
    origin: DEHUMANISING,
  },
  {
    id: "orcs",
    category: "dehumanising",
    forms: ["orcs", "orc"],
    neutral: ["Russian soldiers", "troops"],
    explanation:
      "'Orcs', the monsters of Tolkien's stories, is slang that turns enemy soldiers into monsters.",
    origin: "Ukrainian slang for Russian soldiers since 2014, from Tolkien; dehumanising",
    unless: [
      {
        sentence: ["tolkien", "lord of the rings", "fantasy", "game", "games", "film", "novel"],
        note: "orcs in fiction and games",
      },
    ],
  },
  {
    id: "infestation",
    category: "dehumanising",
    forms: ["infestation", "infested", "infest", "infesting"],
    neutral: ["presence", "held by", "controlled by"],
    explanation: "'Infested' treats people like insects that must be exterminated.",
    origin: DEHUMANISING,
    requires: [
      {
        before: [
          "terrorist",
          "terrorists",
          "militant",
          "militants",
          "jihadist",
          "rebel",
          "rebels",
          "nazi",
          "enemy",
        ],
        window: 2,
        note: "'terrorist-infested': people, not insects",
      },
      {
        after: [
          "terrorists",
          "militants",
          "jihadists",
          "rebels",
          "fighters",
          "nazis",
          "enemy",
          "with terrorists",
        ],
        window: 2,
        note: "'infested with militants'",
      },
    ],
  },
  {
    id: "hordes",
    category: "dehumanising",
    forms: ["hordes", "horde"],
    neutral: ["many fighters", "large numbers of"],
    explanation: "'Hordes' turns people into a faceless, threatening mass.",
    origin: DEHUMANISING,
    requires: [{ sentence: CONFLICT, note: "aimed at people in a conflict" }],
    unless: [
      {
        after: [
          "tourists",
          "fans",
          "shoppers",
          "visitors",
          "students",
          "reporters",
          "journalists",
          "locusts",
          "flies",
        ],
        window: 2,
        note: "crowds of tourists and swarms of insects",
      },
    ],
  },
  {
    id: "monster",
    category: "dehumanising",
    forms: [
      "monster",
      "monsters",
      "vultures",
      "leeches",
      "bloodsuckers",
      "parasitic",
      "snakes",
      "swine",
      "sheeple",
      "pigs",
      "jackals",
      "hyenas",
    ],
    neutral: ["people", "officials", "critics"],
    explanation: "Calling people monsters, vultures or pigs makes them less than human and easier to hate.",
    origin: DEHUMANISING,
    requires: [
      {
        before: [
          "these",
          "those",
          "that",
          "this",
          "such",
          "like",
          "you",
          "them",
          "human",
          "are",
          "were",
          "is",
          "was",
          "real",
          "political",
          "greedy",
          "corporate",
        ],
        window: 2,
        note: "aimed at people: 'these vultures', 'he is a monster', 'political leeches'",
      },
    ],
    unless: [
      LITERAL_ANIMALS,
      {
        sentence: [
          "movie",
          "film",
          "films",
          "truck",
          "trucks",
          "cookie",
          "loch",
          "godzilla",
          "sea",
          "ocean",
          "snake",
          "farmers",
          "pork",
          "meat",
          "guinea",
        ],
        note: "films, monster trucks, real animals",
      },
    ],
  },
  {
    id: "swarm",
    category: "dehumanising",
    forms: [
      "swarm of migrants",
      "swarms of migrants",
      "swarming",
      "flood of migrants",
      "flood of immigrants",
      "floods of migrants",
      "flooding across",
      "flooding into",
      "migrant invasion",
      "invasion of migrants",
      "invasion of illegal",
      "tide of migrants",
      "waves of migrants",
      "influx of illegal",
    ],
    neutral: ["arrival of migrants", "number of migrants", "migrants arriving"],
    explanation:
      "Describing migrants as a swarm, flood or invasion turns people into a natural disaster or an army.",
    origin: DEHUMANISING,
    unless: [
      {
        sentence: ["bees", "insects", "locusts", "water", "river", "rain", "rains", "storm"],
        note: "real swarms and floods",
      },
    ],
  },
];
