import { benchIngest } from '../main/bench/ingest';
import { benchLatestValues } from '../main/bench/latest-values';
const name = process.argv[2];
const r = name === 'ingest' ? await benchIngest() : await benchLatestValues();
console.log(JSON.stringify(r));
process.exit(0);
