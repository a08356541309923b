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
    "\n  query ConsolidatedReports($planId: ID!) {\n    reportingCycles(planId: $planId) {\n      key\n      label\n    }\n    consolidatedReports(planId: $planId) {\n      id\n      cycleKey\n      cycleLabel\n      version\n    }\n    issuedReports(planId: $planId) {\n      id\n      versionNumber\n      documentNumber\n      issuedOn\n      cycleKey\n      docxUrl\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsolidatedReportsDocument,
    "\n  query ConsolidatedReport($id: ID!) {\n    consolidatedReport(id: $id) {\n      id\n      version\n      cycleKey\n      cycleLabel\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      docxUrl\n      html\n      sections {\n        key\n        heading\n        body\n      }\n      versions {\n        id\n        versionNumber\n        documentNumber\n      }\n    }\n  }\n": typeof types.ConsolidatedReportDocument,
    "\n  mutation GenerateConsolidatedReport($input: GenerateConsolidatedReportInput!) {\n    generateConsolidatedReport(input: $input) {\n      id\n      cycleKey\n    }\n  }\n": typeof types.GenerateConsolidatedReportDocument,
    "\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      version\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n": typeof types.UpdateConsolidatedReportDocument,
    "\n  mutation RegenerateConsolidatedReport($id: ID!, $version: Int!) {\n    regenerateConsolidatedReport(id: $id, version: $version) {\n      id\n      version\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n": typeof types.RegenerateConsolidatedReportDocument,
    "\n  mutation IssueConsolidatedReport($input: IssueConsolidatedReportInput!) {\n    issueConsolidatedReport(input: $input) {\n      id\n      versionNumber\n      documentNumber\n      html\n    }\n  }\n": typeof types.IssueConsolidatedReportDocument,
    "\n  query IssuedReport($id: ID!) {\n    issuedReport(id: $id) {\n      id\n      documentNumber\n      html\n    }\n  }\n": typeof types.IssuedReportDocument,
    "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query Cycles($planId: ID!) {\n    planDeadlines(planId: $planId, withinDays: 7) {\n      today\n      overdue {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n      dueSoon {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n    }\n    reportingCycles(planId: $planId) {\n      key\n      label\n      status\n      dueOn\n      daysUntilDue\n      expectedCount\n      reportedCount\n      missingCount\n      entries {\n        reported\n        task {\n          id\n          code\n        }\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    reminders(planId: $planId) {\n      id\n      kind\n      message\n      createdAt\n      organization {\n        id\n        shortName\n      }\n      sender {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CyclesDocument,
    "\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      reminders {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SendRemindersDocument,
    "\n  mutation SetPlanReportingPeriod($planId: ID!, $period: RecurrencePeriod!) {\n    setPlanReportingPeriod(planId: $planId, period: $period) {\n      id\n      reportingPeriod\n    }\n  }\n": typeof types.SetPlanReportingPeriodDocument,
    "\n  query PlanStatistics($planId: ID!) {\n    planStatistics(planId: $planId) {\n      today\n      progress\n      csvUrl\n      xlsxUrl\n      units {\n        organization {\n          id\n          name\n          shortName\n        }\n        led\n        helped\n        done\n        doneOnTime\n        late\n        averageProgress\n        reports\n        reportsOnTime\n        reportsMissing\n      }\n      groups {\n        code\n        title\n        tasks\n        done\n        inProgress\n        notStarted\n        progress\n      }\n      timeline {\n        date\n        progress\n        doneTasks\n      }\n      cycles {\n        key\n        label\n        closed\n        expected\n        reported\n      }\n    }\n  }\n": typeof types.PlanStatisticsDocument,
    "\n  query PlanChoices {\n    plans {\n      id\n      number\n      title\n      reportingPeriod\n      standingOffice {\n        id\n      }\n    }\n  }\n": typeof types.PlanChoicesDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ConsolidatedReports($planId: ID!) {\n    reportingCycles(planId: $planId) {\n      key\n      label\n    }\n    consolidatedReports(planId: $planId) {\n      id\n      cycleKey\n      cycleLabel\n      version\n    }\n    issuedReports(planId: $planId) {\n      id\n      versionNumber\n      documentNumber\n      issuedOn\n      cycleKey\n      docxUrl\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n": types.ConsolidatedReportsDocument,
    "\n  query ConsolidatedReport($id: ID!) {\n    consolidatedReport(id: $id) {\n      id\n      version\n      cycleKey\n      cycleLabel\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      docxUrl\n      html\n      sections {\n        key\n        heading\n        body\n      }\n      versions {\n        id\n        versionNumber\n        documentNumber\n      }\n    }\n  }\n": types.ConsolidatedReportDocument,
    "\n  mutation GenerateConsolidatedReport($input: GenerateConsolidatedReportInput!) {\n    generateConsolidatedReport(input: $input) {\n      id\n      cycleKey\n    }\n  }\n": types.GenerateConsolidatedReportDocument,
    "\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      version\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n": types.UpdateConsolidatedReportDocument,
    "\n  mutation RegenerateConsolidatedReport($id: ID!, $version: Int!) {\n    regenerateConsolidatedReport(id: $id, version: $version) {\n      id\n      version\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n": types.RegenerateConsolidatedReportDocument,
    "\n  mutation IssueConsolidatedReport($input: IssueConsolidatedReportInput!) {\n    issueConsolidatedReport(input: $input) {\n      id\n      versionNumber\n      documentNumber\n      html\n    }\n  }\n": types.IssueConsolidatedReportDocument,
    "\n  query IssuedReport($id: ID!) {\n    issuedReport(id: $id) {\n      id\n      documentNumber\n      html\n    }\n  }\n": types.IssuedReportDocument,
    "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n": types.PlansDocument,
    "\n  query Cycles($planId: ID!) {\n    planDeadlines(planId: $planId, withinDays: 7) {\n      today\n      overdue {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n      dueSoon {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n    }\n    reportingCycles(planId: $planId) {\n      key\n      label\n      status\n      dueOn\n      daysUntilDue\n      expectedCount\n      reportedCount\n      missingCount\n      entries {\n        reported\n        task {\n          id\n          code\n        }\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    reminders(planId: $planId) {\n      id\n      kind\n      message\n      createdAt\n      organization {\n        id\n        shortName\n      }\n      sender {\n        id\n        name\n      }\n    }\n  }\n": types.CyclesDocument,
    "\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      reminders {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n": types.SendRemindersDocument,
    "\n  mutation SetPlanReportingPeriod($planId: ID!, $period: RecurrencePeriod!) {\n    setPlanReportingPeriod(planId: $planId, period: $period) {\n      id\n      reportingPeriod\n    }\n  }\n": types.SetPlanReportingPeriodDocument,
    "\n  query PlanStatistics($planId: ID!) {\n    planStatistics(planId: $planId) {\n      today\n      progress\n      csvUrl\n      xlsxUrl\n      units {\n        organization {\n          id\n          name\n          shortName\n        }\n        led\n        helped\n        done\n        doneOnTime\n        late\n        averageProgress\n        reports\n        reportsOnTime\n        reportsMissing\n      }\n      groups {\n        code\n        title\n        tasks\n        done\n        inProgress\n        notStarted\n        progress\n      }\n      timeline {\n        date\n        progress\n        doneTasks\n      }\n      cycles {\n        key\n        label\n        closed\n        expected\n        reported\n      }\n    }\n  }\n": types.PlanStatisticsDocument,
    "\n  query PlanChoices {\n    plans {\n      id\n      number\n      title\n      reportingPeriod\n      standingOffice {\n        id\n      }\n    }\n  }\n": types.PlanChoicesDocument,
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
export function graphql(source: "\n  query ConsolidatedReports($planId: ID!) {\n    reportingCycles(planId: $planId) {\n      key\n      label\n    }\n    consolidatedReports(planId: $planId) {\n      id\n      cycleKey\n      cycleLabel\n      version\n    }\n    issuedReports(planId: $planId) {\n      id\n      versionNumber\n      documentNumber\n      issuedOn\n      cycleKey\n      docxUrl\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolidatedReports($planId: ID!) {\n    reportingCycles(planId: $planId) {\n      key\n      label\n    }\n    consolidatedReports(planId: $planId) {\n      id\n      cycleKey\n      cycleLabel\n      version\n    }\n    issuedReports(planId: $planId) {\n      id\n      versionNumber\n      documentNumber\n      issuedOn\n      cycleKey\n      docxUrl\n      issuedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolidatedReport($id: ID!) {\n    consolidatedReport(id: $id) {\n      id\n      version\n      cycleKey\n      cycleLabel\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      docxUrl\n      html\n      sections {\n        key\n        heading\n        body\n      }\n      versions {\n        id\n        versionNumber\n        documentNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolidatedReport($id: ID!) {\n    consolidatedReport(id: $id) {\n      id\n      version\n      cycleKey\n      cycleLabel\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      docxUrl\n      html\n      sections {\n        key\n        heading\n        body\n      }\n      versions {\n        id\n        versionNumber\n        documentNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateConsolidatedReport($input: GenerateConsolidatedReportInput!) {\n    generateConsolidatedReport(input: $input) {\n      id\n      cycleKey\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateConsolidatedReport($input: GenerateConsolidatedReportInput!) {\n    generateConsolidatedReport(input: $input) {\n      id\n      cycleKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      version\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {\n    updateConsolidatedReport(input: $input) {\n      id\n      version\n      subtitle\n      recipients\n      signerTitle\n      signerName\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateConsolidatedReport($id: ID!, $version: Int!) {\n    regenerateConsolidatedReport(id: $id, version: $version) {\n      id\n      version\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateConsolidatedReport($id: ID!, $version: Int!) {\n    regenerateConsolidatedReport(id: $id, version: $version) {\n      id\n      version\n      html\n      sections {\n        key\n        heading\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueConsolidatedReport($input: IssueConsolidatedReportInput!) {\n    issueConsolidatedReport(input: $input) {\n      id\n      versionNumber\n      documentNumber\n      html\n    }\n  }\n"): (typeof documents)["\n  mutation IssueConsolidatedReport($input: IssueConsolidatedReportInput!) {\n    issueConsolidatedReport(input: $input) {\n      id\n      versionNumber\n      documentNumber\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedReport($id: ID!) {\n    issuedReport(id: $id) {\n      id\n      documentNumber\n      html\n    }\n  }\n"): (typeof documents)["\n  query IssuedReport($id: ID!) {\n    issuedReport(id: $id) {\n      id\n      documentNumber\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cycles($planId: ID!) {\n    planDeadlines(planId: $planId, withinDays: 7) {\n      today\n      overdue {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n      dueSoon {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n    }\n    reportingCycles(planId: $planId) {\n      key\n      label\n      status\n      dueOn\n      daysUntilDue\n      expectedCount\n      reportedCount\n      missingCount\n      entries {\n        reported\n        task {\n          id\n          code\n        }\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    reminders(planId: $planId) {\n      id\n      kind\n      message\n      createdAt\n      organization {\n        id\n        shortName\n      }\n      sender {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cycles($planId: ID!) {\n    planDeadlines(planId: $planId, withinDays: 7) {\n      today\n      overdue {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n      dueSoon {\n        deadline\n        daysLeft\n        task {\n          id\n          code\n          title\n        }\n        pendingOrganizations {\n          id\n          shortName\n        }\n      }\n    }\n    reportingCycles(planId: $planId) {\n      key\n      label\n      status\n      dueOn\n      daysUntilDue\n      expectedCount\n      reportedCount\n      missingCount\n      entries {\n        reported\n        task {\n          id\n          code\n        }\n        organization {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    reminders(planId: $planId) {\n      id\n      kind\n      message\n      createdAt\n      organization {\n        id\n        shortName\n      }\n      sender {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      reminders {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminders($input: SendRemindersInput!) {\n    sendReminders(input: $input) {\n      reminders {\n        id\n        organization {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanReportingPeriod($planId: ID!, $period: RecurrencePeriod!) {\n    setPlanReportingPeriod(planId: $planId, period: $period) {\n      id\n      reportingPeriod\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanReportingPeriod($planId: ID!, $period: RecurrencePeriod!) {\n    setPlanReportingPeriod(planId: $planId, period: $period) {\n      id\n      reportingPeriod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanStatistics($planId: ID!) {\n    planStatistics(planId: $planId) {\n      today\n      progress\n      csvUrl\n      xlsxUrl\n      units {\n        organization {\n          id\n          name\n          shortName\n        }\n        led\n        helped\n        done\n        doneOnTime\n        late\n        averageProgress\n        reports\n        reportsOnTime\n        reportsMissing\n      }\n      groups {\n        code\n        title\n        tasks\n        done\n        inProgress\n        notStarted\n        progress\n      }\n      timeline {\n        date\n        progress\n        doneTasks\n      }\n      cycles {\n        key\n        label\n        closed\n        expected\n        reported\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanStatistics($planId: ID!) {\n    planStatistics(planId: $planId) {\n      today\n      progress\n      csvUrl\n      xlsxUrl\n      units {\n        organization {\n          id\n          name\n          shortName\n        }\n        led\n        helped\n        done\n        doneOnTime\n        late\n        averageProgress\n        reports\n        reportsOnTime\n        reportsMissing\n      }\n      groups {\n        code\n        title\n        tasks\n        done\n        inProgress\n        notStarted\n        progress\n      }\n      timeline {\n        date\n        progress\n        doneTasks\n      }\n      cycles {\n        key\n        label\n        closed\n        expected\n        reported\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanChoices {\n    plans {\n      id\n      number\n      title\n      reportingPeriod\n      standingOffice {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanChoices {\n    plans {\n      id\n      number\n      title\n      reportingPeriod\n      standingOffice {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;