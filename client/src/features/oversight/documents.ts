import { graphql } from '../../gql/index.js';

export const TaskOversightDocument = graphql(`
  query TaskOversight($id: ID!) {
    task(id: $id) {
      id
      code
      plan {
        id
        difficultyOffice {
          id
          name
        }
        standingOffice {
          id
        }
        issuingOrganization {
          id
        }
      }
      assignments {
        id
        role
        organization {
          id
        }
      }
      openObstacleCount
      obstacles {
        id
        status
        description
        forwardNote
        resolution
        version
        createdAt
        forwardedAt
        resolvedAt
        organization {
          id
          name
          shortName
        }
        routedTo {
          id
          name
        }
        raisedBy {
          id
          name
        }
        forwardedBy {
          id
          name
        }
        resolvedBy {
          id
          name
        }
      }
      findings {
        id
        status
        content
        dueDate
        overdue
        response
        createdAt
        respondedAt
        organization {
          id
          name
          shortName
        }
        filedBy {
          id
          name
        }
        respondedBy {
          id
          name
        }
      }
      activity {
        seq
        type
        at
        actor {
          id
          name
        }
        organization {
          id
          shortName
        }
        fieldChanges {
          field
          from
          to
        }
      }
    }
  }
`);

export const TaskOversightEventsDocument = graphql(`
  subscription TaskOversightEvents($planId: ID!) {
    planActivity(planId: $planId) {
      seq
      type
      task {
        id
      }
    }
  }
`);

export const RaiseObstacleDocument = graphql(`
  mutation RaiseObstacle($input: RaiseObstacleInput!) {
    raiseObstacle(input: $input) {
      id
      status
    }
  }
`);

export const ForwardObstacleDocument = graphql(`
  mutation ForwardObstacle($input: ForwardObstacleInput!) {
    forwardObstacle(input: $input) {
      id
      status
    }
  }
`);

export const ResolveObstacleDocument = graphql(`
  mutation ResolveObstacle($input: ResolveObstacleInput!) {
    resolveObstacle(input: $input) {
      id
      status
    }
  }
`);

export const FileFindingDocument = graphql(`
  mutation FileFinding($input: FileFindingInput!) {
    fileFinding(input: $input) {
      id
      status
    }
  }
`);

export const RespondToFindingDocument = graphql(`
  mutation RespondToFinding($input: RespondToFindingInput!) {
    respondToFinding(input: $input) {
      id
      status
    }
  }
`);

export const OversightDocument = graphql(`
  query Oversight($planId: ID!, $staleDays: Int) {
    plan(id: $planId) {
      id
      number
      title
    }
    oversight(planId: $planId, staleDays: $staleDays) {
      staleDays
      tasksWithFindings {
        id
        code
        title
        progress
        findings {
          id
          status
          overdue
          dueDate
          content
          organization {
            id
            shortName
          }
        }
      }
      overdueTasks {
        id
        code
        title
        deadlineDate
        progress
      }
      staleTasks {
        id
        code
        title
        lastReportAt
        progress
      }
      overdueFindings {
        id
      }
      openFindings {
        id
      }
      openObstacles {
        id
        status
        description
        createdAt
        organization {
          id
          shortName
        }
        task {
          id
          code
        }
      }
    }
  }
`);
