import type { RouteObject } from 'react-router';
import { AccountPage } from '../account';
import { ForgotPasswordPage, LoginPage, ResetPasswordPage } from '../auth';
import { CommunityPage, MyCommunitiesPage } from '../communities';
import { AcceptInvitationPage } from '../invitations';
import { CasePage } from '../cases';
import { AgreementsPage, SummaryPage } from '../agreements';
import { HomePage, NotificationsPage } from '../home';
import { ProposalPage, ProposalsPage } from '../proposals';
import { MethodStudioPage } from '../methods';
import { HarvestReviewPage, LessonPage, LibraryPage, OverviewPage } from '../lessons';
import { AskQuestionPage, JoinPage, MakelaarPage, QuestionPage, QuestionsPage } from '../questions';
import { AdminPage } from '../admin';
import { EditSessionPage, MySessionsPage, NewSessionPage, SessionPage } from '../sessions';
import { ErrorPage } from './ErrorPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';

/**
 * Every page of the web client. URLs are Dutch, like the rest of the product.
 * Public pages sit directly under the layout; pages that need a logged-in person under RequireAuth.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      // The landing page: "Wat staat er voor mij klaar" (or the login page when not logged in).
      { index: true, element: <HomePage /> },
      { path: 'inloggen', element: <LoginPage /> },
      { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: 'wachtwoord-herstellen/:token', element: <ResetPasswordPage /> },
      { path: 'uitnodiging/:token', element: <AcceptInvitationPage /> },
      { path: 'vraag-en-advies/aanmelden', element: <JoinPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: 'cops', element: <MyCommunitiesPage /> },
          { path: 'cops/:id', element: <CommunityPage /> },
          { path: 'cops/:id/afspraken', element: <AgreementsPage /> },
          { path: 'cops/:id/methodes', element: <MethodStudioPage /> },
          { path: 'sessies/:id/samenvatting', element: <SummaryPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'meldingen', element: <NotificationsPage /> },
          { path: 'cops/:id/voorstellen', element: <ProposalsPage /> },
          { path: 'voorstellen/:id', element: <ProposalPage /> },
          { path: 'cops/:id/sessies/nieuw', element: <NewSessionPage /> },
          { path: 'sessies', element: <MySessionsPage /> },
          { path: 'sessies/:id', element: <SessionPage /> },
          { path: 'sessies/:id/wijzigen', element: <EditSessionPage /> },
          { path: 'sessies/:id/casus', element: <CasePage /> },
          { path: 'sessies/:id/oogst', element: <HarvestReviewPage /> },
          { path: 'lessen', element: <LibraryPage /> },
          { path: 'lessen/overzicht', element: <OverviewPage /> },
          { path: 'lessen/:id', element: <LessonPage /> },
          { path: 'vragen', element: <QuestionsPage /> },
          { path: 'vragen/nieuw', element: <AskQuestionPage /> },
          { path: 'vragen/makelen', element: <MakelaarPage /> },
          { path: 'vragen/:id', element: <QuestionPage /> },
          { path: 'beheer', element: <AdminPage /> },
          // The live room brings Yjs and socket.io: loaded only when someone opens it.
          { path: 'sessies/:id/live', lazy: () => import('../live').then((module) => ({ Component: module.LiveSessionPage })) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
