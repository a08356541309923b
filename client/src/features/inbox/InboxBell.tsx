// The header's inbox link with the unread count, kept live by notificationAdded: a mention of your
// unit shows up here while you look at any page.
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../auth/session.js';
import { InboxDocument, NotificationAddedDocument } from './documents.js';
import { messages } from './messages.js';
import styles from './Inbox.module.css';

export function InboxBell() {
  const { me } = useSession();
  if (!me) return null;
  return <SignedInBell />;
}

function SignedInBell() {
  const t = useT(messages);
  const client = useApolloClient();
  const { data } = useQuery(InboxDocument, { variables: { unreadOnly: false }, fetchPolicy: 'cache-and-network' });
  // Resume after the newest notification we have (0 for an empty inbox): the server replays whatever
  // arrived between the query and the socket, so nothing is lost at the seam.
  const after = data ? (data.notifications[0]?.id ?? '0') : null;
  useSubscription(NotificationAddedDocument, {
    variables: { after },
    skip: !data,
    onData: () => {
      void client.refetchQueries({ include: [InboxDocument] });
    },
  });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink
      to="/inbox"
      className={styles.bell}
      data-testid="inbox-bell"
      data-unread={unread}
      aria-label={t('bell', { n: unread })}
      title={t('bell', { n: unread })}
    >
      <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden>
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8M10 20a2 2 0 0 0 4 0" />
      </svg>
      {unread > 0 && (
        <span className={styles.count} data-testid="inbox-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
