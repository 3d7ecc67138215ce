export { AcceptInvitationPage } from './AcceptInvitationPage';
