/**
 * Every route of the API as an OpenAPI path item, relative to the server URL /api/v1. A test checks
 * that the app and this list name the same routes and methods.
 */
import { SearchQuery } from '../schemas.js';
import { askPaths } from './ask-paths.js';
import { experimentPaths } from './experiment-paths.js';
import { created, errors, jsonBody, ok, pathParam, queryParam } from './responses.js';

const profileId = pathParam('id', 'the id the profile was saved under');

/** The `paths` object. */
export function apiPaths(): Record<string, unknown> {
  const { q, kind, limit } = SearchQuery.shape;
  return {
    '/advice': {
      post: {
        operationId: 'advise',
        tags: ['advice'],
        summary: 'The plan for a profile',
        description:
          'The body is a profile; the response is its plan, byte for byte what `lever advise --profile FILE --json` prints.',
        requestBody: jsonBody('the profile to advise', 'Profile'),
        responses: {
          '200': ok('the plan', 'Plan'),
          ...errors('invalid_input', 'payload_too_large', 'unsupported_media_type'),
        },
      },
    },
    '/kb': {
      get: {
        operationId: 'getKnowledgeBase',
        tags: ['knowledge base'],
        summary: 'The whole knowledge base',
        responses: {
          '200': ok('the knowledge base, as `lever kb --json` prints it', 'KnowledgeBase'),
          ...errors(),
        },
      },
    },
    '/kb/{id}': {
      get: {
        operationId: 'getItem',
        tags: ['knowledge base'],
        summary: 'One item with its kind, its passage of the post, and its links in both directions',
        parameters: [pathParam('id', 'the id of any item: principle, path, direction, resource, …')],
        responses: {
          '200': ok('the item, as `lever show ID --json` prints it', 'ItemView'),
          ...errors('not_found'),
        },
      },
    },
    '/search': {
      get: {
        operationId: 'search',
        tags: ['knowledge base'],
        summary: 'Items matching the words, best first',
        parameters: [
          queryParam('q', q),
          queryParam('kind', kind, { style: 'form', explode: true }),
          queryParam('limit', limit),
        ],
        responses: {
          '200': ok('the results, as `lever search --json` prints them', {
            type: 'array',
            items: { $ref: '#/components/schemas/SearchResult' },
          }),
          ...errors('invalid_input'),
        },
      },
    },
    '/profiles': {
      get: {
        operationId: 'listProfiles',
        tags: ['profiles'],
        summary: 'Every saved profile, most recently updated first',
        responses: {
          '200': ok('the saved profiles', {
            type: 'array',
            items: { $ref: '#/components/schemas/SavedProfile' },
          }),
          ...errors(),
        },
      },
      post: {
        operationId: 'createProfile',
        tags: ['profiles'],
        summary: 'Save a profile under a name',
        requestBody: jsonBody('the name and the profile', 'NewProfile'),
        responses: {
          '201': created('the saved profile', 'SavedProfile'),
          ...errors('invalid_input', 'payload_too_large', 'unsupported_media_type'),
        },
      },
    },
    '/profiles/{id}': {
      parameters: [profileId],
      get: {
        operationId: 'getProfile',
        tags: ['profiles'],
        summary: 'One saved profile',
        responses: { '200': ok('the saved profile', 'SavedProfile'), ...errors('not_found') },
      },
      put: {
        operationId: 'updateProfile',
        tags: ['profiles'],
        summary: 'Rename a saved profile, replace its profile, or both',
        requestBody: jsonBody('what to change', 'ProfilePatch'),
        responses: {
          '200': ok('the profile as saved now', 'SavedProfile'),
          ...errors('invalid_input', 'not_found', 'payload_too_large', 'unsupported_media_type'),
        },
      },
      delete: {
        operationId: 'deleteProfile',
        tags: ['profiles'],
        summary: 'Delete a saved profile',
        responses: { '204': { description: 'deleted' }, ...errors('not_found') },
      },
    },
    '/profiles/{id}/plan': {
      parameters: [profileId],
      get: {
        operationId: 'getProfilePlan',
        tags: ['profiles', 'advice'],
        summary: 'The plan for a saved profile, moved by everything logged in the journal',
        description:
          'The plan changes as check-ins are logged. With an empty journal it is byte for byte what POST /advice gives for the profile.',
        responses: {
          '200': ok('the plan for the profile and the journal', 'Plan'),
          ...errors('not_found', 'conflict'),
        },
      },
    },
    ...experimentPaths(),
    ...askPaths(),
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        tags: ['meta'],
        summary: 'This document',
        responses: { '200': ok('the OpenAPI 3.1 document', { type: 'object' }), ...errors() },
      },
    },
  };
}
