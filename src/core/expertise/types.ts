/** The shapes of an expertise plan: dated milestones over six months, and checks to ask of one's work. */

/** A work to read, as the plan shows it; `url` is null when the post's link could not be identified. */
export interface PlanResource {
  id: string;
  title: string;
  url: string | null;
}

/** One step of the plan, due `week` whole weeks after the start. */
export interface Milestone {
  id: string;
  week: number;
  /** The start date plus `week` weeks, YYYY-MM-DD. */
  date: string;
  title: string;
  detail: string;
  /** Ids of the principles (content/principles.yaml) the milestone follows. */
  principles: string[];
  resources: PlanResource[];
}

/** A question to ask of one's own work on the topic, and the principle behind it. */
export interface PlanCheck {
  question: string;
  principle: string;
}

/** A six-month plan to become the expert on one governance topic. */
export interface ExpertisePlan {
  topicId: string;
  topicTitle: string;
  startedOn: string;
  /** The last milestone's date: the end of the plan. */
  dueOn: string;
  /** In date order. */
  milestones: Milestone[];
  checks: PlanCheck[];
}
