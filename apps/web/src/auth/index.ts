export { AuthProvider, useAuth, useMe } from './AuthProvider';
export { LoginForm } from './LoginForm';
export { LoginPage } from './LoginPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ResetPasswordPage } from './ResetPasswordPage';
