/**
 * Integrity of the knowledge base beyond its schema: ids unique across kinds, every
 * cross-reference and section pointing somewhere real, and of the right kind.
 */
import type { Problem } from '../validation.js';
import { allItems, expectedKind, outgoingReferences } from './items.js';
import type { KnowledgeBase } from './schema.js';

/** Returns every broken reference or duplicate id; an empty list means the knowledge base is whole. */
export function checkReferences(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const items = allItems(kb);
  const kinds = new Map<string, string>();
  for (const { kind, item } of items) {
    const seen = kinds.get(item.id);
    if (seen)
      problems.push({ path: `${kind}:${item.id}`, message: `id "${item.id}" is already used by a ${seen}` });
    else kinds.set(item.id, kind);
  }

  const sectionIds = new Set<string>();
  kb.source.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) {
      problems.push({
        path: `source.sections[${i}].id`,
        message: `section id "${section.id}" is used twice`,
      });
    }
    sectionIds.add(section.id);
  });
  kb.source.sections.forEach((section, i) => {
    if (section.parent && !sectionIds.has(section.parent)) {
      problems.push({
        path: `source.sections[${i}].parent`,
        message: `no section has id "${section.parent}"`,
      });
    }
  });

  for (const entry of items) {
    const where = `${entry.kind}:${entry.item.id}`;
    if (!sectionIds.has(entry.item.section)) {
      problems.push({
        path: `${where}.section`,
        message: `no section of the post has id "${entry.item.section}"`,
      });
    }
    for (const { field, id } of outgoingReferences(entry)) {
      const kind = kinds.get(id);
      if (!kind) {
        problems.push({ path: `${where}.${field}`, message: `"${id}" points nowhere: no item has that id` });
        continue;
      }
      const wanted = expectedKind(field);
      if (wanted && kind !== wanted) {
        problems.push({
          path: `${where}.${field}`,
          message: `"${id}" is a ${kind}, but this field lists ${wanted}s`,
        });
      }
      if (id === entry.item.id) {
        problems.push({ path: `${where}.${field}`, message: 'an item must not refer to itself' });
      }
    }
  }
  return problems;
}
