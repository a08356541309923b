import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { readError } from '../../apollo/errors.js';
import { common } from '../../i18n/common.js';
import { useT } from '../../i18n/i18n.js';
import { messages } from './messages.js';
import { useSession } from './session.js';
import styles from './SignInPage.module.css';

export function SignInPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(params.get('next') ?? '/', { replace: true });
    } catch (err) {
      const read = readError(err);
      setError(
        read.codes.includes('UNAUTHENTICATED') || read.codes.includes('BAD_USER_INPUT') ? t('failed') : read.general,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <form className={styles.card} onSubmit={submit} aria-labelledby="signin-title" noValidate>
        <div className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">
            TĐ
          </span>
          <div>
            <div className={styles.appName}>{tc('appName')}</div>
            <div className={styles.tagline}>{tc('appTagline')}</div>
          </div>
        </div>
        <h1 id="signin-title">{t('title')}</h1>
        <p className={styles.intro}>{t('intro')}</p>
        <label className="field">
          <span className="field-label">{t('email')}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoFocus
          />
        </label>
        <label className="field">
          <span className="field-label">{t('password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="button primary wide" type="submit" disabled={busy}>
          {busy ? t('submitting') : t('submit')}
        </button>
        <p className={styles.hint}>{t('publicNote')}</p>
        <p className={styles.hint}>{t('demoHint')}</p>
      </form>
    </div>
  );
}
