import './sessions.css';
export { CommunitySessionsSection } from './CommunitySessionsSection';
export { EditSessionPage } from './EditSessionPage';
export { MySessionsPage } from './MySessionsPage';
export { NewSessionPage } from './NewSessionPage';
export { SessionPage } from './SessionPage';
export { CalendarFeedSection } from './CalendarFeedSection';
