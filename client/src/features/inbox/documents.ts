import { graphql } from '../../gql/index.js';

export const InboxDocument = graphql(`
  query Inbox($unreadOnly: Boolean) {
    unreadNotificationCount
    notifications(unreadOnly: $unreadOnly, limit: 100) {
      id
      kind
      summary
      read
      createdAt
      actor {
        id
        name
      }
      organization {
        id
        shortName
      }
      plan {
        id
        number
      }
      task {
        id
        code
        title
      }
    }
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded($after: ID) {
    notificationAdded(after: $after) {
      id
      kind
      summary
    }
  }
`);

export const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
