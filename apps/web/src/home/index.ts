import './home.css';
export { HomePage } from './HomePage';
export { NotificationsLink, NOTIFICATIONS_CHANGED } from './NotificationsLink';
export { NotificationsPage } from './NotificationsPage';
