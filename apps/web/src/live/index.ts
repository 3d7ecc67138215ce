export { LiveSessionPage } from './LiveSessionPage';
