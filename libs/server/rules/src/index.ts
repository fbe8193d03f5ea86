export { eligibilityVerdict, evaluateEligibility, MAX_OUTLETS_RULE_ID } from './eligibility/evaluate-eligibility';
export type { EligibilityVerdict } from './eligibility/evaluate-eligibility';
export { describeCondition, describeActual } from './eligibility/condition-text';
export { evaluateRequirements, summarizeRequirements, requirementApplies } from './requirements/evaluate-requirements';
export { rulesContentProblems, validateRulesContent } from './validation/validate-rules-content';
export type { LocalizedRulesContentProblem, RulesContentProblem } from './validation/problems';
export { STARTING_CONFIGURATIONS, startingConfiguration } from './configurations/starting-configurations';
