export { AuthProvider, useAuth, useMe, type SessionEnd } from './AuthProvider';
export { LoginForm } from './LoginForm';
export { LoginPage } from './LoginPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
