/**
 * Questions to ask of one's work on a governance topic, drawn from the post's advice on governance
 * research: aim for proposals, rank plans above insights above models, draft without letting
 * today's politics narrow the options, learn by writing, and leave big-picture strategy for later.
 */
import type { PlanCheck } from './types.js';

/** The checks every expertise plan carries, in the order a person would ask them of a draft. */
export const EXPERTISE_CHECKS: readonly PlanCheck[] = [
  {
    question:
      'Is this a proposal, or only analysis? Analysis earns its place when it feeds a concrete mechanism.',
    principle: 'proposals-over-analysis',
  },
  {
    question: 'Is it a plan, an insight or a model? Plans are worth the most, quantitative models the least.',
    principle: 'plans-insights-models',
  },
  {
    question: 'Did you drop an option only because it looks politically out of reach today?',
    principle: 'feasibility-later',
  },
  {
    question: 'Have you written something since your last check-in, or only read?',
    principle: 'learn-by-writing',
  },
  {
    question: 'Are you reaching for big-picture strategy before you know one topic in depth?',
    principle: 'strategy-research-later',
  },
];
