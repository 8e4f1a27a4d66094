/** The page bodies of governance topic clusters and topics. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Cluster, Topic } from '../../../../core/kb/schema.js';
import { libraryItemUrl } from '../../urls.js';
import { Part, RefList } from '../parts.js';

/** The cluster's topics in the post's order. */
export function topicsOf(ikb: IndexedKnowledgeBase, clusterId: string): Topic[] {
  return ikb.kb.topics.filter((t) => t.cluster === clusterId).sort((a, b) => a.number - b.number);
}

/** The topics of the cluster, numbered as in the post, and its readings. */
export function ClusterDetails(props: { ikb: IndexedKnowledgeBase; cluster: Cluster }) {
  const { ikb, cluster } = props;
  return (
    <>
      <Part title="Topics">
        <ol class="topic-list">
          {topicsOf(ikb, cluster.id).map((topic) => (
            <li value={topic.number}>
              <a href={libraryItemUrl(topic.id)}>{topic.title}</a>
            </li>
          ))}
        </ol>
      </Part>
      <Part title="Readings" when={cluster.readings.length > 0}>
        <RefList ikb={ikb} ids={cluster.readings} />
      </Part>
    </>
  );
}

/** Its place in its cluster, who has a head start on it, the kind of work, and readings. */
export function TopicDetails(props: { ikb: IndexedKnowledgeBase; topic: Topic }) {
  const { ikb, topic } = props;
  const inCluster = topicsOf(ikb, topic.cluster).length;
  const clusterTitle = ikb.byId.get(topic.cluster)?.item.title ?? topic.cluster;
  return (
    <>
      <dl class="facts">
        <dt>Cluster</dt>
        <dd>
          Topic {topic.number} of {inCluster} in <a href={libraryItemUrl(topic.cluster)}>{clusterTitle}</a>
        </dd>
        {topic.backgrounds.length > 0 ? (
          <>
            <dt>A head start for backgrounds in</dt>
            <dd>{topic.backgrounds.join(', ')}</dd>
          </>
        ) : null}
        {topic.enjoys.length > 0 ? (
          <>
            <dt>The work involves</dt>
            <dd>{topic.enjoys.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <Part title="Readings" when={topic.readings.length > 0}>
        <RefList ikb={ikb} ids={topic.readings} />
      </Part>
    </>
  );
}
