import './cases.css';
export { CasePage } from './CasePage';
