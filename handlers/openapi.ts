// The OpenAPI 3.1 description of the JSON routes, built from the zod schemas of
// api-schemas.ts: `npm run gen:openapi` writes it to openapi.json (committed), which
// GET /openapi.json serves (openapi-route.ts). A test checks that the file is current.
// Only the script and the tests load this: zod stays out of the serving process.
import { z } from 'zod';
import { apiRegistry } from './api-schemas.ts';
import { MAX_QUESTION_CHARS, MAX_SESSION_CHARS } from './http/params.ts';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

const AT = query('at', 'the moment asked about, ISO 8601; without an offset it is Asia/Shanghai time (default: now)');
const CITY = query('city', 'a city the knowledge covers, by name or alias');
const BAD = json('Error', 'a bad parameter (empty or over-long q, bad at, unknown city, a parameter given twice)');
const ADMIN = [{ adminBearer: [] }, { adminHeader: [] }];
/** the console's token is asked for only when CONSOLE_TOKEN is set */
const CONSOLE = [{}, { consoleBasic: [] }, { consoleBearer: [] }, { consoleHeader: [] }];
const NO_CONSOLE_TOKEN = json('Error', 'CONSOLE_TOKEN is set and the request did not present it');

/** The whole document, as openapi.json holds it. */
export function openApiDocument(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  // within a document, a component needs neither its own $id nor the dialect (OpenAPI 3.1's default is 2020-12)
  const components = Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _dialect, ...schema }]) => [id, schema]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'cutover-assistant',
      version: '1',
      description:
        "Time-aware answers about 医保/社保 service suspensions, from official notices. The JSON routes; the webhooks (/wechat, /wecom) follow Tencent's XML protocols and the pages (/, /faq) are HTML.",
    },
    paths: {
      '/api/ask': {
        get: {
          summary: 'one answer',
          parameters: [
            query('q', `the question (1–${MAX_QUESTION_CHARS} characters)`, { type: 'string', minLength: 1, maxLength: MAX_QUESTION_CHARS }, true),
            AT,
            CITY,
            query('session', `keeps a conversation (follow-ups, picking a suggestion by number); at most ${MAX_SESSION_CHARS} characters are used`),
          ],
          responses: { 200: json('AskResponse', 'the answer'), 400: BAD },
        },
      },
      '/api/faq': {
        get: {
          summary: 'the FAQ page as JSON',
          parameters: [AT, CITY, query('filter', 'keeps only the entries these words find, read as the bot reads a question')],
          responses: { 200: json('FaqResponse', 'the FAQ'), 400: BAD },
        },
      },
      '/console/api/ask': {
        get: {
          summary: "the agents' console: one answer",
          security: CONSOLE,
          parameters: [
            query('q', `the question (1–${MAX_QUESTION_CHARS} characters)`, { type: 'string', minLength: 1, maxLength: MAX_QUESTION_CHARS }, true),
            AT,
            CITY,
            query('session', 'keeps a conversation'),
          ],
          responses: { 200: json('ConsoleAskResponse', 'the answer'), 400: BAD, 401: NO_CONSOLE_TOKEN },
        },
      },
      '/console/api/status': {
        get: {
          summary: "the agents' console: each business's phase",
          security: CONSOLE,
          parameters: [AT, CITY],
          responses: { 200: json('ConsoleStatusResponse', 'the status strip'), 400: BAD, 401: NO_CONSOLE_TOKEN },
        },
      },
      '/healthz': {
        get: {
          summary: 'readiness',
          security: [{}, ...ADMIN],
          responses: { 200: json('HealthResponse', 'serving') },
        },
      },
      '/admin/reload': {
        post: {
          summary: 'reload the knowledge now',
          security: ADMIN,
          parameters: [query('confirm', 'drop: swap in new files even though they drop items of the running knowledge', { type: 'string', enum: ['drop'] })],
          requestBody: {
            required: false,
            content: { 'application/json': { schema: { type: 'object', properties: { confirm: { type: 'string', enum: ['drop'] } } } } },
          },
          responses: {
            200: json('ReloadStatus', 'loaded'),
            400: json('Error', 'the body is not JSON'),
            401: json('Error', 'no admin token'),
            403: json('Error', 'wrong admin token'),
            404: json('Error', 'the admin API is off (no ADMIN_TOKEN)'),
            409: json('ReloadStatus', 'refused: the new files would drop items (`refused` says which)'),
            422: json('ReloadStatus', 'refused: the new files have errors (`problems`)'),
          },
        },
      },
      '/openapi.json': { get: { summary: 'this document', responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': {} } } } } },
    },
    components: {
      schemas: components,
      securitySchemes: {
        adminBearer: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
        adminHeader: { type: 'apiKey', in: 'header', name: 'X-Admin-Token', description: 'ADMIN_TOKEN' },
        consoleBasic: { type: 'http', scheme: 'basic', description: 'any user name, CONSOLE_TOKEN as the password' },
        consoleBearer: { type: 'http', scheme: 'bearer', description: 'CONSOLE_TOKEN' },
        consoleHeader: { type: 'apiKey', in: 'header', name: 'X-Console-Token', description: 'CONSOLE_TOKEN' },
      },
    },
  };
}

/** openapi.json's text: what `npm run gen:openapi` writes. */
export const openApiText = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;
