export {};

/**
 * What the linguistic layer costs a cold isolate, in a fresh process (run by `npm run bench`): loading
 * the wink-nlp model module, building the tagger from it, and tagging the first sentence. CPU time.
 */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const started = cpuMilliseconds();
const nlp = await import("../src/analysis/nlp/index.ts");
const imported = cpuMilliseconds();
nlp.loadTagger();
const built = cpuMilliseconds();
nlp.tagText("The senator said the bill would pass.");
const tagged = cpuMilliseconds();
console.log("tagger on a cold isolate (fresh process, CPU time):");
console.log(`  loading the model module: ${(imported - started).toFixed(1)} ms`);
console.log(
  `  building the tagger (once per isolate, on the first analysis): ${(built - imported).toFixed(1)} ms`,
);
console.log(`  tagging the first sentence: ${(tagged - built).toFixed(1)} ms`);
