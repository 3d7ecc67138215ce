import './lessons.css';
export { HarvestReviewPage } from './HarvestReviewPage';
export { LessonPage } from './LessonPage';
export { LibraryPage } from './LibraryPage';
export { OverviewPage } from './OverviewPage';
export { SessionHarvestLinks } from './SessionHarvestLinks';
