/** The details of governance clusters and topics. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Cluster, Topic } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, paragraph, reference, section, wrapWith } from '../text.js';
import { referenceList } from './references.js';

/** The topics of the cluster, numbered as in the post, and its readings. */
export function clusterDetails(term: Terminal, indexed: IndexedKnowledgeBase, cluster: Cluster): string {
  const topics = indexed.kb.topics
    .filter((t) => t.cluster === cluster.id)
    .sort((a, b) => a.number - b.number);
  const rows = topics.map((t) => wrapWith(term, reference(term, t.id, t.title), `  ${t.number}. `, '     '));
  return blocks(
    section(term, 'Topics', rows.join('\n')),
    section(term, 'Readings', referenceList(term, indexed, cluster.readings)),
  );
}

/** Its place in its cluster, who has a head start on it, the kind of work, and readings. */
export function topicDetails(term: Terminal, indexed: IndexedKnowledgeBase, topic: Topic): string {
  const inCluster = indexed.kb.topics.filter((t) => t.cluster === topic.cluster).length;
  const clusterTitle = indexed.byId.get(topic.cluster)?.item.title ?? topic.cluster;
  const facts = [
    `Topic ${topic.number} of ${inCluster} in the cluster ${clusterTitle} (${topic.cluster})`,
    topic.backgrounds.length > 0 ? `A head start for backgrounds in: ${topic.backgrounds.join(', ')}` : '',
    topic.enjoys.length > 0 ? `The work involves: ${topic.enjoys.join(', ')}` : '',
  ].filter((line) => line !== '');
  return blocks(
    facts.map((line) => paragraph(term, line)).join('\n'),
    section(term, 'Readings', referenceList(term, indexed, topic.readings)),
  );
}
