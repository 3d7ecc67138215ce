export { MethodStudioPage } from './MethodStudioPage';
