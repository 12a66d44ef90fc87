import { COMBATANTS, PEOPLE, PLACES } from "./context-words";
import type { ActionClass } from "./types";

/**
 * Kinds of action that reports describe with different words for different sides. A term's leaning
 * matters: "liberated" (favourable) for one side and "captured" (plain) for the other is the classic
 * asymmetry; "captured" and "recaptured" are both plain and make none.
 */
export const ACTION_CLASSES: readonly ActionClass[] = [
  {
    action: "taking territory",
    object: PLACES,
    objectMayBeName: true,
    terms: [
      { forms: ["liberated", "liberates", "liberating"], leaning: "favourable" },
      { forms: ["freed", "frees", "freeing"], leaning: "favourable" },
      { forms: ["captured", "captures", "capturing"], leaning: "plain" },
      {
        forms: ["recaptured", "recaptures", "recapturing", "retook", "retaken", "retakes", "retaking"],
        leaning: "plain",
      },
      { forms: ["seized", "seizes", "seizing"], leaning: "plain" },
      {
        forms: [
          "took control of",
          "takes control of",
          "taking control of",
          "taken control of",
          "gained control of",
          "seized control of",
        ],
        leaning: "plain",
      },
      { forms: ["overran", "overrun", "overruns", "overrunning"], leaning: "plain" },
      { forms: ["occupied", "occupies", "occupying"], leaning: "unfavourable" },
      { forms: ["fell to"], leaning: "plain", actorAfter: "to" },
    ],
  },
  {
    action: "killing",
    object: PEOPLE,
    objectMayBeName: false,
    terms: [
      { forms: ["eliminated", "eliminates", "eliminating"], leaning: "sanitising" },
      {
        forms: ["neutralised", "neutralized", "neutralises", "neutralizes", "neutralising", "neutralizing"],
        leaning: "sanitising",
      },
      { forms: ["liquidated", "liquidates", "liquidating"], leaning: "sanitising" },
      { forms: ["took out", "takes out", "taking out"], leaning: "sanitising" },
      { forms: ["killed", "kills", "killing"], leaning: "plain" },
      // Murder and massacre of civilians are often the plain words for what happened; they lean only
      // when used for fighters killed in battle.
      { forms: ["murdered", "murders", "murdering"], leaning: "condemning", object: COMBATANTS },
      {
        forms: ["massacred", "massacres", "massacring", "slaughtered", "slaughters", "slaughtering"],
        leaning: "condemning",
        object: COMBATANTS,
      },
    ],
  },
  {
    action: "withdrawing",
    object: [],
    objectMayBeName: false,
    terms: [
      {
        forms: ["tactical retreat", "tactical withdrawal", "strategic withdrawal", "regrouped", "redeployed"],
        leaning: "favourable",
      },
      {
        forms: ["withdrew", "withdraws", "withdrawing", "pulled back", "pulled out", "retreated", "retreats"],
        leaning: "plain",
      },
      {
        forms: ["fled", "flees", "fleeing", "ran away", "abandoned their positions", "routed"],
        leaning: "unfavourable",
      },
    ],
  },
];
