import { serve } from '/work/main/bench/lib/serve.mjs';
import { measure } from '/work/main/bench/lib/measure.mjs';
const b = await serve('/work/main/bench/build/surveyjs');
const r = await measure([
  { key: 'sjs', target: { app: 'surveyjs', url: b.url }, mode: 'mouse', runs: 1, walkRuns: 1 },
]);
console.log(r.results.sjs[0].steps.length);
await b.close();
