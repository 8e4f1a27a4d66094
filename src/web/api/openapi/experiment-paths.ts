/**
 * The journal's experiment routes as OpenAPI path items: fit experiments, check-ins, finishing,
 * claimed governance topics with their expertise plans, and the fit report.
 */
import { FitQuery } from '../journal-schemas.js';
import { created, errors, jsonBody, jsonContent, ok, pathParam, queryParam } from './responses.js';

const experimentId = pathParam('id', 'the id the experiment was given when it started');
const checkInId = pathParam('checkInId', 'the id of one of the experiment’s check-ins (its `id` field)');
const tags = ['experiments'];
const bodyErrors = ['invalid_input', 'payload_too_large', 'unsupported_media_type'] as const;

/** The experiment, topic and fit paths. */
export function experimentPaths(): Record<string, unknown> {
  return {
    '/experiments': {
      get: {
        operationId: 'listExperiments',
        tags,
        summary: 'Every experiment with its check-ins, most recently started first',
        responses: {
          '200': ok('the experiments', { type: 'array', items: { $ref: '#/components/schemas/Experiment' } }),
          ...errors(),
        },
      },
      post: {
        operationId: 'startExperiment',
        tags,
        summary: 'Start a fit experiment: a catalogue test by its id, or one of your own design',
        requestBody: jsonBody('the catalogue test, or your own design', 'NewExperiment'),
        responses: {
          '201': created('the experiment', 'Experiment'),
          ...errors(...bodyErrors, 'not_found'),
        },
      },
    },
    '/experiments/{id}': {
      parameters: [experimentId],
      get: {
        operationId: 'getExperiment',
        tags,
        summary: 'One experiment with its check-ins',
        responses: { '200': ok('the experiment', 'Experiment'), ...errors('not_found') },
      },
      delete: {
        operationId: 'deleteExperiment',
        tags,
        summary: 'Delete an experiment and its check-ins',
        responses: { '204': { description: 'deleted' }, ...errors('not_found') },
      },
    },
    '/experiments/{id}/check-ins': {
      parameters: [experimentId],
      post: {
        operationId: 'logCheckIn',
        tags,
        summary: 'Log a check-in: hours, progress, enjoyment and a note',
        description:
          'A check-in has no URL of its own: the answer is the experiment with the new check-in among its check-ins. A finished experiment takes no more check-ins (409, nothing changes).',
        requestBody: jsonBody('the check-in', 'NewCheckIn'),
        responses: {
          '200': ok('the experiment with the new check-in', 'Experiment'),
          ...errors(...bodyErrors, 'not_found', 'conflict'),
        },
      },
    },
    '/experiments/{id}/check-ins/{checkInId}': {
      parameters: [experimentId, checkInId],
      delete: {
        operationId: 'deleteCheckIn',
        tags,
        summary: 'Delete a mis-logged check-in',
        description:
          'The answer is the experiment without the check-in. An unknown experiment, or a check-in id that experiment does not have, is a 404 naming which. A finished experiment keeps the check-ins its reflection was written on (409, nothing changes).',
        responses: {
          '200': ok('the experiment without the deleted check-in', 'Experiment'),
          ...errors('not_found', 'conflict'),
        },
      },
    },
    '/experiments/{id}/finish': {
      parameters: [experimentId],
      post: {
        operationId: 'finishExperiment',
        tags,
        summary: 'Finish an experiment with a reflection',
        description: 'An experiment is finished once: finishing it again is a 409 and changes nothing.',
        requestBody: jsonBody('the day and the reflection; may be left out', 'Finish', false),
        responses: {
          '200': ok('the finished experiment', 'Experiment'),
          ...errors(...bodyErrors, 'not_found', 'conflict'),
        },
      },
    },
    '/experiments/{id}/expertise': {
      parameters: [experimentId],
      get: {
        operationId: 'getExpertise',
        tags: [...tags, 'expertise'],
        summary: 'A claimed governance topic: its six-month plan and the progress through it',
        responses: {
          '200': ok('the experiment, the plan and the progress', 'ExpertiseView'),
          ...errors('not_found'),
          '400': {
            description: 'The experiment is a fit test, not a claimed governance topic',
            content: jsonContent('Error'),
          },
        },
      },
    },
    '/topics/{id}/claim': {
      parameters: [pathParam('id', 'the id of one of the governance topics, e.g. "global-gpu-tracking"')],
      post: {
        operationId: 'claimTopic',
        tags: ['expertise'],
        summary: 'Claim a governance topic: start a six-month plan to become its expert',
        requestBody: jsonBody('the day to start; may be left out', 'TopicClaim', false),
        responses: {
          '201': created('the expertise experiment', 'Experiment'),
          ...errors(...bodyErrors, 'not_found'),
        },
      },
    },
    '/fit': {
      get: {
        operationId: 'getFit',
        tags: ['fit'],
        summary: 'Personal fit per path from a saved profile and everything logged, with its history',
        parameters: [queryParam('profile', FitQuery.shape.profile)],
        responses: {
          '200': ok('the fit report (as `lever fit --json` prints it) and its history', 'FitView'),
          ...errors('invalid_input', 'not_found'),
        },
      },
    },
  };
}
