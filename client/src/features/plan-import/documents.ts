import { graphql } from '../../gql/index.js';
import type { ImportPlanMutation } from '../../gql/graphql.js';

export type { PlanDraftInput } from '../../gql/graphql.js';
export type DraftQueryResult = ImportPlanMutation['importPlan']['draft'];

export const ImportPlanDocument = graphql(`
  mutation ImportPlan($text: String!, $commit: Boolean!, $draft: PlanDraftInput, $clientMutationId: String) {
    importPlan(text: $text, commit: $commit, draft: $draft, clientMutationId: $clientMutationId) {
      plan {
        id
        number
      }
      draft {
        documentType
        number {
          ...DraftValue
        }
        title {
          ...DraftValue
        }
        place {
          ...DraftValue
        }
        issuedOn {
          ...DraftValue
        }
        signerName {
          ...DraftValue
        }
        signerTitle {
          value
        }
        recipients {
          value
        }
        implements {
          value
        }
        parentPlan {
          value
        }
        parentPlanId
        issuer {
          ...DraftUnit
        }
        standingOffice {
          ...DraftUnit
        }
        monitors {
          ...DraftUnit
        }
        difficultyOffice {
          ...DraftUnit
        }
        documents {
          number
          type
          issuer
          issuedOn
          title
          existingId
        }
        newUnits {
          name
          kind
          confidence
          flagged
          span {
            start
            end
          }
        }
        warnings
        tasks {
          code
          parentCode
          depth
          title
          body
          confidence
          span {
            start
            end
          }
          deadline {
            kind
            date
            recurrence
            text
            confidence
            span {
              start
              end
            }
          }
          assignees {
            role
            text
            name
            organizationId
            groupCode
            newUnitName
            flagged
            confidence
            span {
              start
              end
            }
          }
        }
      }
    }
  }

  fragment DraftValue on DraftString {
    value
    confidence
    span {
      start
      end
    }
  }
  fragment DraftUnit on DraftUnitRef {
    text
    name
    flagged
    organizationId
    groupCode
    newUnitName
    confidence
    span {
      start
      end
    }
  }
`);

export const UnitsDocument = graphql(`
  query ImportUnits {
    organizations {
      id
      name
    }
    organizationGroups {
      id
      code
      name
    }
  }
`);
