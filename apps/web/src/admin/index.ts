import './admin.css';
export { AdminPage } from './AdminPage';
export { ReportButton } from './ReportButton';
