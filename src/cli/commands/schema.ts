/** `lever schema <name>`: the JSON Schema of a shape Lever reads or writes. */

import { toJson } from '../../core/json.js';
import { jsonSchemaFor } from '../../core/schemas.js';

/** The JSON Schema document for `name`. */
export function runSchema(name: string): string {
  return toJson(jsonSchemaFor(name));
}
