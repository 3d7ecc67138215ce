export { CommunityPage } from './CommunityPage';
export { MyCommunitiesPage } from './MyCommunitiesPage';
