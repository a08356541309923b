/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminData {\n    organizations {\n      id\n      name\n      shortName\n      kind\n      parent {\n        id\n        shortName\n      }\n    }\n    organizationGroups {\n      id\n      name\n      code\n      members {\n        id\n        shortName\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n": typeof types.AdminDataDocument,
    "\n  query AuditLog {\n    auditLog(limit: 200) {\n      id\n      at\n      action\n      targetType\n      targetId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation CreateOrganizationGroup($input: CreateOrganizationGroupInput!) {\n    createOrganizationGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganizationGroupDocument,
    "\n  mutation UpdateOrganizationGroup($input: UpdateOrganizationGroupInput!) {\n    updateOrganizationGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOrganizationGroupDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    openObstacleCount\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n": typeof types.TaskCardFieldsFragmentDoc,
    "\n  query Board($id: ID!) {\n    plan(id: $id) {\n      id\n      number\n      title\n      progress\n      lastActivitySeq\n      standingOffice {\n        id\n        name\n        shortName\n      }\n      tasks {\n        ...TaskCardFields\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query OrganizationGroups {\n    organizationGroups {\n      id\n      code\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.OrganizationGroupsDocument,
    "\n  query Viewers($planId: ID!) {\n    viewers(planId: $planId) {\n      since\n      user {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n    }\n  }\n": typeof types.ViewersDocument,
    "\n  fragment LiveTaskFields on Task {\n    ...TaskCardFields\n    parent {\n      id\n      progress\n      status\n      overdue\n      parent {\n        id\n        progress\n        status\n        overdue\n        parent {\n          id\n          progress\n          status\n          overdue\n        }\n      }\n    }\n    plan {\n      id\n      progress\n    }\n  }\n": typeof types.LiveTaskFieldsFragmentDoc,
    "\n  subscription PlanActivity($planId: ID!, $after: Int) {\n    planActivity(planId: $planId, after: $after) {\n      seq\n      type\n      at\n      planId\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n      task {\n        ...LiveTaskFields\n      }\n      report {\n        ...ReportFields\n      }\n      comment {\n        ...CommentFields\n      }\n      viewers {\n        since\n        user {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": typeof types.PlanActivityDocument,
    "\n  fragment ReportFields on ProgressReport {\n    id\n    progress\n    summary\n    results\n    difficulties\n    proposals\n    period\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      shortName\n      name\n    }\n    replyTo {\n      id\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      recurrence\n      parent {\n        id\n        code\n        title\n      }\n      plan {\n        id\n        number\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      reports {\n        ...ReportFields\n      }\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation SubmitReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      ...ReportFields\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  query Inbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, limit: 100) {\n      id\n      kind\n      summary\n      read\n      createdAt\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n      }\n      plan {\n        id\n        number\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      id\n      kind\n      summary\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query OversightPlans {\n    plans {\n      id\n      number\n    }\n  }\n": typeof types.OversightPlansDocument,
    "\n  query TaskOversight($id: ID!) {\n    task(id: $id) {\n      id\n      code\n      plan {\n        id\n        difficultyOffice {\n          id\n          name\n        }\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        organization {\n          id\n        }\n      }\n      openObstacleCount\n      obstacles {\n        id\n        status\n        description\n        forwardNote\n        resolution\n        version\n        createdAt\n        forwardedAt\n        resolvedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        routedTo {\n          id\n          name\n        }\n        raisedBy {\n          id\n          name\n        }\n        forwardedBy {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n      }\n      findings {\n        id\n        status\n        content\n        dueDate\n        overdue\n        response\n        createdAt\n        respondedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        filedBy {\n          id\n          name\n        }\n        respondedBy {\n          id\n          name\n        }\n      }\n      activity {\n        seq\n        type\n        at\n        actor {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n        }\n        fieldChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.TaskOversightDocument,
    "\n  subscription TaskOversightEvents($planId: ID!) {\n    planActivity(planId: $planId) {\n      seq\n      type\n      task {\n        id\n      }\n    }\n  }\n": typeof types.TaskOversightEventsDocument,
    "\n  mutation RaiseObstacle($input: RaiseObstacleInput!) {\n    raiseObstacle(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RaiseObstacleDocument,
    "\n  mutation ForwardObstacle($input: ForwardObstacleInput!) {\n    forwardObstacle(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ForwardObstacleDocument,
    "\n  mutation ResolveObstacle($input: ResolveObstacleInput!) {\n    resolveObstacle(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveObstacleDocument,
    "\n  mutation FileFinding($input: FileFindingInput!) {\n    fileFinding(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FileFindingDocument,
    "\n  mutation RespondToFinding($input: RespondToFindingInput!) {\n    respondToFinding(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToFindingDocument,
    "\n  query Oversight($planId: ID!, $staleDays: Int) {\n    plan(id: $planId) {\n      id\n      number\n      title\n    }\n    oversight(planId: $planId, staleDays: $staleDays) {\n      staleDays\n      tasksWithFindings {\n        id\n        code\n        title\n        progress\n        findings {\n          id\n          status\n          overdue\n          dueDate\n          content\n          organization {\n            id\n            shortName\n          }\n        }\n      }\n      overdueTasks {\n        id\n        code\n        title\n        deadlineDate\n        progress\n      }\n      staleTasks {\n        id\n        code\n        title\n        lastReportAt\n        progress\n      }\n      overdueFindings {\n        id\n      }\n      openFindings {\n        id\n      }\n      openObstacles {\n        id\n        status\n        description\n        createdAt\n        organization {\n          id\n          shortName\n        }\n        task {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.OversightDocument,
    "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PlansDocument,
};
const documents: Documents = {
    "\n  query AdminData {\n    organizations {\n      id\n      name\n      shortName\n      kind\n      parent {\n        id\n        shortName\n      }\n    }\n    organizationGroups {\n      id\n      name\n      code\n      members {\n        id\n        shortName\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n": types.AdminDataDocument,
    "\n  query AuditLog {\n    auditLog(limit: 200) {\n      id\n      at\n      action\n      targetType\n      targetId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation CreateOrganizationGroup($input: CreateOrganizationGroupInput!) {\n    createOrganizationGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganizationGroupDocument,
    "\n  mutation UpdateOrganizationGroup($input: UpdateOrganizationGroupInput!) {\n    updateOrganizationGroup(input: $input) {\n      id\n    }\n  }\n": types.UpdateOrganizationGroupDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    openObstacleCount\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n": types.TaskCardFieldsFragmentDoc,
    "\n  query Board($id: ID!) {\n    plan(id: $id) {\n      id\n      number\n      title\n      progress\n      lastActivitySeq\n      standingOffice {\n        id\n        name\n        shortName\n      }\n      tasks {\n        ...TaskCardFields\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query OrganizationGroups {\n    organizationGroups {\n      id\n      code\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.OrganizationGroupsDocument,
    "\n  query Viewers($planId: ID!) {\n    viewers(planId: $planId) {\n      since\n      user {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n    }\n  }\n": types.ViewersDocument,
    "\n  fragment LiveTaskFields on Task {\n    ...TaskCardFields\n    parent {\n      id\n      progress\n      status\n      overdue\n      parent {\n        id\n        progress\n        status\n        overdue\n        parent {\n          id\n          progress\n          status\n          overdue\n        }\n      }\n    }\n    plan {\n      id\n      progress\n    }\n  }\n": types.LiveTaskFieldsFragmentDoc,
    "\n  subscription PlanActivity($planId: ID!, $after: Int) {\n    planActivity(planId: $planId, after: $after) {\n      seq\n      type\n      at\n      planId\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n      task {\n        ...LiveTaskFields\n      }\n      report {\n        ...ReportFields\n      }\n      comment {\n        ...CommentFields\n      }\n      viewers {\n        since\n        user {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n": types.PlanActivityDocument,
    "\n  fragment ReportFields on ProgressReport {\n    id\n    progress\n    summary\n    results\n    difficulties\n    proposals\n    period\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      shortName\n      name\n    }\n    replyTo {\n      id\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      recurrence\n      parent {\n        id\n        code\n        title\n      }\n      plan {\n        id\n        number\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      reports {\n        ...ReportFields\n      }\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation SubmitReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      ...ReportFields\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n": types.SubmitReportDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  query Inbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, limit: 100) {\n      id\n      kind\n      summary\n      read\n      createdAt\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n      }\n      plan {\n        id\n        number\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      id\n      kind\n      summary\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query OversightPlans {\n    plans {\n      id\n      number\n    }\n  }\n": types.OversightPlansDocument,
    "\n  query TaskOversight($id: ID!) {\n    task(id: $id) {\n      id\n      code\n      plan {\n        id\n        difficultyOffice {\n          id\n          name\n        }\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        organization {\n          id\n        }\n      }\n      openObstacleCount\n      obstacles {\n        id\n        status\n        description\n        forwardNote\n        resolution\n        version\n        createdAt\n        forwardedAt\n        resolvedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        routedTo {\n          id\n          name\n        }\n        raisedBy {\n          id\n          name\n        }\n        forwardedBy {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n      }\n      findings {\n        id\n        status\n        content\n        dueDate\n        overdue\n        response\n        createdAt\n        respondedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        filedBy {\n          id\n          name\n        }\n        respondedBy {\n          id\n          name\n        }\n      }\n      activity {\n        seq\n        type\n        at\n        actor {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n        }\n        fieldChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.TaskOversightDocument,
    "\n  subscription TaskOversightEvents($planId: ID!) {\n    planActivity(planId: $planId) {\n      seq\n      type\n      task {\n        id\n      }\n    }\n  }\n": types.TaskOversightEventsDocument,
    "\n  mutation RaiseObstacle($input: RaiseObstacleInput!) {\n    raiseObstacle(input: $input) {\n      id\n      status\n    }\n  }\n": types.RaiseObstacleDocument,
    "\n  mutation ForwardObstacle($input: ForwardObstacleInput!) {\n    forwardObstacle(input: $input) {\n      id\n      status\n    }\n  }\n": types.ForwardObstacleDocument,
    "\n  mutation ResolveObstacle($input: ResolveObstacleInput!) {\n    resolveObstacle(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveObstacleDocument,
    "\n  mutation FileFinding($input: FileFindingInput!) {\n    fileFinding(input: $input) {\n      id\n      status\n    }\n  }\n": types.FileFindingDocument,
    "\n  mutation RespondToFinding($input: RespondToFindingInput!) {\n    respondToFinding(input: $input) {\n      id\n      status\n    }\n  }\n": types.RespondToFindingDocument,
    "\n  query Oversight($planId: ID!, $staleDays: Int) {\n    plan(id: $planId) {\n      id\n      number\n      title\n    }\n    oversight(planId: $planId, staleDays: $staleDays) {\n      staleDays\n      tasksWithFindings {\n        id\n        code\n        title\n        progress\n        findings {\n          id\n          status\n          overdue\n          dueDate\n          content\n          organization {\n            id\n            shortName\n          }\n        }\n      }\n      overdueTasks {\n        id\n        code\n        title\n        deadlineDate\n        progress\n      }\n      staleTasks {\n        id\n        code\n        title\n        lastReportAt\n        progress\n      }\n      overdueFindings {\n        id\n      }\n      openFindings {\n        id\n      }\n      openObstacles {\n        id\n        status\n        description\n        createdAt\n        organization {\n          id\n          shortName\n        }\n        task {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.OversightDocument,
    "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n": types.PlansDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminData {\n    organizations {\n      id\n      name\n      shortName\n      kind\n      parent {\n        id\n        shortName\n      }\n    }\n    organizationGroups {\n      id\n      name\n      code\n      members {\n        id\n        shortName\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminData {\n    organizations {\n      id\n      name\n      shortName\n      kind\n      parent {\n        id\n        shortName\n      }\n    }\n    organizationGroups {\n      id\n      name\n      code\n      members {\n        id\n        shortName\n      }\n    }\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog {\n    auditLog(limit: 200) {\n      id\n      at\n      action\n      targetType\n      targetId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog {\n    auditLog(limit: 200) {\n      id\n      at\n      action\n      targetType\n      targetId\n      changes\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganizationGroup($input: CreateOrganizationGroupInput!) {\n    createOrganizationGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganizationGroup($input: CreateOrganizationGroupInput!) {\n    createOrganizationGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationGroup($input: UpdateOrganizationGroupInput!) {\n    updateOrganizationGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationGroup($input: UpdateOrganizationGroupInput!) {\n    updateOrganizationGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      temporaryPassword\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    openObstacleCount\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    openObstacleCount\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($id: ID!) {\n    plan(id: $id) {\n      id\n      number\n      title\n      progress\n      lastActivitySeq\n      standingOffice {\n        id\n        name\n        shortName\n      }\n      tasks {\n        ...TaskCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board($id: ID!) {\n    plan(id: $id) {\n      id\n      number\n      title\n      progress\n      lastActivitySeq\n      standingOffice {\n        id\n        name\n        shortName\n      }\n      tasks {\n        ...TaskCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationGroups {\n    organizationGroups {\n      id\n      code\n      name\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationGroups {\n    organizationGroups {\n      id\n      code\n      name\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewers($planId: ID!) {\n    viewers(planId: $planId) {\n      since\n      user {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewers($planId: ID!) {\n    viewers(planId: $planId) {\n      since\n      user {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveTaskFields on Task {\n    ...TaskCardFields\n    parent {\n      id\n      progress\n      status\n      overdue\n      parent {\n        id\n        progress\n        status\n        overdue\n        parent {\n          id\n          progress\n          status\n          overdue\n        }\n      }\n    }\n    plan {\n      id\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment LiveTaskFields on Task {\n    ...TaskCardFields\n    parent {\n      id\n      progress\n      status\n      overdue\n      parent {\n        id\n        progress\n        status\n        overdue\n        parent {\n          id\n          progress\n          status\n          overdue\n        }\n      }\n    }\n    plan {\n      id\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanActivity($planId: ID!, $after: Int) {\n    planActivity(planId: $planId, after: $after) {\n      seq\n      type\n      at\n      planId\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n      task {\n        ...LiveTaskFields\n      }\n      report {\n        ...ReportFields\n      }\n      comment {\n        ...CommentFields\n      }\n      viewers {\n        since\n        user {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PlanActivity($planId: ID!, $after: Int) {\n    planActivity(planId: $planId, after: $after) {\n      seq\n      type\n      at\n      planId\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n        name\n      }\n      task {\n        ...LiveTaskFields\n      }\n      report {\n        ...ReportFields\n      }\n      comment {\n        ...CommentFields\n      }\n      viewers {\n        since\n        user {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on ProgressReport {\n    id\n    progress\n    summary\n    results\n    difficulties\n    proposals\n    period\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFields on ProgressReport {\n    id\n    progress\n    summary\n    results\n    difficulties\n    proposals\n    period\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      shortName\n      name\n    }\n    replyTo {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    organization {\n      id\n      shortName\n      name\n    }\n    replyTo {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      recurrence\n      parent {\n        id\n        code\n        title\n      }\n      plan {\n        id\n        number\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      reports {\n        ...ReportFields\n      }\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskCardFields\n      description\n      recurrence\n      parent {\n        id\n        code\n        title\n      }\n      plan {\n        id\n        number\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      reports {\n        ...ReportFields\n      }\n      comments {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      ...ReportFields\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      ...ReportFields\n      task {\n        ...TaskCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, limit: 100) {\n      id\n      kind\n      summary\n      read\n      createdAt\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n      }\n      plan {\n        id\n        number\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($unreadOnly: Boolean) {\n    unreadNotificationCount\n    notifications(unreadOnly: $unreadOnly, limit: 100) {\n      id\n      kind\n      summary\n      read\n      createdAt\n      actor {\n        id\n        name\n      }\n      organization {\n        id\n        shortName\n      }\n      plan {\n        id\n        number\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      id\n      kind\n      summary\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded($after: ID) {\n    notificationAdded(after: $after) {\n      id\n      kind\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightPlans {\n    plans {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  query OversightPlans {\n    plans {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskOversight($id: ID!) {\n    task(id: $id) {\n      id\n      code\n      plan {\n        id\n        difficultyOffice {\n          id\n          name\n        }\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        organization {\n          id\n        }\n      }\n      openObstacleCount\n      obstacles {\n        id\n        status\n        description\n        forwardNote\n        resolution\n        version\n        createdAt\n        forwardedAt\n        resolvedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        routedTo {\n          id\n          name\n        }\n        raisedBy {\n          id\n          name\n        }\n        forwardedBy {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n      }\n      findings {\n        id\n        status\n        content\n        dueDate\n        overdue\n        response\n        createdAt\n        respondedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        filedBy {\n          id\n          name\n        }\n        respondedBy {\n          id\n          name\n        }\n      }\n      activity {\n        seq\n        type\n        at\n        actor {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n        }\n        fieldChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskOversight($id: ID!) {\n    task(id: $id) {\n      id\n      code\n      plan {\n        id\n        difficultyOffice {\n          id\n          name\n        }\n        standingOffice {\n          id\n        }\n        issuingOrganization {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        organization {\n          id\n        }\n      }\n      openObstacleCount\n      obstacles {\n        id\n        status\n        description\n        forwardNote\n        resolution\n        version\n        createdAt\n        forwardedAt\n        resolvedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        routedTo {\n          id\n          name\n        }\n        raisedBy {\n          id\n          name\n        }\n        forwardedBy {\n          id\n          name\n        }\n        resolvedBy {\n          id\n          name\n        }\n      }\n      findings {\n        id\n        status\n        content\n        dueDate\n        overdue\n        response\n        createdAt\n        respondedAt\n        organization {\n          id\n          name\n          shortName\n        }\n        filedBy {\n          id\n          name\n        }\n        respondedBy {\n          id\n          name\n        }\n      }\n      activity {\n        seq\n        type\n        at\n        actor {\n          id\n          name\n        }\n        organization {\n          id\n          shortName\n        }\n        fieldChanges {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskOversightEvents($planId: ID!) {\n    planActivity(planId: $planId) {\n      seq\n      type\n      task {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskOversightEvents($planId: ID!) {\n    planActivity(planId: $planId) {\n      seq\n      type\n      task {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseObstacle($input: RaiseObstacleInput!) {\n    raiseObstacle(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseObstacle($input: RaiseObstacleInput!) {\n    raiseObstacle(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardObstacle($input: ForwardObstacleInput!) {\n    forwardObstacle(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardObstacle($input: ForwardObstacleInput!) {\n    forwardObstacle(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveObstacle($input: ResolveObstacleInput!) {\n    resolveObstacle(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveObstacle($input: ResolveObstacleInput!) {\n    resolveObstacle(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileFinding($input: FileFindingInput!) {\n    fileFinding(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FileFinding($input: FileFindingInput!) {\n    fileFinding(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToFinding($input: RespondToFindingInput!) {\n    respondToFinding(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToFinding($input: RespondToFindingInput!) {\n    respondToFinding(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Oversight($planId: ID!, $staleDays: Int) {\n    plan(id: $planId) {\n      id\n      number\n      title\n    }\n    oversight(planId: $planId, staleDays: $staleDays) {\n      staleDays\n      tasksWithFindings {\n        id\n        code\n        title\n        progress\n        findings {\n          id\n          status\n          overdue\n          dueDate\n          content\n          organization {\n            id\n            shortName\n          }\n        }\n      }\n      overdueTasks {\n        id\n        code\n        title\n        deadlineDate\n        progress\n      }\n      staleTasks {\n        id\n        code\n        title\n        lastReportAt\n        progress\n      }\n      overdueFindings {\n        id\n      }\n      openFindings {\n        id\n      }\n      openObstacles {\n        id\n        status\n        description\n        createdAt\n        organization {\n          id\n          shortName\n        }\n        task {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Oversight($planId: ID!, $staleDays: Int) {\n    plan(id: $planId) {\n      id\n      number\n      title\n    }\n    oversight(planId: $planId, staleDays: $staleDays) {\n      staleDays\n      tasksWithFindings {\n        id\n        code\n        title\n        progress\n        findings {\n          id\n          status\n          overdue\n          dueDate\n          content\n          organization {\n            id\n            shortName\n          }\n        }\n      }\n      overdueTasks {\n        id\n        code\n        title\n        deadlineDate\n        progress\n      }\n      staleTasks {\n        id\n        code\n        title\n        lastReportAt\n        progress\n      }\n      overdueFindings {\n        id\n      }\n      openFindings {\n        id\n      }\n      openObstacles {\n        id\n        status\n        description\n        createdAt\n        organization {\n          id\n          shortName\n        }\n        task {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;