import './proposals.css';
export { ProposalPage } from './ProposalPage';
export { ProposalsPage } from './ProposalsPage';
export { CommunityProposalsSection } from './CommunityProposalsSection';
