/** The concrete asks and the journal's exports as OpenAPI path items. */
import { CALENDAR_FILE_NAME } from '../journal-exports.js';
import { created, errors, jsonBody, ok, pathParam, textOk } from './responses.js';

const askId = pathParam('id', 'the id the ask was saved under');
const tags = ['asks'];
const bodyErrors = ['invalid_input', 'payload_too_large', 'unsupported_media_type'] as const;
const MARKDOWN = 'text/markdown';

/** The ask and export paths. */
export function askPaths(): Record<string, unknown> {
  return {
    '/asks': {
      get: {
        operationId: 'listAsks',
        tags,
        summary: 'Every concrete ask, most recently updated first',
        responses: {
          '200': ok('the asks', { type: 'array', items: { $ref: '#/components/schemas/Ask' } }),
          ...errors(),
        },
      },
      post: {
        operationId: 'createAsk',
        tags,
        summary: 'Save a concrete ask for a lab',
        requestBody: jsonBody('the ask', 'AskInput'),
        responses: { '201': created('the saved ask', 'Ask'), ...errors(...bodyErrors) },
      },
    },
    '/asks/{id}': {
      parameters: [askId],
      get: {
        operationId: 'getAsk',
        tags,
        summary: 'One concrete ask',
        responses: { '200': ok('the ask', 'Ask'), ...errors('not_found') },
      },
      put: {
        operationId: 'updateAsk',
        tags,
        summary: 'Replace a concrete ask whole',
        requestBody: jsonBody('the whole ask as it should be now', 'AskInput'),
        responses: { '200': ok('the ask as saved now', 'Ask'), ...errors(...bodyErrors, 'not_found') },
      },
      delete: {
        operationId: 'deleteAsk',
        tags,
        summary: 'Delete a concrete ask',
        responses: { '204': { description: 'deleted' }, ...errors('not_found') },
      },
    },
    '/asks/{id}/markdown': {
      parameters: [askId],
      get: {
        operationId: 'getAskMarkdown',
        tags,
        summary: 'The ask as a Markdown document to send, with the builder’s checks',
        responses: { '200': textOk('the ask as Markdown (UTF-8)', MARKDOWN), ...errors('not_found') },
      },
    },
    '/journal/markdown': {
      get: {
        operationId: 'getJournalMarkdown',
        tags: ['journal'],
        summary: 'The whole journal as one Markdown document',
        description: 'Every experiment, check-in, reflection, expertise plan and ask. Typed text is escaped.',
        responses: { '200': textOk('the journal as Markdown (UTF-8)', MARKDOWN), ...errors() },
      },
    },
    '/journal/calendar': {
      get: {
        operationId: 'getJournalCalendar',
        tags: ['journal'],
        summary: 'Deadlines, weekly check-in reminders and expertise milestones as an iCalendar file',
        responses: {
          '200': textOk('the calendar of active experiments (UTF-8), sent as a download', 'text/calendar', {
            'Content-Disposition': {
              description: `attachment; filename="${CALENDAR_FILE_NAME}"`,
              schema: { type: 'string' },
            },
          }),
          ...errors(),
        },
      },
    },
  };
}
