// `npm run gen:openapi`: writes openapi.json (OpenAPI 3.1) from the zod schemas of
// handlers/api-schemas.ts. Commit the result; test/channels/openapi.test.ts fails while it is stale.
import { writeFileSync } from 'node:fs';
import { openApiText } from '../handlers/openapi.ts';

writeFileSync(new URL('../openapi.json', import.meta.url), openApiText());
console.log('wrote openapi.json');
