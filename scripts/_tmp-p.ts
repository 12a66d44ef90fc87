import { findBundledArticle } from "../src/catalog/catalog";
import { mainPassageKey } from "../src/questions/draft";
const a = findBundledArticle(process.argv[2]!)!;
for (const q of a.questions) console.log(mainPassageKey(q), q.kind, q.control ? "C" : " ", q.prompt.slice(0, 90), "=>", q.options.find(o=>o.id===q.correctOptionId)?.text.slice(0,40));
