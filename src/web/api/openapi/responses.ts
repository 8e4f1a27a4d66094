/** Building blocks for the OpenAPI document's operations: JSON bodies, parameters and error responses. */
import * as z from 'zod';
import type { ApiErrorCode } from '../../http/api-error.js';
import { MAX_BODY_BYTES } from '../../http/body.js';
import { type ComponentName, schemaRef } from './components.js';

type Json = Record<string, unknown>;

/** JSON content of a schema: a component by name, or an inline JSON Schema. */
export function jsonContent(schema: ComponentName | Json): Json {
  const body = typeof schema === 'string' ? schemaRef(schema) : schema;
  return { 'application/json': { schema: body } };
}

/** A successful JSON response. */
export function ok(description: string, schema: ComponentName | Json): Json {
  return { description, content: jsonContent(schema) };
}

/** A JSON request body, required unless the route also takes none. */
export function jsonBody(description: string, schema: ComponentName, required = true): Json {
  return { required, description, content: jsonContent(schema) };
}

/** A `201 Created` with the new resource and a Location header naming its URL. */
export function created(description: string, schema: ComponentName): Json {
  return {
    ...ok(description, schema),
    headers: { Location: { description: `the URL of ${description}`, schema: { type: 'string' } } },
  };
}

/** A successful text response (Markdown, iCalendar) of the given media type. */
export function textOk(description: string, mediaType: string, headers: Json = {}): Json {
  return {
    description,
    content: { [mediaType]: { schema: { type: 'string' } } },
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}

/** When the API answers with each error code, in general; operations list the ones they can give. */
const ERROR_RESPONSES: Record<Exclude<ApiErrorCode, 'method_not_allowed'>, [string, string]> = {
  invalid_input: [
    '400',
    'Invalid input: malformed JSON, a wrong type, an unknown field or value; issues name each field',
  ],
  not_found: ['404', 'Nothing has that id'],
  payload_too_large: ['413', `The body is larger than ${MAX_BODY_BYTES / 1024} KB`],
  unsupported_media_type: ['415', 'The body was not sent as application/json'],
  conflict: ['409', 'The saved data conflicts with the request'],
  internal: ['500', 'Unexpected failure; the server logs the details'],
};

/** The error responses for these codes (plus 500, which any operation can give). */
export function errors(...codes: Exclude<ApiErrorCode, 'method_not_allowed' | 'internal'>[]): Json {
  const responses: Json = {};
  for (const code of [...codes, 'internal' as const]) {
    const [status] = ERROR_RESPONSES[code];
    responses[status] = { $ref: `#/components/responses/${code}` };
  }
  return responses;
}

/** `components.responses`: one reusable response per error code. */
export function errorComponents(): Json {
  const responses: Json = {};
  for (const [code, [, description]] of Object.entries(ERROR_RESPONSES)) {
    responses[code] = { description, content: jsonContent('Error') };
  }
  return responses;
}

/** A path parameter. */
export function pathParam(name: string, description: string): Json {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

/** A query parameter described by a field of a zod schema; optional when the field is. */
export function queryParam(name: string, field: z.ZodType, extra: Json = {}): Json {
  const optional = field instanceof z.ZodOptional;
  const inner = optional ? (field.unwrap() as z.ZodType) : field;
  const {
    $schema: _dialect,
    description: _description,
    ...schema
  } = z.toJSONSchema(inner, {
    target: 'draft-2020-12',
    io: 'input',
  }) as Json;
  return { name, in: 'query', required: !optional, description: field.description, schema, ...extra };
}
