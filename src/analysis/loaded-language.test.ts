import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { findAttributions } from "./attributions";
import { findLoadedTerms } from "./loaded-language";
import { splitSentences } from "./sentences";
import { type Attribution, HEADLINE_SENTENCE, type LoadedTerm, type Sentence } from "./types";

function sentencesOf(text: string): Sentence[] {
  return splitSentences(text, [{ start: 0, end: text.length }]);
}

/** Loaded terms with no attributions: every word is the outlet's unless it sits in a quotation. */
function loadedIn(text: string, attributions: Attribution[] = []): LoadedTerm[] {
  return findLoadedTerms(text, sentencesOf(text), attributions);
}

/** Loaded terms with the real attribution finder, as the analysis runs them. */
function analysedLoadedIn(text: string): LoadedTerm[] {
  const sentences = sentencesOf(text);
  return findLoadedTerms(text, sentences, findAttributions(text, sentences));
}

function found(text: string): [string, string][] {
  return loadedIn(text).map((term) => [term.text, term.category]);
}

/** A hand-made attribution: `source` said `claim`, both found in `text` (sentence 0). */
function attribution(text: string, source: string, claim: string): Attribution {
  const sourceStart = text.indexOf(source);
  const claimStart = text.indexOf(claim);
  const cueStart = sourceStart + source.length + 1;
  return {
    source,
    sourceKind: "media-outlet",
    sourceSpan: { start: sourceStart, end: sourceStart + source.length },
    resolvedSource: source,
    cue: "claimed",
    cueSpan: { start: cueStart, end: cueStart + "claimed".length },
    cueTone: "distancing",
    claim,
    claimSpan: { start: claimStart, end: claimStart + claim.length },
    sentence: 0,
    start: sourceStart,
    end: cueStart + "claimed".length,
  };
}

describe("findLoadedTerms", () => {
  it('flags "liberated" for a village taken by the army with its neutral alternative "took control of"', () => {
    const text = "Army troops liberated the village of Misherfah.";
    expect(loadedIn(text)).toEqual([
      {
        text: "liberated",
        category: "positive-framing",
        neutral: ["took control of", "captured", "entered"],
        explanation: expect.stringMatching(/side/),
        voice: "author",
        speaker: null,
        sentence: 0,
        start: 12,
        end: 21,
      },
    ]);
  });

  describe("labels and name-calling", () => {
    it.each([
      ["Two weapon depots belonging to radicals were hit.", "radicals"],
      ["The army attacked radical groups in the south.", "radical groups"],
      ["In many cases terrorists used Turkish weapons.", "terrorists"],
      ["Foreign mercenaries guard the mines.", "mercenaries"],
      ["Turkish proxies cannot act without Ankara.", "proxies"],
      ["The Syrian National Army is the main proxy force of Turkey.", "proxy force"],
      ["Thugs attacked the marchers.", "Thugs"],
      ["The regime shelled the town.", "regime"],
      ["Several foreign jihadi groups joined the attack.", "jihadi"],
      ["Extremists control the valley.", "Extremists"],
      ["Assad militias entered the village.", "militias"],
      ["The occupiers built a new base.", "occupiers"],
      ["Ukrainian neo-Nazis shelled the city.", "neo-Nazis"],
      ["The army will continue its counter-terrorism efforts in the north.", "counter-terrorism efforts"],
      ["The troops will resume their anti-terrorist activities.", "anti-terrorist activities"],
      ["All claims about the advance are just Assadist propaganda.", "Assadist propaganda"],
      ["Russian propagandists insisted the village was still contested.", "propagandists"],
      ["The Russian occupation and its allies have displaced 700,000 people.", "occupation"],
      ["Its sectarian militias looted the town.", "sectarian militias"],
      ["The criminal regime must fall.", "criminal regime"],
      ["The ministry said Ukrainian nationalist formations attacked at dawn.", "nationalist formations"],
      ["The plan is Turkey's latest neo-Ottoman adventure in Libya.", "neo-Ottoman"],
      ["That went about as well as the radical left deserved.", "radical left"],
      ["The amendment paid for another green jobs boondoggle.", "boondoggle"],
      ["Regime media reported the fall of the town.", "Regime"],
      ["The diocese moved predator priests to new parishes.", "predator priests"],
      ["Parents warned of predator coaches at the club.", "predator coaches"],
    ])("flags the label in %j", (text, words) => {
      expect(found(text)).toEqual([[words, "label"]]);
    });

    it("flags each label in a pile-up", () => {
      expect(found("Regime thugs and their Takfiri allies fled.")).toEqual([
        ["Regime", "label"],
        ["thugs", "label"],
        ["Takfiri", "label"],
      ]);
    });
  });

  describe("a columnist's verdict on a scene", () => {
    it('flags "depressing" in an opinion sentence', () => {
      expect(found("Visit any bus station at night and you will find the same depressing queue.")).toEqual([
        ["depressing", "intensifier"],
      ]);
    });

    it("keeps the verb plain: higher rates are depressing demand", () => {
      expect(found("Economists said higher rates were depressing demand for new cars.")).toEqual([]);
    });
  });

  describe("neutral words that fit who is labelled", () => {
    it("offers protesters, not militants, for extremists marching in the street", () => {
      const [term] = loadedIn("The mayor said extremists had blocked the high street with a noisy march.");
      expect(term?.text).toBe("extremists");
      expect(term?.neutral[0]).toBe("protesters");
      expect(term?.neutral).not.toContain("militants");
    });

    it("keeps militants for extremists under arms", () => {
      const [term] = loadedIn("Extremists shelled the valley from the hills.");
      expect(term?.neutral[0]).toBe("militants");
    });

    it("offers their job, not soldiers, for heroic police officers", () => {
      const [term] = loadedIn("The heroic officers of the town's police cleared the square.");
      expect(term?.text).toBe("heroic");
      expect(term?.neutral).not.toContain("soldiers");
      expect(term?.neutral[0]).toBe("officers");
    });
  });

  describe("temper, manner, extremity and crime words pinned on a side", () => {
    it.each([
      ["The minister barked at the reporters and left the room.", "barked"],
      ["Aides were gabbing about peace while the budget collapsed.", "gabbing"],
      ["The senator exploded at reporters after the vote.", "exploded at"],
      ["The mayor vehemently denied the report.", "vehemently"],
      ["Officials zealously guarded the old rules.", "zealously"],
      ["It was a disingenuous reply to a fair question.", "disingenuous"],
      ["The paper ran a relentless campaign of smears against the judge.", "relentless"],
      ["The sheer size of the bill cost the town a year.", "sheer"],
      ["The memo showed utter contempt for the voters.", "utter"],
      ["Rampant fraud has slowed the housing scheme.", "Rampant"],
      ["The result was a crushing disappointment for the owners.", "crushing disappointment"],
      ["The rank hypocrisy of the council is plain to see.", "rank hypocrisy"],
      ["The columnist made wild claims about the vaccine.", "wild claims"],
      ["Here is the dirty secret of the housing market.", "dirty secret"],
      ["The self-serving decision cost the town its library.", "self-serving"],
      ["The merger was a power grab by the board.", "power grab"],
      ["The sale of the common was a land grab by the developer.", "land grab"],
      ["The channel keeps peddling lies about the vote.", "peddling"],
      ["Members blindly follow the leader.", "blindly"],
      ["The figures were grossly exaggerated.", "grossly exaggerated"],
      ["The paper ran a hit job on the candidate.", "hit job"],
      ["The coach flew into a rage when the vote was lost.", "flew into a rage"],
      ["The launch of the new website was a train wreck.", "train wreck"],
      ["The judge coddles repeat offenders.", "coddles"],
      ["The mayor steamrolled the council into a vote.", "steamrolled"],
      ["The profligate council spent the reserve in a year.", "profligate"],
      ["The unions formed an unholy alliance with the landlords.", "unholy alliance"],
      ["The hearing was character assassination from start to finish.", "character assassination"],
      ["The committee is a kangaroo court.", "kangaroo court"],
      ["The ban was a knee-jerk response to one complaint.", "knee-jerk"],
      ["The new fee was slammed as a tax on the poor.", "slammed as"],
    ])("flags a word of temper, manner or degree in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "intensifier"]]);
    });

    it.each([
      ["The governor is a stooge of the oil lobby.", "stooge"],
      ["A few kooks wrote to the council about the plan.", "kooks"],
      ["The thieves in parliament voted themselves a pay rise.", "thieves"],
      ["The criminal cabal running the party must go.", "criminal cabal"],
      ["The minister signed a treasonous deal with the lobby.", "treasonous"],
      ["The rally drew gun-toting neighbours from three counties.", "gun-toting"],
      ["A few moonbats on the council blocked the plan.", "moonbats"],
      ["Anti-choice groups rallied outside the clinic.", "Anti-choice"],
      ["The senator wants to repeal the death tax.", "death tax"],
      ["The column blamed welfare queens for the deficit.", "welfare queens"],
      ["The new curriculum was written by godless teachers.", "godless"],
    ])("flags an epithet or a crime word used as a label in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "label"]]);
    });

    it("flags a side's flattering name for itself, as the stylebooks advise against it", () => {
      expect(found("Pro-life groups rallied outside the clinic.")).toEqual([
        ["Pro-life", "positive-framing"],
      ]);
    });

    it.each([
      ["The party tried to bury the allegations before the hearing.", "bury"],
      ["Rivals worked to torpedo her nomination.", "torpedo"],
      ["The new law will destroy the independence of the courts.", "destroy"],
    ])("flags a violent verb aimed at a political process or institution in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "violence-metaphor"]]);
    });

    it.each([
      "The dog barked at the postman every morning.",
      "The brakes screeched as the train pulled in.",
      "A whale spouted near the boat.",
      "A bomb exploded at the market, killing three people.",
      "Lawyers owe their clients zealous advocacy.",
      "Relentless rain flooded the valley for a week.",
      "Climbers scaled the sheer face of the cliff.",
      "He did not utter a word during the hearing.",
      "The crest shows a lion rampant on a blue field.",
      "Police said thieves stole two cars from the depot overnight.",
      "He was convicted of seditious conspiracy in 2023.",
      "The street vendor peddled fruit from a cart.",
      "He was convicted of influence peddling.",
      "In the smoke the firemen felt their way blindly along the wall.",
      "Psychologists call it the self-serving bias.",
      "Sales exploded at the start of the year.",
      "The train wreck killed four passengers.",
      "The lecture was about slut-shaming online.",
      "Coddled eggs are cooked gently in their shells.",
      "Stalin staged show trials of his rivals in the 1930s.",
      "The door slammed as she left the room.",
      "The doctor tapped below the kneecap to test the knee-jerk reflex.",
    ])("leaves the plain sense alone in %j", (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe("euphemisms", () => {
    it.each([
      ["The army eliminated several militants with guided missiles.", "eliminated"],
      ["Up to 9 militants were eliminated.", "eliminated"],
      ["Special forces neutralised two gunmen.", "neutralised"],
      ["The squad liquidated the rebel commander.", "liquidated"],
      ["A drone took out three fighters.", "took out"],
      ["The army and its allies continue steadily cleaning southern Idlib.", "cleaning"],
      ["The pilots called the dead collateral damage of the raid.", "collateral damage"],
      ["The special military operation entered its third year.", "special military operation"],
      ["The rebels conducted a tactical retreat.", "tactical retreat"],
      ["Units neutralised two assault groups of the brigade.", "neutralised"],
      [
        "The ministry admitted its forces had pulled back to more advantageous lines.",
        "more advantageous lines",
      ],
    ])("flags the euphemism in %j", (text, words) => {
      expect(found(text)).toEqual([[words, "euphemism"]]);
    });
  });

  describe("positive framing", () => {
    it.each([
      ["Government forces liberated the town of Luwaybidah.", "liberated"],
      ["The heroic defenders held the bridge.", "heroic"],
      ["The brave soldiers held the bridge.", "brave"],
      ["Freedom fighters attacked the convoy.", "Freedom fighters"],
      ["The funeral of the martyrs drew thousands.", "martyrs"],
      ["Ukraine liberated Kherson in November.", "liberated"],
      ["Revolutionaries pushed back the army near Saraqeb.", "Revolutionaries"],
    ])("flags the praise in %j", (text, words) => {
      expect(found(text)).toEqual([[words, "positive-framing"]]);
    });
  });

  describe("intensifiers and dramatic verbs", () => {
    it.each([
      ["The army delivered a devastating blow to the rebels.", "devastating blow"],
      ["Air strikes pulverized fortified positions.", "pulverized"],
      ["The minister slammed the decision.", "slammed"],
      ["Warplanes blasted militant positions.", "blasted"],
      ["It was a savage attack on the checkpoint.", "savage"],
      ["The brutal assault lasted three days.", "brutal"],
      ["The army crushed the rebellion within a week.", "crushed"],
      ["The militia massacred dozens of soldiers in the ambush.", "massacred"],
      ["The amendment would have gutted the state's rainy-day fund.", "gutted"],
      ["They tried to ram through a last-minute amendment.", "ram through"],
      ["Months of scorched-earth bombardment emptied the town.", "scorched-earth"],
      ["The new levy would annihilate the corner shops.", "annihilate"],
    ])("flags the dramatic word in %j", (text, words) => {
      expect(found(text)).toEqual([[words, "intensifier"]]);
    });
  });

  describe("dehumanising words", () => {
    it.each([
      ["The commander called the militants vermin.", "vermin"],
      ["These rats will be hunted down one by one.", "rats"],
      ["The broadcasts called them cockroaches.", "cockroaches"],
      ["The general said these animals will pay.", "animals"],
      ["Hordes of fighters crossed the border.", "Hordes"],
    ])("flags the dehumanising word in %j", (text, words) => {
      expect(found(text)).toEqual([[words, "dehumanising"]]);
    });

    it("flags both the euphemism and the label in 'liquidated about 40 ruscists'", () => {
      expect(found("Ukrainian artillery liquidated about 40 ruscists near Robotyne.")).toEqual([
        ["liquidated", "euphemism"],
        ["ruscists", "label"],
      ]);
    });

    it("flags both the label and the pest image in 'terrorist-infested'", () => {
      expect(found("The army entered the terrorist-infested district.")).toEqual([
        ["terrorist", "label"],
        ["infested", "dehumanising"],
      ]);
    });
  });

  describe("loaded language beyond war reporting", () => {
    it.each([
      ["The Dems rushed the vote through before the recess.", "The Dems", "label"],
      ["Left-wingers packed the hall for the debate.", "Left-wingers", "label"],
      ["The disgraced former mayor gave a speech on Friday.", "disgraced", "label"],
      ["A crowd of thugs blocked the entrance.", "thugs", "label"],
      ["The council hired three more lunatics to run the budget.", "lunatics", "label"],
      ["Woke activists disrupted the meeting.", "Woke activists", "label"],
      ["The loony fringe of the party wrote the motion.", "loony", "label"],
      ["The arch-conservative bishop refused to meet them.", "arch-conservative", "label"],
      ["The arch-liberal columnist cheered the ruling.", "arch-liberal", "label"],
      ["The renegade councillor voted with the opposition.", "renegade", "label"],
    ])("flags a contempt label for people in %j", (text, word, category) => {
      expect(found(text)).toEqual([[word, category]]);
    });

    it.each([
      ["The figures the ministry published are phony.", "phony"],
      ["Both candidates shed crocodile tears over the closure.", "crocodile tears"],
      ["The infamous memo was read out again.", "infamous"],
      ["The board stonewalled every question about the loan.", "stonewalled"],
      ["It was a misguided attempt to save money.", "misguided"],
      ["The pernicious scheme cost the town dearly.", "pernicious"],
      ["The much ballyhooed summit ended early.", "ballyhooed"],
      ["The regulators turned out to be paper tigers.", "paper tigers"],
      ["A string of blunders sank the bid.", "blunders"],
    ])("flags a verdict on a deal, a feeling or a name in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "intensifier"]]);
    });

    it("flags praise turned into worship and doom in a phrase", () => {
      expect(found("Fans lionized the coach after the final.")).toEqual([["lionized", "positive-framing"]]);
      expect(found("The club is in its death throes.")).toEqual([["death throes", "sensationalism"]]);
    });

    it("leaves forged papers called bogus, a disease and a gene alone", () => {
      expect(found("Border guards seized bogus passports at the crossing.")).toEqual([]);
      expect(found("She was treated for pernicious anaemia.")).toEqual([]);
      expect(found("The book made the selfish gene famous.")).toEqual([]);
      expect(found("A blunder in the endgame cost the grandmaster the chess title.")).toEqual([]);
    });

    it("flags a compound that brands people by what they hate, with any word before the hyphen", () => {
      expect(found("The Trump-hating press ignored the figures.")).toEqual([["Trump-hating", "label"]]);
      expect(found("Several Europe-bashing columnists wrote about it.")).toEqual([
        ["Europe-bashing", "label"],
      ]);
    });

    it.each([
      ["The senator called it a sinister plot by bankers.", "sinister plot"],
      ["The mayor is a puppet of the developers.", "puppet"],
      ["The marchers were paid agents of a foreign lobby.", "paid agents"],
      ["The paper is a mouthpiece for the ministry.", "mouthpiece"],
      ["He said the inquiry was a witch hunt.", "witch hunt"],
      ["The election was rigged, the candidate claimed.", "rigged"],
    ])("flags conspiracy framing in %j", (text, word) => {
      expect(found(text).filter(([, category]) => category === "conspiracy")).toEqual([[word, "conspiracy"]]);
    });

    it.each([
      ["The governor has declared war on free speech.", "declared war on"],
      ["The new rules will destroy the middle class.", "destroy"],
      ["The committee buried the report for a year.", "buried"],
      ["Party leaders weaponized the inquiry.", "weaponized"],
    ])("flags violence used as a metaphor for politics in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "violence-metaphor"]]);
    });

    it.each([
      ["A shocking report on school meals came out today.", "shocking"],
      ["The bombshell memo was leaked on Friday.", "bombshell"],
      ["Fans hailed the supplement as a miracle cure.", "miracle cure"],
      ["The vote was a devastating setback for the mayor.", "devastating"],
      ["The launch was an unprecedented fiasco.", "unprecedented"],
    ])("flags tabloid sensationalism in %j", (text, word) => {
      expect(found(text)[0]).toEqual([word, "sensationalism"]);
    });

    it.each([
      ["Everyone knows the plan will fail.", "Everyone knows"],
      ["As usual, the council blamed the weather.", "As usual"],
      ["The minister, as always, denied any fault.", "as always"],
    ])("flags a claim slipped in as common knowledge in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "presupposition"]]);
    });

    it.each([
      ["It was an outrageous lie from start to finish.", "outrageous lie"],
      ["The result was a total collapse of the coalition.", "total collapse"],
      ["Critics called the plan utter nonsense.", "utter nonsense"],
      ["The proposal is absurd.", "absurd"],
      ["This insane policy costs millions.", "insane"],
      ["The toxic debate divided the town.", "toxic"],
      ["The tyrannical new rule bans street music.", "tyrannical"],
      ["The article was a smear against the coach.", "smear"],
      ["He promised to drain the swamp.", "drain the swamp"],
      ["The aides did the dirty work for the mayor.", "dirty work"],
    ])("flags an intensified verdict in %j", (text, word) => {
      expect(found(text)).toEqual([[word, "intensifier"]]);
    });

    it.each([
      ["Officials kept calling it the Chinese virus.", "Chinese virus", "label"],
      ["Campus agitators blocked the hall.", "agitators", "label"],
      ["The plan is a mockery of the budget rules.", "mockery", "intensifier"],
      ["The new tax has been a disaster for small shops.", "disaster", "sensationalism"],
      ["The results left the panel stunned.", "stunned", "sensationalism"],
    ])("flags %j", (text, word, category) => {
      expect(found(text)).toEqual([[word, category]]);
    });

    it("flags every inflected form of a word listed once by its lemma", () => {
      for (const form of ["destroy", "destroys", "destroyed", "destroying"]) {
        expect(found(`The plan ${form} the economy.`)).toEqual([[form, "violence-metaphor"]]);
      }
      for (const form of ["smear", "smears", "smeared", "smearing"]) {
        expect(found(`Officials ${form} the coach in the press.`)).toEqual([[form, "intensifier"]]);
      }
      expect(found("She spoke absurdly about the absurd rule.")).toEqual([
        ["absurdly", "intensifier"],
        ["absurd", "intensifier"],
      ]);
    });

    it.each([
      ["The dictator opened the new stadium himself.", "dictator", "label"],
      ["The despotic mayor fired the whole board.", "despotic", "label"],
      ["The column was a calumny against the nurses.", "calumny", "intensifier"],
      ["A malevolent landlord raised the rents again.", "malevolent", "intensifier"],
      ["The council is a cesspool, the columnist wrote.", "cesspool", "intensifier"],
      ["The destructive new tax will hit farmers.", "destructive", "intensifier"],
      ["The board suffered a humiliating vote on Monday.", "humiliating", "intensifier"],
      ["Wolves in the town hall are fleecing the taxpayers.", "Wolves", "dehumanising"],
      ["The gruesome details of the contract emerged.", "gruesome", "sensationalism"],
      ["An eerie silence fell over the committee.", "eerie", "sensationalism"],
      ["The council spent an eye-popping sum on the logo.", "eye-popping", "sensationalism"],
      ["The new parking plan is absolutely worthless.", "absolutely", "intensifier"],
      ["The board's answer was downright silly.", "downright", "intensifier"],
      ["Activists fomented unrest at the town meeting.", "fomented", "intensifier"],
      ["The column whipped up anger against the mayor.", "whipped up", "intensifier"],
      ["The party's schizophrenic budget pleases nobody.", "schizophrenic", "intensifier"],
      ["Cutting the library was a suicidal move for the council.", "suicidal", "intensifier"],
      ["The mayor's tirade against the press lasted an hour.", "tirade", "intensifier"],
      ["Closing the clinic was a travesty.", "travesty", "intensifier"],
      ["The audit is a damning verdict on the board.", "damning", "intensifier"],
      ["The memo shows a glaring failure of oversight.", "glaring", "intensifier"],
      ["The course tries to indoctrinate pupils.", "indoctrinate", "intensifier"],
      ["The campaign hired goons to heckle the speaker.", "goons", "label"],
      ["She called on donors to stop funding the hate group.", "hate group", "label"],
      ["The far-left council voted to ban cars.", "far-left", "label"],
      ["Anti-science activists blocked the trial.", "Anti-science", "label"],
      ["The heavy-handed rules angered shop owners.", "heavy-handed", "intensifier"],
    ])("flags a word of contempt, verdict or sensation in %j", (text, word, category) => {
      expect(found(text)).toEqual([[word, category]]);
    });

    it.each([
      "A wall crushed two workers under rubble after the quake.",
      "Rescuers found a family crushed under rubble.",
      "The firm captured 12 per cent of the market.",
      "The tax regime changed again this spring.",
      "Cleaning products are on sale this week.",
      "The storm destroyed three houses and a bridge.",
      "They buried the victims in the village cemetery.",
      "The plot of the novel turns on a lost letter.",
      "She bought a small plot of land near the river.",
      "The puppet show delighted the children.",
      "Police said the bomb hoax call came at noon.",
      "The rig crew worked through the night in the oil field.",
      "The earthquake caused devastating damage to the old town.",
      "Toxic chemicals leaked into the river.",
      "A cervical smear test takes five minutes.",
      "The fans woke up early for the final.",
      "The surgeon proposed a radical operation.",
      "She was lying in bed when the phone rang.",
      "The town boasts a fine museum.",
      "The war on drugs began in the 1970s.",
      "It was business as usual at the market.",
      "A flash mob danced in the square.",
      "Crowds lined the road to see the runners.",
      "The drug typically takes two weeks to work.",
      "Aid reached the town days after the natural disaster.",
      "Crews battled the bushfire disaster for a week.",
      "Firefighters praised the disaster relief teams.",
      "Pilgrims at the shrine prayed for a miracle.",
      "A corrosive acid ate through the pipes.",
      "He finally found a job collecting garbage in the city.",
      "The editor threatened to sue the magazine for libel.",
      "Bats carry the virus, and these animals then infect other creatures.",
      "Police arrived minutes after the horrific shooting at the mall.",
      "The most devastating air attack in years hit the port.",
      "The Nazis called the plan the Final Solution.",
      "Players in the dictator game split ten dollars.",
      "Linus is the project's benevolent dictator.",
      "Inspectors found filth and rats in the kitchen.",
      "Termites are destructive pests in old houses.",
      "The protests turned violent and destructive overnight.",
      "Engineers ran destructive testing on the beam.",
      "Ranchers say wolves killed six calves near the forest.",
      "A pack of wolves crossed the park at dawn.",
      "The tickets are absolutely free for children.",
      "She was absolutely certain the bus had left.",
      "There is absolutely no fee for the permit.",
      "The chef whipped up eggs for the guests.",
      "Patients with schizophrenic symptoms waited months for treatment.",
      "The hotline helps people with suicidal thoughts.",
      "Doctors removed the cancerous cells last week.",
      "The museum remembers the victims of the 9/11 terrorist attacks.",
      "Officials feared a terrorist infiltration through the port.",
      "The senator lashed out at the board over the delay.",
      "Flooding left the roads in terrible shape for a week.",
      "Needless to say, the vote was delayed.",
      "The fact of the matter is that the bridge needs repairs.",
      "The referee called a flagrant foul in the last minute.",
      "Drivers squinted into the glaring sun.",
      "The watchdog designated the club a hate group in 2019.",
      "Her brother was stunned by the verdict.",
      "Pollsters found the plan too far left for most voters.",
      "Students were taught about explosive weapons in war zones.",
      "She lined the trash cans with paper.",
      "He was a predator in the wild, the keeper said of the old lion.",
    ])("keeps a plain sense plain in %j", (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('"regime": a side\'s label in a war, the common name of a government in diplomacy', () => {
    it.each([
      ["The regime's warplanes bombed the market at dawn.", "regime's"],
      ["Fighters repelled a regime assault on the hill.", "regime"],
      ["Pro-regime outlets praised the offensive.", "regime"],
    ])("flags it where a war is told in %j", (text, words) => {
      expect(found(text)).toEqual([[words, "label"]]);
    });

    it.each([
      "Diplomats hope the Iranian regime will return to the talks in Vienna.",
      "The White House rebuked the Saudi regime over the journalist's disappearance.",
      "Sanctions could topple a regime already beset by a crashing economy.",
      "The deal bars the regime from testing ballistic missiles.",
      "Analysts fear the regime could start a nuclear war.",
    ])(
      "leaves it in writing on diplomacy and arms control, where nobody in the sentence is fighting: %j",
      (text) => {
        expect(found(text)).toEqual([]);
      },
    );

    it("flags 'rogue regime' as a label and leaves a rogue wave alone", () => {
      expect(found("Talks with a rogue regime rarely end well.")).toEqual([["rogue regime", "label"]]);
      expect(found("A rogue wave swamped the small boat.")).toEqual([]);
    });
  });

  describe("context rules: no false alarms", () => {
    it.each([
      "Her dietary regime is strict.",
      "The tax regime changed in 2020.",
      "A visa regime applies to tourists.",
      "The sanctions regime was tightened.",
      "The bank kept its exchange-rate regime.",
      "The club's training regime is hard.",
      "Washington denied seeking regime change.",
      "The deal liberated funds for schools.",
      "Activists liberated animals from the lab.",
      "She said she felt liberated after the move.",
      "The team was eliminated from the cup.",
      "The reform eliminated the need for permits.",
      "The patch eliminated the bug.",
      "The base neutralised the acid.",
      "He took out a loan to buy a house.",
      "Cleaning crews swept the streets after the parade.",
      "Street cleaning resumed on Monday.",
      "Volunteers were cleaning up after the storm.",
      "The surgeon proposed radical surgery.",
      "The plan calls for radical change.",
      "Free radicals damage cells.",
      "The region faces brutal heat this week.",
      "Fans will brave the cold tonight.",
      "The plant burns pulverised coal.",
      "A car slammed into a wall.",
      "Researchers fed the rats a new diet in the lab.",
      "The martyrs of the early church are remembered on Sunday.",
      "The US designated the group a terrorist organisation in 2018.",
      "Anti-terrorist police arrested two men.",
      "Wagner mercenaries guarded the mine.",
      "Shareholders voted by proxy.",
      "Ethnic cleansing is a crime under international law.",
      "Protesters marched against police brutality.",
      "Doctors say a careful, gradual regime is safe.",
      "Gut bacteria ferment the fibre, which liberates short-chain fatty acids.",
      "A fire gutted the warehouse overnight.",
      "The French revolutionaries stormed the Bastille in the 18th century.",
      "The occupation of Iraq lasted eight years.",
      "Families living under military occupation need permits.",
      "Patients on the regime reported fewer side effects.",
      "Army engineers are cleaning the town of mines and explosive devices.",
      'Protesters carried signs reading "No more delays".',
      "Storm Ciara slammed Britain with winds of 90 mph.",
      "Allied troops liberated Auschwitz in January 1945.",
      "The sermon warned against those who call evil good.",
      "The pastor urged the parish to overcome evil with good.",
      "Scholars compared every authoritarian regime in the region.",
      "An electron and a positron annihilate each other.",
    ])("finds nothing loaded in %j", (text) => {
      expect(found(text)).toEqual([]);
    });

    it("never flags the plain words of reporting", () => {
      expect(
        found(
          "Government forces began an offensive, officials said. Fighters and troops clashed with militants and rebels. Civilians fled as the army captured the town. Insurgents killed two soldiers.",
        ),
      ).toEqual([]);
    });

    it("finds nothing in a neutral wire report", () => {
      const wire =
        "Syrian government forces took control of the town of Khan Sheikhoun on Tuesday after rebels withdrew, a war monitor said. " +
        "The Syrian Observatory for Human Rights said at least 30 fighters were killed in two days of clashes. " +
        "Turkey, which backs some rebel groups, said one of its observation posts was surrounded. " +
        "The United Nations said more than 400,000 people had fled the area since April.";
      expect(found(wire)).toEqual([]);
    });

    it("does not flag a word inside a name", () => {
      expect(
        found(
          "The Turkish-backed National Front for Liberation joined in. Officers of the Terrorist Finance Unit arrived. The Martyrs Brigade withdrew.",
        ),
      ).toEqual([]);
    });

    it("reads a capitalised word after a capitalised one and a title's small words as part of a title", () => {
      expect(found("His memoir, Diary of a Lunatic, came out in May.")).toEqual([]);
      expect(found("Given the Marxist leanings of the group, critics worried.")).toEqual([
        ["Marxist", "label"],
      ]);
    });

    it("reads a word after 'accused X of' as the charge someone made, not the writer's verdict", () => {
      expect(found("Prosecutors accused the clerk of lying to the court.")).toEqual([]);
      expect(found("Rivals accused the mayor of trying to sabotage the budget.")).toEqual([]);
      expect(found("The mayor kept lying to the court.")).toEqual([["lying", "intensifier"]]);
    });

    it("reads a line in title case in the body as a heading, where a capital makes no name", () => {
      expect(found("Senator Makes A Bizarre Claim About The Budget")).toEqual([["Bizarre", "intensifier"]]);
      expect(
        found("Officers of the Terrorist Finance Unit arrived at the Bizarre Bazaar on Monday."),
      ).toEqual([]);
    });

    it("does not flag a word talked about rather than used", () => {
      expect(found("Editors avoid the word “regime” in news reports.")).toEqual([]);
    });
  });

  describe("whose words: the author's or a quoted speaker's", () => {
    it("gives words inside a quotation to the speaker the attribution names", () => {
      const text = "“These terrorists will pay for every village,” said General Ivanov.";
      const [term] = analysedLoadedIn(text);
      expect(term).toMatchObject({ text: "terrorists", voice: "quoted", speaker: "General Ivanov" });
    });

    it("gives words inside a quotation next to a reporting verb to the speaker even when none is named", () => {
      const [term] = loadedIn("The statement said: “The heroic army will not stop.”");
      expect(term).toMatchObject({ text: "heroic", voice: "quoted", speaker: null });
    });

    it("gives words in a claim the article reports to the claimant", () => {
      const text = "Rebel media claimed that all reports of the advance were just propaganda.";
      const claimant = attribution(text, "Rebel media", "all reports of the advance were just propaganda");
      expect(loadedIn(text, [claimant])).toEqual([
        expect.objectContaining({ text: "propaganda", voice: "quoted", speaker: "Rebel media" }),
      ]);
    });

    it("keeps the outlet's own label for the source in the outlet's voice", () => {
      const text = "Regime media claimed that the town had fallen.";
      const claimant = attribution(text, "Regime media", "the town had fallen");
      expect(loadedIn(text, [claimant])).toEqual([
        expect.objectContaining({ text: "Regime", voice: "author", speaker: null }),
      ]);
    });

    it("gives the outlet the words of a claim it reports with a neutral verb such as 'said'", () => {
      expect(analysedLoadedIn("The ministry said the army eliminated 40 militants.")).toEqual([
        expect.objectContaining({ text: "eliminated", voice: "author", speaker: null }),
      ]);
    });

    it("gives a label someone else applies ('considers … a terrorist group') to them, not the outlet", () => {
      expect(loadedIn("Turkey considers the YPG a terrorist group.")).toEqual([
        expect.objectContaining({ text: "terrorist", voice: "quoted" }),
      ]);
      expect(loadedIn("The commander called the militants vermin.")).toEqual([
        expect.objectContaining({ text: "vermin", voice: "quoted" }),
      ]);
    });

    it("gives a word that someone dismisses, describes or accuses with to them, not the outlet", () => {
      const voices = (text: string) => loadedIn(text).map((term) => [term.text, term.voice]);
      expect(voices("The ministry dismissed the report as propaganda.")).toEqual([["propaganda", "quoted"]]);
      expect(voices("The opposition accused the government of spreading propaganda.")).toEqual([
        ["propaganda", "quoted"],
      ]);
      expect(voices("State television described the fighters as terrorists.")).toEqual([
        ["terrorists", "quoted"],
      ]);
    });

    it("gives words quoted in pieces to the claimant, not to the outlet as scare quotes", () => {
      const text = 'Pro-regime media claimed that the army had "cleansed" the villages of "terrorists".';
      const claimant = attribution(
        text,
        "Pro-regime media",
        'the army had "cleansed" the villages of "terrorists"',
      );
      expect(
        loadedIn(text, [claimant]).map((term) => [term.text, term.category, term.voice, term.speaker]),
      ).toEqual([
        ["regime", "label", "author", null],
        ["cleansed", "euphemism", "quoted", "Pro-regime media"],
        ["terrorists", "label", "quoted", "Pro-regime media"],
      ]);
    });

    it("gives the outlet a loaded word outside any quotation or claim", () => {
      expect(analysedLoadedIn("The army eliminated several militants.")).toEqual([
        expect.objectContaining({ text: "eliminated", voice: "author", speaker: null }),
      ]);
    });
  });

  describe("distancing devices", () => {
    it("flags scare quotes as the author's device even inside someone's claim", () => {
      const text =
        "Media outlets affiliated with Hayat Tahrir al-Sham claimed that the “Assad regime” suffered large casualties.";
      const claimant = attribution(
        text,
        "Media outlets affiliated with Hayat Tahrir al-Sham",
        "the “Assad regime” suffered large casualties",
      );
      expect(loadedIn(text, [claimant])).toEqual([
        {
          text: "“Assad regime”",
          category: "scare-quotes",
          neutral: ["Assad regime"],
          explanation: expect.stringMatching(/quotation marks/i),
          voice: "author",
          speaker: null,
          sentence: 0,
          start: text.indexOf("“"),
          end: text.indexOf("”") + 1,
        },
      ]);
    });

    it("flags the “moderate opposition” after 'According to them' as scare quotes", () => {
      expect(
        found("According to them, the “moderate opposition” just conducted a tactical retreat."),
      ).toEqual([
        ["“moderate opposition”", "scare-quotes"],
        ["tactical retreat", "euphemism"],
      ]);
    });

    it("does not take a real quotation, a partial quotation or a name for scare quotes", () => {
      expect(
        found(
          "“We will hold the line,” said the mayor. The army said it had “repelled attacks” overnight. The unit is known as the “Tiger Forces”.",
        ),
      ).toEqual([]);
    });

    it("gives the words of a speech printed one sentence a paragraph, up to its closing mark, to the speaker", () => {
      const text =
        "The nurse said: “We were never told a thing.\n\nTheir ‘scheme’ was a ridiculous joke.”\n\nThe board discussed a ‘reform’ again.";
      const paragraphs = text.split("\n\n").map((part) => {
        const start = text.indexOf(part);
        return { start, end: start + part.length };
      });
      expect(
        findLoadedTerms(text, splitSentences(text, paragraphs), []).map((term) => [term.text, term.voice]),
      ).toEqual([
        ["‘scheme’", "quoted"],
        ["ridiculous", "quoted"],
        ["‘reform’", "author"],
      ]);
    });

    it("gives a scare quote inside someone's speech to the speaker", () => {
      const [term] = loadedIn("He said: “Their so-called ‘moderate’ allies are nothing of the kind.”");
      expect(term).toMatchObject({ category: "so-called", voice: "quoted" });
    });

    it("flags 'so-called' with the name it casts doubt on, even a neutral one", () => {
      const text = "Washington avoided the ongoing standoff over the so-called Kurdish question.";
      expect(loadedIn(text)).toEqual([
        expect.objectContaining({
          text: "so-called Kurdish question",
          category: "so-called",
          neutral: ["Kurdish question"],
          voice: "author",
        }),
      ]);
    });

    it("reports 'so-called' and the quoted name after it as one device, from 'so-called' to the closing mark", () => {
      expect(loadedIn("The so-called “moderate opposition” retreated.")).toEqual([
        expect.objectContaining({
          text: "so-called “moderate opposition”",
          category: "so-called",
          neutral: ["moderate opposition"],
          explanation: expect.stringContaining("quotation marks"),
        }),
      ]);
      expect(found("Aid went to the so-called “humanitarian corridor.”")).toEqual([
        ["so-called “humanitarian corridor.”", "so-called"],
      ]);
      expect(loadedIn("Aid went to the so-called “humanitarian corridor.”")[0]?.neutral).toEqual([
        "humanitarian corridor",
      ]);
    });

    it("flags 'terror' only for what one side does to others, not for fear or a policy's name", () => {
      expect(found("The militia kept up its terror against farmers in the valley.")).toEqual([
        ["terror against", "intensifier"],
      ]);
      expect(found("Villagers fled in terror as the storm hit. The war on terror cost billions.")).toEqual(
        [],
      );
    });

    it("ends the name after 'so-called' before a past participle, as before a verb", () => {
      expect(found("Every piece of so-called proof put forward by the council was thin.")).toEqual([
        ["so-called proof", "so-called"],
      ]);
    });

    it("does not take the praise after 'so-called' for praise", () => {
      expect(found("The so-called freedom fighters fled.")).toEqual([
        ["so-called freedom fighters", "so-called"],
      ]);
    });
  });

  describe("offsets", () => {
    it("puts each finding on the exact words of the text with its sentence index", () => {
      const text =
        "Intro sentence here. Then troops liberated al-Tah and the so-called “moderate opposition” fled. Radicals lost.";
      const terms = loadedIn(text);
      expect(terms.map((term) => [term.text, term.sentence])).toEqual([
        ["liberated", 1],
        ["so-called “moderate opposition”", 1],
        ["Radicals", 2],
      ]);
      for (const term of terms) expect(text.slice(term.start, term.end)).toBe(term.text);
    });

    it("never returns two findings over the same words, so each can be highlighted on its own", () => {
      const text =
        "The so-called “freedom fighters” of the regime, heroic mercenaries, liquidated 40 rebels. “These terrorist-infested ‘liberated’ towns,” he said, “are a devastating blow.” The so-called brave martyrs fled.";
      const terms = loadedIn(text);
      expect(terms.length).toBeGreaterThan(6);
      terms.forEach((term, index) => {
        const next = terms[index + 1];
        if (next) expect(term.end).toBeLessThanOrEqual(next.start);
      });
    });

    it("reads only the sentences it is given, never the boilerplate around them", () => {
      const text = "Support our heroic work on Patreon!\n\nThe army shelled the town.";
      const body = text.indexOf("The army");
      const sentences = splitSentences(text, [{ start: body, end: text.length }]);
      expect(findLoadedTerms(text, sentences, [])).toEqual([]);
    });
  });
});

describe("a sentence printed twice", () => {
  it("reports the loaded words of a sentence the article repeats word for word only once", () => {
    const text =
      "Which of these is the most corrupt city council? Vote below.\n\nWhich of these is the most corrupt city council? Vote below.";
    const sentences = splitSentences(text, [
      { start: 0, end: text.indexOf("\n") },
      { start: text.indexOf("\n") + 2, end: text.length },
    ]);
    expect(findLoadedTerms(text, sentences, []).map((term) => [term.text, term.start])).toEqual([
      ["corrupt", 27],
    ]);
  });

  it("reads neither copy of a sentence printed twice in a row, a reader poll's heading and its question", () => {
    const question = "Who is the most corrupt member of the city council?";
    const text = `The council met on Monday.\n\n${question}\n\n${question}\n\nThe budget passed.`;
    const paragraphs = text.split("\n\n").map((paragraph) => {
      const start = text.indexOf(paragraph);
      return { start, end: start + paragraph.length };
    });
    expect(findLoadedTerms(text, splitSentences(text, paragraphs), [])).toEqual([]);
  });
});

describe("loaded words in the headline", () => {
  const text =
    "Army Repels Attack by Al Qaeda Affiliated Mercenaries\n\nBy Jo Roe\n\nTroops said on Monday that the attack was repelled near the town, officials said.\n";

  it("finds them although every word of a title-case headline has a capital, apart from the body's", () => {
    const { headline, loaded } = analyzeArticle(text);
    expect(headline?.loaded.map((term) => [term.text, term.category, term.sentence])).toEqual([
      ["Mercenaries", "label", HEADLINE_SENTENCE],
    ]);
    expect(loaded).toEqual([]);
  });

  it("takes a phrase quoted in a headline for someone's words, not the outlet's scare quotes", () => {
    const { headline } = analyzeArticle(
      "Mayor's 'special bond' with developer under scrutiny\n\nBy Jo Roe\n\nThe mayor met the developer on Monday, officials said.\n",
    );
    expect(headline?.loaded).toEqual([]);
  });

  it("still passes over a capitalised word inside a sentence's name", () => {
    expect(loadedIn("A statement came from the Free Mercenaries Brigade on Monday.")).toEqual([]);
  });
});

describe("a word's loaded sense is found, its plain sense left alone", () => {
  it.each([
    ["The hearing was a farce from start to finish.", "farce", "intensifier"],
    ["His claims about the budget are nonsense.", "nonsense", "intensifier"],
    ["The senator is a spineless coward.", "spineless", "intensifier"],
    ["Party members stonewalled the inquiry for months.", "stonewalled", "intensifier"],
    ["The inquiry was a whitewash.", "whitewash", "conspiracy"],
    ["He was stabbed in the back by his own party.", "stabbed in the back", "violence-metaphor"],
    ["The knives out for the prime minister are sharp.", "knives out", "violence-metaphor"],
    ["The network aired a blockbuster report on the bank.", "blockbuster", "sensationalism"],
    ["The hearing turned into a media circus.", "circus", "sensationalism"],
    ["Survivors gave a chilling account of the night.", "chilling", "sensationalism"],
    ["It was a harrowing ordeal for the family.", "harrowing", "sensationalism"],
    ["The merger was a monumental mistake.", "monumental", "sensationalism"],
    ["The party's totalitarian instincts alarm its critics.", "totalitarian", "intensifier"],
    ["The president gave a rambling speech.", "rambling", "intensifier"],
    ["They are trying to gaslight voters.", "gaslight", "intensifier"],
    ["A media blitzkrieg preceded the vote.", "blitzkrieg", "intensifier"],
    ["Critics say the policy is short-sighted.", "short-sighted", "intensifier"],
    ["Angry libs flooded the comments.", "libs", "label"],
    ["Religious fanatics attacked the shrine.", "fanatics", "label"],
    ["A mob of protesters stormed the building.", "mob", "label"],
    ["The crook fled with the pension fund.", "crook", "label"],
    ["These cranks want to ban vaccines.", "cranks", "label"],
    ["The country is ruled by a strongman.", "strongman", "label"],
    ["The parade celebrated a glorious victory over the enemy.", "glorious", "positive-framing"],
    ["These people are animals.", "animals", "dehumanising"],
    ["Their landlords are pigs.", "pigs", "dehumanising"],
    ["Critics crucified the minister over the budget.", "crucified", "violence-metaphor"],
    ["The minister kept lying to parliament.", "lying", "intensifier"],
    ["His heroic stand saved the city.", "heroic", "positive-framing"],
    ["Regime forces shelled the town at dawn.", "Regime", "label"],
    ["The paper ran a shocking story about the mayor.", "shocking", "sensationalism"],
    ["The senator blasted the plan on Monday.", "blasted", "intensifier"],
    ["The channel is a mouthpiece of the ruling party.", "mouthpiece", "conspiracy"],
    ["The group's videos call Western troops crusaders.", "crusaders", "label"],
    ["Voters want him to clean up the swamp.", "the swamp", "intensifier"],
    ["Critics buried the report before the vote.", "buried", "violence-metaphor"],
    ["The bill is a cancerous idea.", "cancerous", "intensifier"],
    ["Pundits made apocalyptic predictions about the vote.", "apocalyptic", "sensationalism"],
    ["The channel spreads propaganda for the army.", "propaganda", "label"],
    ["Senators grandstand for the cameras.", "grandstand", "intensifier"],
    ["The debate turned surreal on Monday.", "surreal", "intensifier"],
    ["Critics called the idea insane.", "insane", "intensifier"],
    ["The plan is absurd.", "absurd", "intensifier"],
    ["His rivals are clowns.", "clowns", "label"],
    ["The senator is the villain of this budget.", "villain", "label"],
    ["The party chief is a puppet of the generals.", "puppet", "conspiracy"],
    ["The debate over the bill became toxic.", "toxic", "intensifier"],
    ["The regime is evil.", "evil", "intensifier"],
  ])("flags the loaded sense in %j", (text, words, category) => {
    expect(found(text)).toEqual([[words, category]]);
  });

  it("reads 'evil' as the moral noun after 'from', 'upon' or 'over', and in the pair with 'the good'", () => {
    expect(found("Laws alone do not deter people from evil.")).toEqual([]);
    expect(found("Every myth tells of good winning over evil.")).toEqual([]);
    expect(found("The sermon set the good apart from the evil.")).toEqual([]);
    expect(found("The evil done by the gang shocked the town.")).toEqual([["evil", "intensifier"]]);
  });

  it("leaves a label that critics pinned on something to them: 'criticised as racist', 'groups they consider racist'", () => {
    expect(found("His jokes were criticised as racist by the organisers.")).toEqual([]);
    expect(found("Rights groups condemned as bigoted the new rules on dress.")).toEqual([]);
    expect(found("The movement opposes groups they consider authoritarian or racist.")).toEqual([]);
    expect(found("The university renamed the hall, citing his racist views.")).toEqual([]);
    expect(found("The racist jokes went on.")).toEqual([["racist", "label"]]);
  });

  it("takes 'embattled' for newswire's plain word for someone under pressure", () => {
    expect(found("The embattled minister faces a confidence vote on Monday.")).toEqual([]);
    expect(found("The disgraced minister faces a confidence vote on Monday.")).toEqual([
      ["disgraced", "label"],
    ]);
  });

  it("reads 'Stonewall' opening a sentence before another name as a name, not the verb", () => {
    expect(found("Stonewall Jackson rode north in 1862.")).toEqual([]);
    expect(found("Stonewalling the inquiry cost the minister her job.")).toEqual([
      ["Stonewalling", "intensifier"],
    ]);
  });
});

describe("a word narrowed to its loaded sense still finds it", () => {
  it.each([
    ['"Sit down," the mayor barked at the councillor.', "barked", "intensifier"],
    ["The coach barked orders at his players all afternoon.", "barked", "intensifier"],
    ["The senator thundered that the bill was a betrayal of working families.", "thundered", "intensifier"],
    ["Residents moaned about the new parking fees at the meeting.", "moaned", "intensifier"],
    ["She griped that nobody had read the report.", "griped", "intensifier"],
    ["The minister growled at reporters outside the ministry.", "growled", "intensifier"],
    ["Pundits were gabbing about the race all night on cable.", "gabbing", "intensifier"],
    ["He keeps spouting conspiracy theories about the election.", "spouting", "intensifier"],
    ["Commentators parroted the party line without question.", "parroted", "intensifier"],
    ["The chairman bellowed at the referee after the final whistle.", "bellowed", "intensifier"],
    ['"We will not back down," Lee thundered.', "thundered", "intensifier"],
    ["Rampant corruption has hollowed out the ministry.", "Rampant", "intensifier"],
    ["His unbridled ambition alarmed the party.", "unbridled", "intensifier"],
    ["The relentless attacks on the judge continued all week.", "relentless", "intensifier"],
    ["Democrats are enablers of the president's worst instincts.", "enablers", "label"],
    ["The senators who voted for the deal are thieves.", "thieves", "label"],
    ["Congress has become a den of thieves.", "den of thieves", "label"],
    ["The governor called the protest seditious.", "seditious", "label"],
    ["Voters face a crushing burden of taxes.", "crushing burden", "intensifier"],
    ["The plan is a crushing disappointment for families.", "crushing disappointment", "intensifier"],
    ["The new rules amount to a wholesale betrayal of workers.", "wholesale betrayal", "intensifier"],
    ["Executives pay themselves astronomical salaries.", "astronomical salaries", "intensifier"],
    ["The newspaper's profile of the candidate was a hit job.", "hit job", "intensifier"],
    ["The launch of the campaign was a train wreck.", "train wreck", "intensifier"],
    ["Bleeding heart liberals want to raise taxes again.", "Bleeding heart", "label"],
    ["The party used underhanded tactics to win the vote.", "underhanded", "intensifier"],
    ["The two-faced senator changed his vote again.", "two-faced", "intensifier"],
    ["The minister is a lackey of the oil industry.", "lackey", "label"],
    ["These degenerates should be kept out of office.", "degenerates", "label"],
    [
      "Meanwhile, the army continued its terror against civilians in the south.",
      "terror against",
      "intensifier",
    ],
    ["The regime's terror against dissidents has grown.", "terror against", "intensifier"],
    ["Seditious politicians want to tear down the constitution.", "Seditious", "label"],
  ])("flags the loaded sense in %j", (text, words, category) => {
    const terms = analysedLoadedIn(text).map((term) => [term.text, term.category]);
    expect(terms).toEqual([[words, category]]);
  });

  it("takes a verb of sound for a way of speaking only beside what was said", () => {
    const words = (text: string) => analysedLoadedIn(text).map((term) => term.text);
    expect(words("“We will not give in,” the minister thundered.")).toEqual(["thundered"]);
    expect(words("The minister thundered at reporters outside the hall.")).toEqual(["thundered"]);
    expect(words("Lorries thundered past the hall all morning.")).toEqual([]);
    expect(words("“Sit down,” the chairman growled.")).toEqual(["growled"]);
    expect(words("The chairman's stomach growled during the speech.")).toEqual([]);
    // Only a quotation beside the verb tells its words: not one someone else speaks later in the sentence.
    expect(
      words(
        "Lorries thundered past the hall all morning as the mayor told the crowd, “This road must close.”",
      ),
    ).toEqual([]);
    expect(words("“This road must close,” the deputy mayor of the old market town thundered.")).toEqual([
      "thundered",
    ]);
  });
});
