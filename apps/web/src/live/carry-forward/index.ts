export { AdviceMarks } from './AdviceMarks';
export { CarriedNotice } from './CarriedNotice';
export { appendParagraph, CaseCarried, LiveCaseContext } from './CaseCarried';
export { carriedCards, markedKeys, toggleMark } from './marks';
export { useCarried, type Carried } from './useCarried';
export { StepAgreements } from './StepAgreements';
