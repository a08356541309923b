// Who is signed in: the token in localStorage, `me` from the server. Signing in or out resets the
// Apollo store (what one unit may see differs from another) and reconnects the live socket.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { getToken, setToken } from '../../apollo/auth-token.js';
import { graphql } from '../../gql/index.js';
import type { MeQuery } from '../../gql/graphql.js';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      organization {
        id
        name
        shortName
        kind
      }
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        name
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export type Me = NonNullable<MeQuery['me']>;

interface Session {
  me: Me | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(MeDocument, { fetchPolicy: 'cache-and-network' });
  const [login] = useMutation(LoginDocument);
  const [logout] = useMutation(LogoutDocument);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data: result } = await login({ variables: { email, password } });
      if (!result) throw new Error('login failed');
      setToken(result.login.token);
      await client.resetStore();
    },
    [client, login],
  );

  const signOut = useCallback(async () => {
    if (getToken()) await logout().catch(() => undefined);
    setToken(null);
    await client.resetStore();
  }, [client, logout]);

  const value = useMemo<Session>(
    () => ({ me: data?.me ?? null, loading: loading && !data, signIn, signOut }),
    [data, loading, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
