/** The field map: every direction in its tier, every topic in its cluster, every node a working link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIERS } from '../../../src/core/vocabulary.js';
import { itemLinks, slice } from './html.js';
import { type LibraryApp, libraryApp } from './library-app.js';

let lib: LibraryApp;
let html: string;
beforeAll(async () => {
  lib = await libraryApp();
  const page = await lib.get('/map');
  expect(page.status).toBe(200);
  html = page.html;
});
afterAll(() => lib.close());

/** The data-ids of the map nodes in a slice of the page. */
function nodeIds(part: string): string[] {
  return [
    ...part.matchAll(/<(?:article|li) class="map-node" data-id="([^"]+)"|<li value="\d+" data-id="([^"]+)"/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

describe('the field map', () => {
  it('shows all nine directions, each under its own tier', () => {
    const { directions } = lib.deps.advice.ikb.kb;
    expect(directions).toHaveLength(9);
    TIERS.forEach((tier, i) => {
      const next = TIERS[i + 1];
      const part = slice(
        html,
        `data-testid="map-tier-${tier}"`,
        next ? `data-testid="map-tier-${next}"` : 'data-testid="map-tracks"',
      );
      expect(nodeIds(part), tier).toEqual(directions.filter((d) => d.tier === tier).map((d) => d.id));
    });
  });

  it('shows all 24 topics, numbered as in the post, each under its own cluster', () => {
    const { clusters, topics } = lib.deps.advice.ikb.kb;
    expect(topics).toHaveLength(24);
    clusters.forEach((cluster, i) => {
      const next = clusters[i + 1];
      const part = slice(
        html,
        `data-testid="map-cluster-${cluster.id}"`,
        next ? `data-testid="map-cluster-${next.id}"` : undefined,
      );
      const expected = topics
        .filter((t) => t.cluster === cluster.id)
        .sort((a, b) => a.number - b.number)
        .map((t) => t.id);
      expect(nodeIds(part), cluster.id).toEqual(expected);
    });
  });

  it('shows every track', () => {
    const tracks = slice(html, 'data-testid="map-tracks"', 'data-testid="map-topics"');
    for (const track of lib.deps.advice.ikb.kb.tracks)
      expect(tracks).toContain(`href="/library/${track.id}"`);
  });

  it('links each node to a page that exists', async () => {
    const ids = [...new Set(itemLinks(html))];
    expect(ids.length).toBeGreaterThan(9 + 24);
    for (const id of ids) expect((await lib.get(`/library/${id}`)).status, id).toBe(200);
    // Strand links land on the strand's heading on the direction's page.
    const strand = /href="\/library\/([a-z-]+)#(strand-[a-z0-9-]+)"/.exec(html);
    if (!strand) throw new Error('no strand links on the map');
    expect((await lib.get(`/library/${strand[1]}`)).html).toContain(`id="${strand[2]}"`);
  });
});
