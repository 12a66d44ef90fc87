import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";

/**
 * The guard of issue 11's promise that no neutral word starts being flagged: sentences of plain news, each
 * holding a word of the loaded lexicon (or a quotation) in a sense that takes no side. Every sentence is
 * analysed whole, as an article under a plain headline, so every rule has its say (lexicon, context rules,
 * quotations, headline). Our own sentences; none comes from the corpora.
 *
 * A sentence listed with `it.todo` is a plain sense the engine still flags today (reported to its owner in
 * the audit): once a fix leaves it unflagged, move it into the guard. A fixed sense is held in two wordings
 * ("the same plain sense in other words"), so a fix has to follow the sense, not the words of one sentence.
 */
function flaggedWords(sentence: string): string[] {
  const analysis = analyzeArticle(`Town notes\n\n${sentence}`);
  return [...(analysis.headline?.loaded ?? []), ...analysis.loaded].map((term) => term.text);
}

describe("neutral wording stays unflagged", () => {
  it.each([
    "Rescuers pulled a family from a house crushed under rubble.",
    "The grocer captured 12 per cent of the market last year.",
    "The tax regime for small firms changed in April.",
    "Cleaning products are cheaper this week.",
  ])("flags nothing in the issue's own plain phrase: %j", (sentence) => {
    expect(flaggedWords(sentence)).toEqual([]);
  });

  it.each([
    "The neighbours' dog barked all night.",
    "Tyres screeched as the lorry braked at the lights.",
    "Babies babble long before they speak.",
    "A gas main exploded at dawn in the old town.",
    "The lawyer's zealous advocacy impressed the judge.",
    "Doctors treated the aggressive cancer with surgery.",
    "Relentless rain closed the coast road.",
    "The team's relentless pace wore down their rivals.",
    "A sheer cliff rises behind the harbour.",
    "The curtains are made of sheer silk.",
    "She refused to utter his name at the inquest.",
    "A lion rampant appears on the town's flag.",
    "Police arrested two thieves who broke into a shop.",
    "The two men face charges of seditious conspiracy.",
    "Christian apologists for the faith met in Rome.",
  ])("flags nothing in the plain sense of a word of temper, manner, degree or crime: %j", (sentence) => {
    expect(flaggedWords(sentence)).toEqual([]);
  });

  it.each([
    "An execution of the plan took three months.",
    "The regime of taxation for charities is under review.",
    "Crushing grapes by foot is an old village custom.",
    "The surgeon performed a radical mastectomy on Tuesday.",
    "The bar serves its drinks over crushed ice.",
    "Her occupation is listed as nurse on the form.",
    "The state militia was formed in 1792.",
    "The museum displays wartime propaganda posters from both sides.",
    "The Lib Dems gained three seats on the council.",
    "She woke at dawn and drove to the airport.",
    "In the fairy tale, a troll lives under the bridge.",
    "The circus hired a new clown for the summer season.",
    "The theory was discredited by later experiments.",
    "Italy's fascist government fell in 1943.",
    "Marxist historians met in Berlin for a conference.",
    "The scientist thanked her collaborators at three universities.",
    "The duck's quack echoed across the pond.",
    "The mob boss was jailed for twenty years.",
    "The film became a cult classic in the 1980s.",
    "The elite runners started ten minutes before everyone else.",
    "The drilling rig was moved offshore in May.",
    "The sailors checked the rigging before the race.",
    "The theatre staged Hamlet last winter.",
    "The assault on the hill began at dawn, the army said.",
    "Workers will demolish the old bridge next month.",
    "The ship was torpedoed off the coast in 1942.",
    "Gunmen hijacked a plane bound for Paris in 1976.",
    "Roman soldiers crucified thousands of rebels after the revolt.",
    "Police found explosive material in the car.",
    "The reactor meltdown forced thousands to leave their homes.",
    "The lecture covered chaos theory and weather forecasting.",
    "The Iliad is an epic poem about the Trojan War.",
    "Vandals torched two cars overnight.",
    "The soldiers fired back after the patrol was attacked.",
    "Depressing the pedal releases the brake.",
    "Patients with delusional disorder need long treatment.",
    "Rubbish collection moves to Tuesdays next month.",
    "The children sleep in bunk beds.",
    "He sued the newspaper for slander.",
    "Alligators live in the swamp near the town.",
    "Some mushrooms are poisonous to dogs.",
    "Venomous snakes live in the desert.",
    "Millions were sent to the Gulag under Stalin.",
    "The coat is made of fake fur.",
    "The class read Greek myths about Zeus.",
    "The firm does steel fabrication for bridges.",
    "The horse went lame before the race.",
    "The village held a birthday bash for its oldest resident.",
    "Toddlers often have tantrums at the age of two.",
    "The engine's whine grew louder as the plane climbed.",
    "The volcano spewed ash for three days.",
    "Farmers trap vermin in their barns.",
    "Inspectors found cockroaches in the restaurant kitchen.",
    "Malaria parasites spread through mosquito bites.",
    "Oxen are still used as beasts of burden in the valley.",
    "The film's orcs were played by local extras.",
    "A lice infestation closed the school for a week.",
    "The hikers crossed a mosquito-infested swamp.",
    "The Loch Ness monster still draws tourists.",
    "Vultures circled over the dead cow.",
    "Some surgeons still use leeches after hand surgery.",
    "Snakes shelter under rocks in the heat of the day.",
    "Swine flu spread around the world in 2009.",
    "Farmers sold their pigs at the market.",
    "Hyenas and jackals scavenged the carcass.",
    "Water was flooding into the basement by noon.",
    "Flood water was flooding across the fields.",
    "The court ordered the liquidation of the bankrupt firm.",
    "The shop will liquidate its stock before closing.",
    "The cream is a gentle cleansing lotion for dry skin.",
    "The nurse pacified the crying baby.",
    "She found retirement liberating.",
    "Gutting fish is the first job on the boat.",
    "The boat was rigged for the race.",
    "The concert was a sellout within an hour.",
    "The washing machine's agitator broke after ten years.",
    "Children made puppets out of old socks.",
    "He registered as a foreign agent under federal law.",
    "Volunteers gave the fence a fresh coat of whitewash.",
    "Tourists photographed the whitewashed houses of the island.",
    "The robbers held hostage four bank staff for an hour.",
    "The victim was stabbed in the back outside a bar, police said.",
    "The summer blockbuster earned $200 million in its first week.",
    "The bridge suffered a catastrophic failure of its cables, engineers said.",
    "The cattle are stunned before slaughter.",
    "The school's dramatic society staged a comedy.",
    "The factory is staggering its shifts to cut crowding.",
    "Poverty and poor health form a vicious circle, the report said.",
    "The file was corrupt and could not be opened.",
    "Short-sighted children may need glasses.",
    "Trash collection is on Monday.",
    "The hound followed the scent into the woods.",
    "The hero of the novel is a young baker.",
    "Workers blasted the rock to build the tunnel.",
    "The lorry rammed through the gates of the depot.",
    "The shepherd's crook hung by the door.",
    "The engine cranks slowly in cold weather.",
    "Loons nest on the northern lakes in spring.",
    "The villain of the play is a greedy landlord.",
    "The strongman lifted a small car at the county fair.",
    "The child flew a kite on a string in the park.",
    "The trumpet's mouthpiece was dented in the fall.",
    "The family played charades after dinner.",
    "The chef laid the knives out on the counter.",
    "Doctors once used bloodletting to treat fever.",
    "The bombing raid started a firestorm that burned the city centre.",
    "Sharks gathered in a feeding frenzy around the boat.",
    "Children with a fever often have nightmares.",
    "The circus comes to town every summer.",
    "The snow melts away by the end of April.",
    "Chilling the dough for an hour makes it easier to roll.",
    "Farmers are harrowing the fields before sowing.",
    "A colossal squid was caught near Antarctica.",
    "The museum restored a monumental statue of a horse.",
    "The river flooded yet again this winter.",
    "Scholars of totalitarian states compared their secret police.",
    "White dwarfs are made of degenerate matter.",
    "The peasants were revolting against the poll tax in 1381.",
    "The chemist stored the fuming nitric acid in a locked cabinet.",
    "Rambling in the hills is popular at weekends.",
    "The museum lit its gaslight lamps for the festival.",
    "Germany's blitzkrieg overran France in 1940.",
  ])("flags nothing in a plain sense of a word that is loaded elsewhere: %j", (sentence) => {
    expect(flaggedWords(sentence)).toEqual([]);
  });

  it.each([
    'The band played "Yesterday" as an encore.',
    'Her new novel, "The Quiet Harbour", comes out in May.',
    'Shoppers call the discount day "Green Friday".',
    'A sign on the door said "closed for lunch".',
    'The term "gig economy" spread after 2009.',
    'The mayor, who was nicknamed "the Builder", opened the bridge.',
    'Locals call the fog "the haar".',
    'The app\'s "dark mode" setting saves battery.',
    'The recipe calls for a "pinch" of salt, about a gram.',
    'Fans know the stadium simply as "the Bowl".',
    'The committee will publish its "green paper" on transport in June.',
  ])("reads a title, a name or a term in quotation marks as no scare quote: %j", (sentence) => {
    expect(flaggedWords(sentence)).toEqual([]);
  });

  it.each([
    "The band's second concert also sold out and was a sellout by noon.",
    "Tickets for the final were a sellout again this year.",
    "The mechanic replaced the agitator in the old washer.",
    "Pupils made glove puppets for the school show.",
    "The law requires anyone lobbying for another country to register as a foreign agent.",
    "Pirates held hostage the crew of a cargo ship for a month.",
    "Investigators blamed a catastrophic failure of the engine for the crash.",
    "The college's dramatic society performs three plays a year.",
    "Schools are staggering start times to ease traffic.",
    "Debt and low pay can become a vicious circle for families.",
    "Trash piled up during the collectors' strike.",
    "The hunter's hound chased a fox across the field.",
    "The hero of the film is a retired firefighter.",
    "Engineers blasted a tunnel through the mountain.",
    "A van rammed through a shop window on the high street.",
    "Fish are stunned before they are killed at the plant.",
    "A pair of loons returned to the lake this spring.",
    "Her son flew his kite on a string from the beach.",
    "The clarinet's mouthpiece needs a new reed.",
    "The children played charades on the train.",
    "Medieval doctors relied on bloodletting and herbs.",
    "Incendiary bombs caused a firestorm in the city in 1945.",
    "Gulls gathered in a feeding frenzy behind the trawler.",
    "The film gave my daughter nightmares.",
    "The last of the ice melts away in May.",
    "The town flooded yet again after three days of rain.",
    "Neutron stars are made of degenerate matter.",
    "In 1525 German peasants were revolting against their lords.",
    "The lab keeps fuming sulphuric acid in a fume cupboard.",
  ])("flags nothing in the same plain sense in other words: %j", (sentence) => {
    expect(flaggedWords(sentence)).toEqual([]);
  });

  describe("plain senses still flagged on main (reported in the audit; move each into the guard once fixed)", () => {
    it.todo("flags nothing in The comedian's ad libs drew the biggest laughs.  (today: libs [label])");
    it.todo("flags nothing in Football fanatics queued overnight for tickets.  (today: fanatics [label])");
    it.todo("flags nothing in A mob of kangaroos grazed beside the road.  (today: mob [label])");
    it.todo(
      "flags nothing in The theatre staged a French farce in the spring.  (today: farce [intensifier])",
    );
    it.todo(
      "flags nothing in Edward Lear wrote nonsense verse for children.  (today: nonsense [intensifier])",
    );
    it.todo(
      "flags nothing in Jellyfish are spineless animals.  (today: spineless [intensifier]; animals [dehumanising])",
    );
    it.todo(
      "flags nothing in Forecasters expect a glorious sunny weekend.  (today: glorious [positive-framing])",
    );
    it.todo(
      "flags nothing in Stonewall Jackson's troops marched north in 1862.  (today: Stonewall [intensifier])",
    );
    it.todo(
      'flags nothing in Pupils learn the "times tables" by heart in year three.  (today: "times tables" as scare quotes)',
    );
    it.todo(
      "flags nothing in The village is famous for its whitewashed churches.  (today: whitewashed [conspiracy]; the first wording passes)",
    );
    it.todo(
      "flags nothing in A man was stabbed in the back during a fight at a nightclub.  (today: stabbed in the back [violence-metaphor]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The studio's latest blockbuster opens in cinemas on Friday.  (today: blockbuster [sensationalism]; the first wording passes)",
    );
    it.todo(
      "flags nothing in A corrupt hard drive cost the firm a week of data.  (today: corrupt [intensifier]; the first wording passes)",
    );
    it.todo(
      "flags nothing in About a third of teenagers are short-sighted.  (today: short-sighted [intensifier]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The farmer leaned on his crook while the dogs worked.  (today: crook [label]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The old tractor cranks but will not start.  (today: cranks [label]; the first wording passes)",
    );
    it.todo(
      "flags nothing in A strongman contest drew big crowds to the show.  (today: strongman [label]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The cook set the knives out before the guests arrived.  (today: knives out [violence-metaphor]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The travelling circus arrives on Friday.  (today: circus [sensationalism]; the first wording passes)",
    );
    it.todo(
      "flags nothing in Chilling the wine before serving improves its taste.  (today: Chilling [sensationalism]; the first wording passes)",
    );
    it.todo(
      "flags nothing in Tractors were harrowing the soil after the rain.  (today: harrowing [sensationalism]; the first wording passes)",
    );
    it.todo(
      "flags nothing in Divers filmed a colossal jellyfish off the coast.  (today: colossal [sensationalism]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The square is dominated by a monumental fountain.  (today: monumental [sensationalism]; the first wording passes)",
    );
    it.todo(
      "flags nothing in Political scientists study how totalitarian states control the press.  (today: totalitarian [intensifier]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The rambling club meets every Sunday at nine.  (today: rambling [intensifier]; the first wording passes)",
    );
    it.todo(
      "flags nothing in Victorian streets were lit by gaslight.  (today: gaslight [intensifier]; the first wording passes)",
    );
    it.todo(
      "flags nothing in The museum's exhibition covers the blitzkrieg in Poland.  (today: blitzkrieg [intensifier]; the first wording passes)",
    );
  });
});
