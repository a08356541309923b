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
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n": typeof types.TaskCardFieldsFragmentDoc,
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
    "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PlansDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n": types.TaskCardFieldsFragmentDoc,
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
export function graphql(source: "\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCardFields on Task {\n    id\n    code\n    title\n    status\n    progress\n    overdue\n    deadlineKind\n    deadlineDate\n    deadlineText\n    lastReportAt\n    version\n    position\n    parent {\n      id\n    }\n    assignments {\n      id\n      role\n      progress\n      status\n      lastReportAt\n      viaGroup {\n        id\n        code\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n    latestReport {\n      id\n      progress\n      summary\n      createdAt\n      organization {\n        id\n        shortName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;