import { graphql } from '../../gql/index.js';

export const AdminDataDocument = graphql(`
  query AdminData {
    organizations {
      id
      name
      shortName
      kind
      parent {
        id
        shortName
      }
    }
    organizationGroups {
      id
      name
      code
      members {
        id
        shortName
      }
    }
    users {
      id
      name
      email
      role
      disabled
      organization {
        id
        shortName
      }
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog {
    auditLog(limit: 200) {
      id
      at
      action
      targetType
      targetId
      changes
      actor {
        id
        name
      }
    }
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      shortName
    }
  }
`);

export const CreateGroupDocument = graphql(`
  mutation CreateOrganizationGroup($input: CreateOrganizationGroupInput!) {
    createOrganizationGroup(input: $input) {
      id
    }
  }
`);

export const UpdateGroupDocument = graphql(`
  mutation UpdateOrganizationGroup($input: UpdateOrganizationGroupInput!) {
    updateOrganizationGroup(input: $input) {
      id
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      role
    }
  }
`);

export const SetUserDisabledDocument = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      temporaryPassword
      user {
        id
        email
      }
    }
  }
`);
