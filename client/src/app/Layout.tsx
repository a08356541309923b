import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/session.js';
import { InboxBell } from '../features/inbox/InboxBell.js';
import { common } from '../i18n/common.js';
import { useLocale, useT } from '../i18n/i18n.js';
import { navEntries } from './features.js';
import { messages } from './messages.js';
import { OfflineBanner } from './OfflineBanner.js';
import { PendingIndicator } from '../features/offline/PendingChanges.js';
import styles from './Layout.module.css';

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const tc = useT(common);
  const next = locale === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className={`button ghost small ${styles.lang}`}
      onClick={() => setLocale(next)}
      lang={next}
      aria-label={`${tc('language')}: ${next === 'en' ? tc('switchToEnglish') : tc('switchToVietnamese')}`}
    >
      {next === 'en' ? 'EN' : 'VI'}
    </button>
  );
}

export function Layout() {
  const tc = useT(common);
  const t = useT(messages);
  const { locale } = useLocale();
  const { me, signOut } = useSession();
  const location = useLocation();

  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main">
        {tc('skipToContent')}
      </a>
      <header className={styles.header}>
        <NavLink to="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">
            TĐ
          </span>
          <span className={styles.brandText}>
            <strong>{tc('appName')}</strong>
            <small>{tc('appTagline')}</small>
          </span>
        </NavLink>
        <nav aria-label={t('mainNav')} className={styles.nav}>
          {navEntries
            .filter((n) => !n.visible || n.visible(me))
            .map((n) => (
              <NavLink key={n.to} to={n.to} className={({ isActive }) => (isActive ? styles.active : undefined)}>
                {n.label[locale]}
              </NavLink>
            ))}
        </nav>
        <div className={styles.user}>
          {me ? (
            <>
              <InboxBell />
              <div className={styles.identity} data-testid="signed-in-user">
                <span className={styles.userName}>{me.name}</span>
                <span className={styles.userUnit}>
                  {me.organization?.name ?? ''}
                  <span className={styles.role}>{tc(`userRole.${me.role}`)}</span>
                </span>
              </div>
              <button type="button" className="button small" onClick={() => void signOut()}>
                {tc('signOut')}
              </button>
            </>
          ) : (
            <>
              <span className={styles.anon}>{t('anonymous')}</span>
              {location.pathname !== '/sign-in' && (
                <NavLink
                  className="button small primary"
                  to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
                >
                  {tc('signIn')}
                </NavLink>
              )}
            </>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <OfflineBanner />
      <PendingIndicator />
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
