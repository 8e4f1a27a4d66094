/** The OpenAPI 3.1 document of the API, served at /api/v1/openapi.json. */
import { MAX_BODY_BYTES } from '../../http/body.js';
import { componentSchemas } from './components.js';
import { apiPaths } from './paths.js';
import { errorComponents } from './responses.js';

const DESCRIPTION = `Lever's local API: advice for a profile, the knowledge base, search, saved profiles, and the
journal that feeds back into the advice: fit experiments and their check-ins, personal fit, governance
expertise plans, concrete asks for labs, and the journal's Markdown and iCalendar exports.

Bodies are JSON (\`Content-Type: application/json\`, at most ${MAX_BODY_BYTES / 1024} KB). Every error has the same shape
(\`Error\`): a stable code, a message, and one issue per invalid field. An unknown field or value is
rejected, never ignored. A method a route does not take gives 405 (code \`method_not_allowed\`) with
an \`Allow\` header; an unknown route gives 404. The journal's exports are UTF-8 text
(\`text/markdown\`, \`text/calendar\`).`;

/** Builds the document. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lever API',
      version: '1',
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/api/v1' }],
    tags: [
      { name: 'advice', description: 'plans: where you fit, what to do next, and why' },
      {
        name: 'knowledge base',
        description: 'the post as data: principles, paths, directions, resources, topics',
      },
      { name: 'profiles', description: 'profiles saved on this machine' },
      {
        name: 'experiments',
        description: 'time-boxed fit experiments and the check-ins logged against them',
      },
      { name: 'expertise', description: 'six-month plans to become the expert on one governance topic' },
      { name: 'fit', description: 'personal fit per path from the profile and everything logged' },
      { name: 'asks', description: 'concrete asks for a lab: steps, an owner and the cost to the lab' },
      { name: 'journal', description: 'the whole journal as Markdown or as a calendar' },
      { name: 'meta', description: 'about the API itself' },
    ],
    paths: apiPaths(),
    components: { schemas: componentSchemas(), responses: errorComponents() },
  };
}
