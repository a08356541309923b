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
    "\n  mutation ImportPlan($text: String!, $commit: Boolean!, $draft: PlanDraftInput, $clientMutationId: String) {\n    importPlan(text: $text, commit: $commit, draft: $draft, clientMutationId: $clientMutationId) {\n      plan {\n        id\n        number\n      }\n      draft {\n        documentType\n        number {\n          value\n        }\n        title {\n          value\n        }\n        place {\n          value\n        }\n        issuedOn {\n          value\n        }\n        signerName {\n          value\n        }\n        signerTitle {\n          value\n        }\n        recipients {\n          value\n        }\n        implements {\n          value\n        }\n        parentPlan {\n          value\n        }\n        parentPlanId\n        issuer {\n          ...DraftUnit\n        }\n        standingOffice {\n          ...DraftUnit\n        }\n        monitors {\n          ...DraftUnit\n        }\n        difficultyOffice {\n          ...DraftUnit\n        }\n        documents {\n          number\n          type\n          issuer\n          issuedOn\n          title\n          existingId\n        }\n        newUnits {\n          name\n          kind\n          span {\n            start\n            end\n          }\n        }\n        warnings\n        tasks {\n          code\n          parentCode\n          depth\n          title\n          body\n          confidence\n          span {\n            start\n            end\n          }\n          deadline {\n            kind\n            date\n            recurrence\n            text\n          }\n          assignees {\n            role\n            text\n            name\n            organizationId\n            groupCode\n            newUnitName\n            confidence\n            span {\n              start\n              end\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment DraftUnit on DraftUnitRef {\n    text\n    name\n    organizationId\n    groupCode\n    newUnitName\n    confidence\n    span {\n      start\n      end\n    }\n  }\n": typeof types.ImportPlanDocument,
    "\n  query ImportUnits {\n    organizations {\n      id\n      name\n    }\n    organizationGroups {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ImportUnitsDocument,
    "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PlansDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      organization {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ImportPlan($text: String!, $commit: Boolean!, $draft: PlanDraftInput, $clientMutationId: String) {\n    importPlan(text: $text, commit: $commit, draft: $draft, clientMutationId: $clientMutationId) {\n      plan {\n        id\n        number\n      }\n      draft {\n        documentType\n        number {\n          value\n        }\n        title {\n          value\n        }\n        place {\n          value\n        }\n        issuedOn {\n          value\n        }\n        signerName {\n          value\n        }\n        signerTitle {\n          value\n        }\n        recipients {\n          value\n        }\n        implements {\n          value\n        }\n        parentPlan {\n          value\n        }\n        parentPlanId\n        issuer {\n          ...DraftUnit\n        }\n        standingOffice {\n          ...DraftUnit\n        }\n        monitors {\n          ...DraftUnit\n        }\n        difficultyOffice {\n          ...DraftUnit\n        }\n        documents {\n          number\n          type\n          issuer\n          issuedOn\n          title\n          existingId\n        }\n        newUnits {\n          name\n          kind\n          span {\n            start\n            end\n          }\n        }\n        warnings\n        tasks {\n          code\n          parentCode\n          depth\n          title\n          body\n          confidence\n          span {\n            start\n            end\n          }\n          deadline {\n            kind\n            date\n            recurrence\n            text\n          }\n          assignees {\n            role\n            text\n            name\n            organizationId\n            groupCode\n            newUnitName\n            confidence\n            span {\n              start\n              end\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment DraftUnit on DraftUnitRef {\n    text\n    name\n    organizationId\n    groupCode\n    newUnitName\n    confidence\n    span {\n      start\n      end\n    }\n  }\n": types.ImportPlanDocument,
    "\n  query ImportUnits {\n    organizations {\n      id\n      name\n    }\n    organizationGroups {\n      id\n      code\n      name\n    }\n  }\n": types.ImportUnitsDocument,
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
export function graphql(source: "\n  mutation ImportPlan($text: String!, $commit: Boolean!, $draft: PlanDraftInput, $clientMutationId: String) {\n    importPlan(text: $text, commit: $commit, draft: $draft, clientMutationId: $clientMutationId) {\n      plan {\n        id\n        number\n      }\n      draft {\n        documentType\n        number {\n          value\n        }\n        title {\n          value\n        }\n        place {\n          value\n        }\n        issuedOn {\n          value\n        }\n        signerName {\n          value\n        }\n        signerTitle {\n          value\n        }\n        recipients {\n          value\n        }\n        implements {\n          value\n        }\n        parentPlan {\n          value\n        }\n        parentPlanId\n        issuer {\n          ...DraftUnit\n        }\n        standingOffice {\n          ...DraftUnit\n        }\n        monitors {\n          ...DraftUnit\n        }\n        difficultyOffice {\n          ...DraftUnit\n        }\n        documents {\n          number\n          type\n          issuer\n          issuedOn\n          title\n          existingId\n        }\n        newUnits {\n          name\n          kind\n          span {\n            start\n            end\n          }\n        }\n        warnings\n        tasks {\n          code\n          parentCode\n          depth\n          title\n          body\n          confidence\n          span {\n            start\n            end\n          }\n          deadline {\n            kind\n            date\n            recurrence\n            text\n          }\n          assignees {\n            role\n            text\n            name\n            organizationId\n            groupCode\n            newUnitName\n            confidence\n            span {\n              start\n              end\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment DraftUnit on DraftUnitRef {\n    text\n    name\n    organizationId\n    groupCode\n    newUnitName\n    confidence\n    span {\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPlan($text: String!, $commit: Boolean!, $draft: PlanDraftInput, $clientMutationId: String) {\n    importPlan(text: $text, commit: $commit, draft: $draft, clientMutationId: $clientMutationId) {\n      plan {\n        id\n        number\n      }\n      draft {\n        documentType\n        number {\n          value\n        }\n        title {\n          value\n        }\n        place {\n          value\n        }\n        issuedOn {\n          value\n        }\n        signerName {\n          value\n        }\n        signerTitle {\n          value\n        }\n        recipients {\n          value\n        }\n        implements {\n          value\n        }\n        parentPlan {\n          value\n        }\n        parentPlanId\n        issuer {\n          ...DraftUnit\n        }\n        standingOffice {\n          ...DraftUnit\n        }\n        monitors {\n          ...DraftUnit\n        }\n        difficultyOffice {\n          ...DraftUnit\n        }\n        documents {\n          number\n          type\n          issuer\n          issuedOn\n          title\n          existingId\n        }\n        newUnits {\n          name\n          kind\n          span {\n            start\n            end\n          }\n        }\n        warnings\n        tasks {\n          code\n          parentCode\n          depth\n          title\n          body\n          confidence\n          span {\n            start\n            end\n          }\n          deadline {\n            kind\n            date\n            recurrence\n            text\n          }\n          assignees {\n            role\n            text\n            name\n            organizationId\n            groupCode\n            newUnitName\n            confidence\n            span {\n              start\n              end\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment DraftUnit on DraftUnitRef {\n    text\n    name\n    organizationId\n    groupCode\n    newUnitName\n    confidence\n    span {\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportUnits {\n    organizations {\n      id\n      name\n    }\n    organizationGroups {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ImportUnits {\n    organizations {\n      id\n      name\n    }\n    organizationGroups {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      id\n      number\n      title\n      issuedOn\n      isPublic\n      progress\n      issuingOrganization {\n        id\n        name\n      }\n      standingOffice {\n        id\n        name\n      }\n      implementsDocument {\n        id\n        number\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;