import type { LoadedCategory } from "../types";

/**
 * Byline's loaded-language lexicon (MIT). Each entry: the word forms it matches (lower case, whole
 * words), its category, neutral alternatives, an explanation a teenager can read, and where the idea
 * comes from. Context rules keep innocent uses out: `notFollowedBy` / `notPrecededBy` veto a match by
 * the words right after / before it; `onlyFollowedBy` / `onlyPrecededBy` require such words.
 */
export interface LexiconEntry {
  id: string;
  forms: readonly string[];
  category: LoadedCategory;
  neutral: readonly string[];
  explanation: string;
  origin: string;
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
  onlyFollowedBy?: RegExp;
  onlyPrecededBy?: RegExp;
}

const AP =
  "AP Stylebook guidance on terrorism and value-laden labels: describe what people did, attribute labels";
const REUTERS = "Reuters Handbook of Journalism, 'value judgements' and 'terrorism' sections";
const BBC = "BBC Editorial Guidelines on the language of war, conflict and terrorism";
const EUPHEMISM = "Orwell, 'Politics and the English Language' (1946): euphemism that hides killing";
const PROPAGANDA = "Institute for Propaganda Analysis (1937): name-calling and glittering generalities";
const DEHUMANISING = "Genocide-studies research on dehumanising speech (e.g. Stanton's 'ten stages')";

/** Words right after "regime" or before it that make it a plan or a system, not a government. */
const NOT_A_GOVERNMENT_BEFORE =
  /(dietary|diet|tax|visa|sanctions|exchange[- ]rate|training|treatment|drug|fitness|trade|customs|legal|regulatory|tariff|exercise|feeding|medication|pension|inspection|control|fiscal|monetary|flow|thermal|operating|safety|rainfall|climate|water|fire|sleep)[\s-]+$/i;

export const LOADED_TERMS: readonly LexiconEntry[] = [
  {
    id: "terrorist",
    forms: [
      "terrorists",
      "terrorist",
      "terrorist group",
      "terrorist groups",
      "terror group",
      "terror groups",
    ],
    category: "label",
    neutral: ["militants", "armed group", "fighters"],
    explanation:
      "Calling a group 'terrorists' judges it; a careful writer says what the group did and who calls it that.",
    origin: AP,
    notFollowedBy: /^\s+(act|organi[sz]ation list|designation)\b/i,
  },
  {
    id: "counter-terrorism",
    forms: ["counter-terrorism", "counter-terrorist", "anti-terrorist", "anti-terrorism"],
    category: "label",
    neutral: ["military", "security", "combat"],
    explanation: "Calling one side's fighting 'counter-terrorism' labels everyone it fights as terrorists.",
    origin: BBC,
    notFollowedBy: /^\s+(law|laws|act|legislation|court|unit of the police)\b/i,
  },
  {
    id: "radical",
    forms: [
      "radicals",
      "radical groups",
      "radical group",
      "radical militants",
      "radical behavior",
      "radical behaviour",
    ],
    category: "label",
    neutral: ["armed groups", "militants", "opposition fighters"],
    explanation: "'Radicals' lumps people together as extreme without saying what they believe or did.",
    origin: REUTERS,
    notPrecededBy: /free\s+$/i,
  },
  {
    id: "mercenary",
    forms: ["mercenaries", "mercenary"],
    category: "label",
    neutral: ["foreign fighters", "fighters", "contractors"],
    explanation: "'Mercenaries' says the fighters only fight for money, a charge the article does not prove.",
    origin: PROPAGANDA,
  },
  {
    id: "proxy",
    forms: ["proxies", "proxy", "proxy force", "proxy forces", "proxy groups"],
    category: "label",
    neutral: ["allied groups", "backed groups", "allies"],
    explanation: "'Proxies' paints fighters as puppets of a foreign power instead of naming who backs whom.",
    origin: BBC,
    notFollowedBy: /^\s+(war|wars|server|servers|vote|votes|statement|measure|variable|indicator)\b/i,
    notPrecededBy: /\bby\s+$/i,
  },
  {
    id: "thug",
    forms: ["thugs", "thug"],
    category: "label",
    neutral: ["attackers", "men", "supporters"],
    explanation: "'Thugs' is an insult: it judges the people instead of describing what they did.",
    origin: PROPAGANDA,
  },
  {
    id: "regime",
    forms: ["regime", "regimes"],
    category: "label",
    neutral: ["government", "administration", "authorities"],
    explanation: "'Regime' casts a government as illegitimate; 'government' is the neutral word.",
    origin: BBC,
    notPrecededBy: NOT_A_GOVERNMENT_BEFORE,
  },
  {
    id: "criminal-regime",
    forms: ["criminal regime", "criminal behavior", "criminal behaviour"],
    category: "label",
    neutral: ["government", "actions"],
    explanation: "Calling a side 'criminal' is a verdict no court has given in the article.",
    origin: PROPAGANDA,
  },
  {
    id: "extremist",
    forms: ["extremists"],
    category: "label",
    neutral: ["armed groups", "militants"],
    explanation: "'Extremists' is a blanket label; say which group and what it did.",
    origin: REUTERS,
  },
  {
    id: "occupier",
    forms: ["occupiers", "occupier", "occupation forces", "occupation army"],
    category: "label",
    neutral: ["troops", "forces", "the army"],
    explanation: "'Occupiers' takes a side on who rightfully holds the land; name the army instead.",
    origin: BBC,
  },
  {
    id: "nazi",
    forms: ["neo-nazis", "neo-nazi", "nazis", "nazi"],
    category: "label",
    neutral: ["nationalist units", "the unit's name", "soldiers"],
    explanation:
      "'Nazis' used for today's enemies is name-calling that borrows the horror of the Second World War.",
    origin: PROPAGANDA,
    notFollowedBy: /^\s+(germany|era|regime of hitler|party of the 1930s)\b/i,
  },
  {
    id: "propaganda",
    forms: ["assadist propaganda", "propaganda"],
    category: "label",
    neutral: ["claims", "statements"],
    explanation:
      "Dismissing reports as 'propaganda' or their authors as 'Assadists' attacks the source instead of checking the claim.",
    origin: PROPAGANDA,
    notPrecededBy: /(anti|counter)-?\s*$/i,
  },
  {
    id: "assadist",
    forms: ["assadists", "assadist"],
    category: "label",
    neutral: ["government supporters"],
    explanation: "'Assadists' reduces people to followers of one man; say who they are.",
    origin: PROPAGANDA,
  },
  {
    id: "bandit",
    forms: ["bandits", "bandit formations", "bandit groups"],
    category: "label",
    neutral: ["armed groups", "fighters"],
    explanation: "'Bandits' turns an armed side into common criminals without saying what they did.",
    origin: PROPAGANDA,
  },
  {
    id: "puppet",
    forms: ["puppets", "puppet government", "puppet regime", "puppet forces"],
    category: "label",
    neutral: ["allies", "the government", "backed forces"],
    explanation: "'Puppet' claims someone else pulls the strings; the article does not show that.",
    origin: PROPAGANDA,
  },
  {
    id: "eliminated",
    forms: ["eliminated", "eliminate", "eliminates", "eliminating", "elimination of"],
    category: "euphemism",
    neutral: ["killed", "destroyed"],
    explanation: "'Eliminated' hides that people were killed; say 'killed'.",
    origin: EUPHEMISM,
    notFollowedBy:
      /^\s+(from\s+(the\s+)?(cup|tournament|competition|race|contest|league|playoffs?|round|show|semi-?finals?|quarter-?finals?|world cup)|the\s+(need|risk|bug|possibility|deficit|waste|backlog|errors?|costs?)|bugs?|errors?|waste|costs?|jobs?|fees|taxes|tariffs|subsidies|poverty|polio|malaria|duplicates?|in the (first|second|third|group|early|opening) (round|stage|stages))\b/i,
  },
  {
    id: "cleaning",
    forms: ["cleaning", "cleansing", "clean up", "cleaned up", "cleaning up", "mopping up", "mop-up"],
    category: "euphemism",
    neutral: ["taking control of", "attacking", "capturing"],
    explanation: "'Cleaning' an area makes fighting and killing sound like housework.",
    origin: EUPHEMISM,
    notFollowedBy:
      /^\s+(crews?|products?|staff|services?|company|companies|lady|supplies|costs?|the (house|home|kitchen|streets?|beach|river|office|room|mess|site|spill|oil|debris|rubble)|operations? after the (flood|storm|spill)|debris|rubble|oil)\b/i,
    notPrecededBy: /(street|house|dry|window|carpet|deep|spring|beach|river|teeth|dental|office)\s+$/i,
  },
  {
    id: "neutralised",
    forms: ["neutralised", "neutralized", "neutralise", "neutralize", "neutralising", "neutralizing"],
    category: "euphemism",
    neutral: ["killed", "destroyed"],
    explanation: "'Neutralised' is a soft word for killing or destroying.",
    origin: EUPHEMISM,
    notFollowedBy: /^\s+(the\s+)?(acid|base|solution|odou?rs?|ph|charge|effect|taste|smell|toxins?|venom)\b/i,
  },
  {
    id: "liquidated",
    forms: ["liquidated", "liquidate", "liquidating"],
    category: "euphemism",
    neutral: ["killed"],
    explanation: "'Liquidated' treats killing people like closing a business.",
    origin: EUPHEMISM,
    notFollowedBy:
      /^\s+(the\s+|its\s+|their\s+)?(company|assets|firm|business|stock|holdings|fund|shares|positions? in|debts?|accounts?|estate)\b/i,
    notPrecededBy: /(company|firm|business|fund|bank|estate)\s+(was|were|is|has been)\s+$/i,
  },
  {
    id: "took-out",
    forms: ["took out", "take out", "taken out", "taking out"],
    category: "euphemism",
    neutral: ["killed", "destroyed"],
    explanation: "'Took out' is slang that hides killing or destruction.",
    origin: EUPHEMISM,
    onlyFollowedBy:
      /^\s+(\w+\s+){0,3}?(militants?|fighters|soldiers|troops|commanders?|leaders?|targets?|positions?|tanks?|vehicles?|enemy|insurgents|rebels)\b/i,
  },
  {
    id: "collateral-damage",
    forms: ["collateral damage"],
    category: "euphemism",
    neutral: ["civilian deaths", "civilian casualties"],
    explanation: "'Collateral damage' hides that civilians were killed or hurt.",
    origin: EUPHEMISM,
  },
  {
    id: "special-military-operation",
    forms: ["special military operation"],
    category: "euphemism",
    neutral: ["invasion", "war", "military offensive"],
    explanation: "'Special military operation' is the Russian government's term that avoids the word 'war'.",
    origin: BBC,
  },
  {
    id: "tactical-retreat",
    forms: ["tactical retreat", "tactical withdrawal"],
    category: "euphemism",
    neutral: ["retreat", "withdrawal"],
    explanation:
      "'Tactical retreat' makes a loss sound planned; 'retreat' or 'withdrawal' says what happened.",
    origin: EUPHEMISM,
  },
  {
    id: "liberated",
    forms: ["liberated", "liberate", "liberates", "liberating", "liberation of"],
    category: "positive-framing",
    neutral: ["took control of", "captured", "retook"],
    explanation:
      "'Liberated' says the people there wanted this army; 'took control of' says what happened without taking sides.",
    origin: BBC,
    notFollowedBy:
      /^\s+(\w+\s+)?(funds?|money|cash|capital|memory|memories|energy|heat|gas|oxygen|hydrogen|animals|hens|chickens|dogs|prisoners?|hostages?|slaves?|women|themselves|himself|herself|myself|ourselves|from (prison|slavery|captivity|a cage|jail))\b/i,
  },
  {
    id: "heroic",
    forms: ["heroic", "heroically", "heroes", "hero", "heroism"],
    category: "positive-framing",
    neutral: ["soldiers", "fighters"],
    explanation: "'Heroes' praises one side's fighters; a news report describes what they did.",
    origin: PROPAGANDA,
    notFollowedBy: /^\s+(of the (match|game|night|day)|sandwich)\b/i,
    notPrecededBy: /(super|local|guitar|war|unsung|sandwich)[\s-]+$/i,
  },
  {
    id: "brave",
    forms: ["brave", "bravely", "valiant", "valiantly", "glorious", "courageous"],
    category: "positive-framing",
    neutral: ["(no praise word)"],
    explanation: "Praise like 'brave' tells you how to feel about one side instead of what happened.",
    origin: PROPAGANDA,
  },
  {
    id: "freedom-fighters",
    forms: ["freedom fighters", "freedom fighter", "revolutionaries"],
    category: "positive-framing",
    neutral: ["rebels", "opposition fighters", "armed opposition"],
    explanation: "'Freedom fighters' praises a side's cause; 'rebels' or 'opposition fighters' describes it.",
    origin: AP,
  },
  {
    id: "martyr",
    forms: ["martyrs", "martyr", "martyred", "martyrdom"],
    category: "positive-framing",
    neutral: ["killed", "dead fighters", "those killed"],
    explanation: "'Martyrs' turns people killed in war into holy heroes of one side.",
    origin: BBC,
  },
  {
    id: "devastating-blow",
    forms: ["devastating blow", "crushing blow", "crushing defeat", "decisive blow", "heavy blow"],
    category: "intensifier",
    neutral: ["attack", "defeat", "losses"],
    explanation: "'Devastating blow' dramatises the outcome; the article should show the losses instead.",
    origin: REUTERS,
  },
  {
    id: "pulverized",
    forms: ["pulverized", "pulverised", "pulverizing", "pulverising", "obliterated", "annihilated"],
    category: "intensifier",
    neutral: ["hit", "struck", "destroyed"],
    explanation: "'Pulverized' is dramatic; 'hit' or 'destroyed' reports the strike without cheering it.",
    origin: REUTERS,
  },
  {
    id: "slammed",
    forms: ["slammed", "slams", "blasted", "blasts", "lashed out at", "ripped into"],
    category: "intensifier",
    neutral: ["criticised", "said"],
    explanation: "'Slammed' makes criticism sound like a fight; 'criticised' says what happened.",
    origin: AP,
    notFollowedBy:
      /^\s+(into|the door|shut|on the brakes|through|a hole|open|apart|away|off|out of|rock|music)\b|^\s+\w+\s+(into|through)\b/i,
  },
  {
    id: "savage",
    forms: ["savage", "savagely", "brutal", "brutally", "barbaric", "barbarous", "bloodthirsty", "ruthless"],
    category: "intensifier",
    neutral: ["violent", "deadly", "heavy"],
    explanation: "Words like 'savage' judge the attackers; report what happened and let readers judge.",
    origin: REUTERS,
    notFollowedBy: /^\s+(heat|cold|winter|summer|schedule|honesty|workout|truth|competition|weather)\b/i,
  },
  {
    id: "massacre",
    forms: [
      "massacre",
      "massacres",
      "massacred",
      "slaughter",
      "slaughtered",
      "bloodbath",
      "carnage",
      "butchered",
    ],
    category: "intensifier",
    neutral: ["killing", "killed", "attack"],
    explanation: "'Massacre' is a verdict on a killing; report who was killed, how, and who says so.",
    origin: REUTERS,
    notFollowedBy: /^\s+(of\s+)?(cattle|livestock|sheep|animals|pigs|chickens)\b|^house/i,
  },
  {
    id: "vermin",
    forms: [
      "vermin",
      "cockroaches",
      "infestation",
      "subhuman",
      "sub-human",
      "scum",
      "orcs",
      "hordes",
      "savages",
    ],
    category: "dehumanising",
    neutral: ["people", "fighters", "soldiers"],
    explanation:
      "Calling people vermin or hordes treats them as less than human, which has long prepared the way for atrocities.",
    origin: DEHUMANISING,
  },
  {
    id: "animals",
    forms: ["animals", "rats", "beasts"],
    category: "dehumanising",
    neutral: ["people", "fighters"],
    explanation: "Calling people animals treats them as less than human.",
    origin: DEHUMANISING,
    onlyPrecededBy: /\b(these|those|like|are|were|such|bunch of|pack of)\s+$/i,
  },
];
