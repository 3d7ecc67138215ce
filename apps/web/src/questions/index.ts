import './questions.css';
export { AskQuestionPage } from './AskQuestionPage';
export { JoinPage } from './JoinPanel';
export { MakelaarPage } from './MakelaarPage';
export { QuestionPage } from './QuestionPage';
export { QuestionsPage } from './QuestionsPage';
