import { useEffect, useRef, useState } from 'react';
import { useConnection } from '../apollo/connection.js';
import { common } from '../i18n/common.js';
import { useT } from '../i18n/i18n.js';
import styles from './Layout.module.css';

/** Says so while the live connection is down, and briefly once it is back and caught up. */
export function OfflineBanner() {
  const tc = useT(common);
  const { status, epoch } = useConnection();
  const [backOnline, setBackOnline] = useState(false);
  const wasOffline = useRef(false);

  useEffect(() => {
    if (status === 'offline') wasOffline.current = true;
    if (status === 'online' && wasOffline.current) {
      wasOffline.current = false;
      setBackOnline(true);
      const timer = setTimeout(() => setBackOnline(false), 4_000);
      return () => clearTimeout(timer);
    }
  }, [status, epoch]);

  if (status === 'offline')
    return (
      <div className={`${styles.banner} ${styles.offline}`} role="status" data-testid="offline-banner">
        {tc('offline')}
      </div>
    );
  if (backOnline)
    return (
      <div className={`${styles.banner} ${styles.online}`} role="status">
        {tc('reconnected')}
      </div>
    );
  return null;
}
