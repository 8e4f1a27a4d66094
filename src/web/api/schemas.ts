/**
 * The shapes of the API's bodies and query strings: the routes validate with them, the TypeScript
 * types come from them, and the OpenAPI document publishes them. The profile, plan and knowledge
 * base shapes are the core's own (src/core/schemas.ts), reused as they are.
 */
import * as z from 'zod';
import { ITEM_KINDS } from '../../core/kb/items.js';
import { Cluster, Direction, Path, Principle, Resource, Topic, Track } from '../../core/kb/schema.js';
import { Profile } from '../../core/profile/schema.js';
import { PROFILE_NAME_MAX_LENGTH } from '../../store/profile-input.js';

/**
 * What a person calls a saved profile, e.g. "me now". The store's own rule, checked here first so
 * the error names the field: 1 to PROFILE_NAME_MAX_LENGTH characters once surrounding spaces are
 * trimmed (the store saves it trimmed), counted as a person counts them (an emoji is one).
 */
export const ProfileName = z
  .string()
  .refine((name) => name.trim() !== '', 'must not be blank')
  .refine(
    (name) => [...name.trim()].length <= PROFILE_NAME_MAX_LENGTH,
    `is too long: at most ${PROFILE_NAME_MAX_LENGTH} characters allowed`,
  )
  .meta({
    minLength: 1,
    maxLength: PROFILE_NAME_MAX_LENGTH,
    description: 'what the person calls this profile, e.g. "me now"; surrounding spaces are trimmed',
  });

export const NewProfileBody = z
  .object({ name: ProfileName, profile: Profile })
  .strict()
  .describe('A profile to save under a name.');

export const ProfilePatchBody = z
  .object({ name: ProfileName.optional(), profile: Profile.optional() })
  .strict()
  .refine((patch) => patch.name !== undefined || patch.profile !== undefined, {
    message: 'nothing to change: give a new "name", a new "profile", or both',
  })
  .describe('Changes to a saved profile: a new name, a new profile (replacing the old one whole), or both.');

export const SavedProfile = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    profile: Profile,
    createdAt: z.string().describe('ISO 8601 timestamp'),
    updatedAt: z.string().describe('ISO 8601 timestamp'),
  })
  .strict()
  .describe('A profile saved under a name.');

export const ItemKindSchema = z.enum(ITEM_KINDS);

/** Most results a search returns, and how many when the query does not say. */
export const SEARCH_MAX_LIMIT = 200;
export const SEARCH_DEFAULT_LIMIT = 10;

export const SearchQuery = z
  .object({
    q: z.string().max(500).describe('the words to look for; typos and unfinished words are fine'),
    kind: z
      .array(ItemKindSchema)
      .optional()
      .describe('only items of these kinds; repeat the parameter or separate kinds with commas'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(SEARCH_MAX_LIMIT)
      .optional()
      .describe(`at most this many results (default ${SEARCH_DEFAULT_LIMIT})`),
  })
  .strict();

export const SearchResult = z
  .object({
    id: z.string(),
    kind: ItemKindSchema,
    title: z.string(),
    score: z.number(),
    snippet: z.string().optional().describe('a passage of the item around the words found'),
  })
  .strict();

export const ItemLink = z
  .object({
    id: z.string(),
    kind: ItemKindSchema,
    title: z.string(),
    field: z.string().describe('the field of the referring item that holds the reference'),
  })
  .strict();

export const ItemView = z
  .object({
    kind: ItemKindSchema,
    item: z.union([Principle, Path, Direction, Resource, Cluster, Topic, Track]),
    section: z
      .object({ id: z.string(), title: z.string(), trail: z.string(), url: z.url() })
      .strict()
      .nullable()
      .describe('the passage of the post the item comes from'),
    links: z.array(ItemLink).describe('items this one refers to'),
    backlinks: z.array(ItemLink).describe('items that refer to this one'),
  })
  .strict()
  .describe('One item of the knowledge base with its kind, its passage of the post and its links.');
