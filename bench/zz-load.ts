import { createBenchDatabase, loadPrograms } from './database.js';

const n = process.argv[2] ?? '1000';
const db = await createBenchDatabase('postgres://postgres@127.0.0.1:5432/postgres', `dev${n}`);
const t0 = Date.now();
await loadPrograms(db.url, { programs: `bench/data/p${n}.csv`, actions: `bench/data/p${n}-actions.csv` });
console.log(db.url, (Date.now() - t0) / 1000);
