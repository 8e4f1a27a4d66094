/** The page bodies of governance topic clusters and topics. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Cluster, Topic } from '../../../../core/kb/schema.js';
import { StartedOnField } from '../../experiments/started-on-field.js';
import { FieldError, invalidFields, type RefusedForm } from '../../form-errors.js';
import { EXPERTISE_URL, expertiseUrl, libraryItemUrl } from '../../urls.js';
import { Part, RefList } from '../parts.js';
import { valueWords } from '../words.js';

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
 * Claiming the topic starts a six-month plan to become its expert, from today or an earlier day;
 * once claimed, the page leads to that plan instead. A refused claim comes back here with the
 * problem next to the date.
 */
function ClaimTopic(props: {
  topic: Topic;
  today: string;
  running: string | undefined;
  start: RefusedForm | undefined;
}) {
  if (props.running !== undefined) {
    return (
      <p class="claim-topic" id="claim-topic">
        You have claimed this topic. <a href={expertiseUrl(props.running)}>Open your six-month plan</a>
      </p>
    );
  }
  const errors = props.start?.errors ?? {};
  const fields = invalidFields(errors, ['startedOn']);
  return (
    <form class="claim-topic" id="claim-topic" method="post" action={EXPERTISE_URL}>
      <input type="hidden" name="topicId" value={props.topic.id} />
      <FieldError id="claim-error" message={errors[''] ?? errors.topicId} />
      <p class="hint" id="claim-hint">
        Start a six-month plan to become the person who knows this topic best: dated milestones, readings to
        start from, and a weekly check-in. If you began earlier, say when: the milestones are dated from then.
      </p>
      <div class="claim-fields">
        <StartedOnField
          id="claim-started"
          errorId="claim-started-error"
          today={props.today}
          value={props.start?.values.startedOn}
          error={errors.startedOn}
          attributes={fields.field('startedOn', 'claim-started-error', 'claim-hint')}
        />
        <button type="submit" class="primary">
          Claim this topic
        </button>
      </div>
    </form>
  );
}

/** Its place in its cluster, who has a head start on it, the kind of work, readings, and the claim. */
export function TopicDetails(props: {
  ikb: IndexedKnowledgeBase;
  topic: Topic;
  today: string;
  running?: string | undefined;
  start?: RefusedForm | undefined;
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
            <dd>{valueWords('background', topic.backgrounds)}</dd>
          </>
        ) : null}
        {topic.enjoys.length > 0 ? (
          <>
            <dt>The work involves</dt>
            <dd>{valueWords('enjoys', topic.enjoys)}</dd>
          </>
        ) : null}
      </dl>
      <Part title="Readings" when={topic.readings.length > 0}>
        <RefList ikb={ikb} ids={topic.readings} />
      </Part>
      <Part title="Become its expert">
        <ClaimTopic topic={topic} today={props.today} running={props.running} start={props.start} />
      </Part>
    </>
  );
}
