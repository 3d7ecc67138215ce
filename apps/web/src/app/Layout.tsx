import { useEffect, useRef, type MouseEvent } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { NotificationsLink } from '../home';
import { useT } from '../i18n';
import { Button } from '../ui';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of every page: skip link, header (brand, main menu, language, account), the one
 * <main> landmark and a footer. After each navigation focus moves to the new page's heading,
 * so screen-reader users hear where they are and keyboard users start at the content.
 */
export function Layout() {
  const t = useT();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const main = mainRef.current;
      if (!main) return;
      const heading = main.querySelector<HTMLElement>('[data-page-title]');
      if (heading) {
        heading.focus();
      } else {
        // The page is still loading: focus <main> now; its PageTitle takes focus when it appears.
        main.dataset.focusTitle = 'pending';
        main.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <div className="shell">
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t.layout.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="11" cy="16" r="7" />
              <circle cx="21" cy="16" r="7" />
            </svg>
            <span className="brand__text">
              <span className="brand__name">{t.common.appName}</span>
              <span className="brand__tagline">{t.layout.tagline}</span>
            </span>
          </Link>
          <MainNav />
          <div className="site-header__tools">
            <LanguageSwitch />
            <AccountTools />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t.layout.footer}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

/**
 * The main menu for logged-in people. Each area of the product gets one entry here; sessions
 * and the lessons library will join "Mijn CoP's" when they exist.
 */
function MainNav() {
  const t = useT();
  const { me } = useAuth();
  const { pathname } = useLocation();
  if (!me) return null;
  const items = [
    { to: '/', label: t.home.nav },
    { to: '/cops', label: t.layout.navCops },
    { to: '/sessies', label: t.sessions.nav },
    { to: '/lessen', label: t.lessons.nav },
    { to: '/vragen', label: t.questions.nav },
    ...(me.isPlatformAdmin ? [{ to: '/beheer', label: t.admin.nav }] : []),
    { to: '/account', label: t.layout.navAccount },
  ];
  return (
    <nav className="main-nav" aria-label={t.layout.mainNav}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            {/* "page" on the entry itself, "true" on the area a sub page belongs to (e.g. one CoP). */}
            <Link
              to={item.to}
              className="main-nav__link"
              aria-current={pathname === item.to ? 'page' : item.to !== '/' && pathname.startsWith(`${item.to}/`) ? 'true' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountTools() {
  const t = useT();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  if (!me) return null;
  const handleLogout = async () => {
    try {
      await logout();
    } finally {
      navigate('/inloggen', { replace: true });
    }
  };
  return (
    <div className="account-tools">
      <NotificationsLink />
      <span className="account-tools__name">{t.layout.loggedInAs(me.name)}</span>
      <Button variant="quiet" onClick={() => void handleLogout()}>
        {t.layout.logout}
      </Button>
    </div>
  );
}
