/** The page bodies of governance topic clusters and topics. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Cluster, Topic } from '../../../../core/kb/schema.js';
import { EXPERTISE_URL, expertiseUrl, libraryItemUrl } from '../../urls.js';
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

/**
 * Claiming the topic starts a six-month plan to become its expert; once claimed, the page leads
 * to that plan instead.
 */
function ClaimTopic(props: { topic: Topic; running: string | undefined }) {
  if (props.running !== undefined) {
    return (
      <p class="claim-topic" id="claim-topic">
        You have claimed this topic. <a href={expertiseUrl(props.running)}>Open your six-month plan</a>
      </p>
    );
  }
  return (
    <form class="claim-topic" id="claim-topic" method="post" action={EXPERTISE_URL}>
      <input type="hidden" name="topicId" value={props.topic.id} />
      <button type="submit" class="primary">
        Claim this topic
      </button>
      <p class="hint">
        Start a six-month plan to become the person who knows this topic best: dated milestones, readings to
        start from, and a weekly check-in.
      </p>
    </form>
  );
}

/** Its place in its cluster, who has a head start on it, the kind of work, readings, and the claim. */
export function TopicDetails(props: {
  ikb: IndexedKnowledgeBase;
  topic: Topic;
  running?: string | undefined;
}) {
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
      <Part title="Become its expert">
        <ClaimTopic topic={topic} running={props.running} />
      </Part>
    </>
  );
}
