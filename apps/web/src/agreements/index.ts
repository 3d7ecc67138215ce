import './agreements.css';
export { AgreementsPage } from './AgreementsPage';
export { AgreementItem } from './AgreementItem';
export { agreementsApi } from './agreements-api';
export { todayInNetherlands } from './today';
export { findingsOf, ServerFindings } from './ServerFindings';
export { SessionSummaryLink, SummaryPage } from './SummaryPage';
