// The board's GraphQL operations. The card fields are one fragment, used by the board query and by
// every live event, so an event's task lands in the cache exactly where the board reads it.
import { graphql } from '../../gql/index.js';

export const TaskCardFields = graphql(`
  fragment TaskCardFields on Task {
    id
    code
    title
    status
    progress
    overdue
    deadlineKind
    deadlineDate
    deadlineText
    lastReportAt
    version
    position
    openObstacleCount
    parent {
      id
    }
    assignments {
      id
      role
      progress
      status
      lastReportAt
      viaGroup {
        id
        code
      }
      organization {
        id
        name
        shortName
        kind
      }
    }
  }
`);

/**
 * A task's latest report, for meeting mode's spotlight. Not a card field: the board does not show
 * it, and 2,000 of them were a sixth of the board query's answer and of the server's work on it.
 */
export const TaskLatestReportFields = graphql(`
  fragment TaskLatestReportFields on Task {
    id
    latestReport {
      id
      progress
      summary
      createdAt
      organization {
        id
        shortName
      }
    }
  }
`);

export const TaskLatestReportDocument = graphql(`
  query TaskLatestReport($id: ID!) {
    task(id: $id) {
      ...TaskLatestReportFields
    }
  }
`);

export const BoardDocument = graphql(`
  query Board($id: ID!) {
    plan(id: $id) {
      id
      number
      title
      progress
      lastActivitySeq
      standingOffice {
        id
        name
        shortName
      }
      tasks {
        ...TaskCardFields
      }
    }
  }
`);

/** Groups of units ("các xã, thị trấn"), for folding matrix columns and naming group chips. */
export const OrganizationGroupsDocument = graphql(`
  query OrganizationGroups {
    organizationGroups {
      id
      code
      name
      members {
        id
      }
    }
  }
`);

export const ViewersDocument = graphql(`
  query Viewers($planId: ID!) {
    viewers(planId: $planId) {
      since
      user {
        id
        name
      }
      organization {
        id
        shortName
        name
      }
    }
  }
`);

/**
 * What an event carries of its task: the card, its latest report (written to the cache, where meeting
 * mode reads it), the parents whose progress rolled up, the plan's.
 */
export const LiveTaskFields = graphql(`
  fragment LiveTaskFields on Task {
    ...TaskCardFields
    ...TaskLatestReportFields
    parent {
      id
      progress
      status
      overdue
      parent {
        id
        progress
        status
        overdue
        parent {
          id
          progress
          status
          overdue
        }
      }
    }
    plan {
      id
      progress
    }
  }
`);

export const PlanActivityDocument = graphql(`
  subscription PlanActivity($planId: ID!, $after: Int) {
    planActivity(planId: $planId, after: $after) {
      seq
      type
      at
      planId
      actor {
        id
        name
      }
      organization {
        id
        shortName
        name
      }
      task {
        ...LiveTaskFields
      }
      report {
        ...ReportFields
      }
      comment {
        ...CommentFields
      }
      viewers {
        since
        user {
          id
          name
        }
        organization {
          id
          shortName
          name
        }
      }
    }
  }
`);

export const ReportFields = graphql(`
  fragment ReportFields on ProgressReport {
    id
    progress
    summary
    results
    difficulties
    proposals
    period
    createdAt
    author {
      id
      name
    }
    organization {
      id
      name
      shortName
    }
  }
`);

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    author {
      id
      name
    }
    organization {
      id
      shortName
      name
    }
    replyTo {
      id
    }
  }
`);

export const TaskDetailDocument = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskCardFields
      description
      recurrence
      parent {
        id
        code
        title
      }
      plan {
        id
        number
        standingOffice {
          id
        }
        issuingOrganization {
          id
        }
      }
      reports {
        ...ReportFields
      }
      comments {
        ...CommentFields
      }
    }
  }
`);

export const SubmitReportDocument = graphql(`
  mutation SubmitReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) {
      ...ReportFields
      task {
        ...TaskCardFields
      }
    }
  }
`);

export const AddCommentDocument = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);
