import { serve } from '/work/main/bench/lib/serve.mjs';
import { lighthouseCli, lighthouseFlow } from '/work/main/bench/lib/lighthouse.mjs';
const a = await serve('/work/main/bench/build/ours'), b = await serve('/work/main/bench/build/surveyjs');
let t = Date.now();
console.log(await lighthouseCli(a.url, 1, '/tmp', 'ours')); console.log((Date.now()-t)/1000); t = Date.now();
console.log(await lighthouseCli(b.url, 1, '/tmp', 'sjs')); console.log((Date.now()-t)/1000); t = Date.now();
console.log(await lighthouseFlow('ours', a.url, '/tmp')); console.log((Date.now()-t)/1000); t = Date.now();
console.log(await lighthouseFlow('surveyjs', b.url, '/tmp')); console.log((Date.now()-t)/1000);
await a.close(); await b.close();
