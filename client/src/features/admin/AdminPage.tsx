// Administration: units, groups and accounts (create, change, disable, reset password) and the
// audit trail of every such change. Administrators only; the server checks every call.
import { useMutation, useQuery } from '@apollo/client/react';
import { OrganizationKind, UserRole } from '@tiendo/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { readError } from '../../apollo/errors.js';
import { common } from '../../i18n/common.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../auth/session.js';
import {
  AdminDataDocument,
  AuditLogDocument,
  CreateGroupDocument,
  CreateOrganizationDocument,
  CreateUserDocument,
  ResetPasswordDocument,
  SetUserDisabledDocument,
  UpdateGroupDocument,
  UpdateOrganizationDocument,
  UpdateUserDocument,
} from './documents.js';
import { messages } from './messages.js';
import styles from './AdminPage.module.css';

const TABS = ['units', 'groups', 'users', 'audit'] as const;
type Tab = (typeof TABS)[number];
const refresh = { refetchQueries: [AdminDataDocument, AuditLogDocument] };

/** A form that shows the server's error (field or general) under it. */
function AdminForm({
  onSubmit,
  children,
  testId,
}: {
  onSubmit(): Promise<unknown>;
  children: ReactNode;
  testId: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await onSubmit();
    } catch (err) {
      const read = readError(err);
      setError(
        Object.entries(read.fields)
          .map(([f, m]) => `${f}: ${m}`)
          .join('; ') || read.general,
      );
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void send(e)} data-testid={testId}>
      {children}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Input({
  label,
  value,
  onChange,
  type = 'text',
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  type?: string;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input type={type} value={value} onChange={(e) => onChange(e.target.value)} required />
    </label>
  );
}

export function AdminPage() {
  const t = useT(messages);
  const tc = useT(common);
  const { me } = useSession();
  const [tab, setTab] = useState<Tab>('units');
  const isAdmin = me?.role === UserRole.ADMIN;
  const { data } = useQuery(AdminDataDocument, { skip: !isAdmin, fetchPolicy: 'cache-and-network' });
  const audit = useQuery(AuditLogDocument, { skip: !isAdmin || tab !== 'audit', fetchPolicy: 'cache-and-network' });

  const [createOrg] = useMutation(CreateOrganizationDocument, refresh);
  const [updateOrg] = useMutation(UpdateOrganizationDocument, refresh);
  const [createGroup] = useMutation(CreateGroupDocument, refresh);
  const [updateGroup] = useMutation(UpdateGroupDocument, refresh);
  const [createUser] = useMutation(CreateUserDocument, refresh);
  const [updateUser] = useMutation(UpdateUserDocument, refresh);
  const [setDisabled] = useMutation(SetUserDisabledDocument, refresh);
  const [resetPassword] = useMutation(ResetPasswordDocument, refresh);

  const [unit, setUnit] = useState({ name: '', shortName: '', kind: OrganizationKind.OFFICE as string, parentId: '' });
  const [editing, setEditing] = useState<{ id: string; name: string; shortName: string } | null>(null);
  const [group, setGroup] = useState({ name: '', code: '' });
  const [members, setMembers] = useState<Record<string, string[]>>({});
  const [user, setUser] = useState({
    email: '',
    name: '',
    password: '',
    role: UserRole.MEMBER as string,
    organizationId: '',
  });
  const [temporary, setTemporary] = useState<string | null>(null);

  if (!isAdmin)
    return (
      <div className="page">
        <p className="empty">{t('onlyAdmins')}</p>
      </div>
    );
  const orgs = data?.organizations ?? [];

  return (
    <div className="page" data-testid="admin">
      <h1 className="page-title">{t('title')}</h1>
      <div role="tablist" className={styles.tabs}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={`button small ${tab === k ? 'primary' : ''}`}
            onClick={() => setTab(k)}
          >
            {t(`tab.${k}`)}
          </button>
        ))}
      </div>

      {tab === 'units' && (
        <section>
          <AdminForm
            testId="unit-form"
            onSubmit={async () => {
              await createOrg({
                variables: { input: { ...unit, kind: unit.kind as OrganizationKind, parentId: unit.parentId || null } },
              });
              setUnit({ ...unit, name: '', shortName: '' });
            }}
          >
            <Input label={t('name')} value={unit.name} onChange={(name) => setUnit({ ...unit, name })} />
            <Input
              label={t('shortName')}
              value={unit.shortName}
              onChange={(shortName) => setUnit({ ...unit, shortName })}
            />
            <label className="field">
              <span className="field-label">{t('kind')}</span>
              <select value={unit.kind} onChange={(e) => setUnit({ ...unit, kind: e.target.value })}>
                {Object.values(OrganizationKind).map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">{t('parent')}</span>
              <select value={unit.parentId} onChange={(e) => setUnit({ ...unit, parentId: e.target.value })}>
                <option value="">{t('none')}</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.shortName}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button small primary">
              {t('createUnit')}
            </button>
          </AdminForm>
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('shortName')}</th>
                <th>{t('kind')}</th>
                <th>{t('parent')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) =>
                editing?.id === o.id ? (
                  <tr key={o.id}>
                    <td>
                      <input
                        aria-label={t('name')}
                        value={editing.name}
                        onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={t('shortName')}
                        value={editing.shortName}
                        onChange={(e) => setEditing({ ...editing, shortName: e.target.value })}
                      />
                    </td>
                    <td>{o.kind}</td>
                    <td>{o.parent?.shortName}</td>
                    <td>
                      <button
                        type="button"
                        className="button small primary"
                        onClick={() => void updateOrg({ variables: { input: editing } }).then(() => setEditing(null))}
                      >
                        {tc('save')}
                      </button>
                      <button type="button" className="button small ghost" onClick={() => setEditing(null)}>
                        {tc('cancel')}
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={o.id} data-testid="unit-row">
                    <td>{o.name}</td>
                    <td>{o.shortName}</td>
                    <td>{o.kind}</td>
                    <td>{o.parent?.shortName}</td>
                    <td>
                      <button
                        type="button"
                        className="button small ghost"
                        onClick={() => setEditing({ id: o.id, name: o.name, shortName: o.shortName })}
                      >
                        {t('edit')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </section>
      )}

      {tab === 'groups' && (
        <section>
          <AdminForm
            testId="group-form"
            onSubmit={async () => {
              await createGroup({ variables: { input: { ...group, memberIds: [] } } });
              setGroup({ name: '', code: '' });
            }}
          >
            <Input label={t('name')} value={group.name} onChange={(name) => setGroup({ ...group, name })} />
            <Input
              label={t('code')}
              value={group.code}
              onChange={(code) => setGroup({ ...group, code: code.toUpperCase() })}
            />
            <button type="submit" className="button small primary">
              {t('createGroup')}
            </button>
          </AdminForm>
          {data?.organizationGroups.map((g) => {
            const chosen = members[g.id] ?? g.members.map((m) => m.id);
            return (
              <details key={g.id} className={styles.group}>
                <summary>
                  <strong>{g.name}</strong> <code>{g.code}</code> — {g.members.map((m) => m.shortName).join(', ')}
                </summary>
                <fieldset className={styles.members}>
                  <legend>{t('members')}</legend>
                  {orgs.map((o) => (
                    <label key={o.id}>
                      <input
                        type="checkbox"
                        checked={chosen.includes(o.id)}
                        onChange={(e) =>
                          setMembers({
                            ...members,
                            [g.id]: e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id),
                          })
                        }
                      />{' '}
                      {o.shortName}
                    </label>
                  ))}
                </fieldset>
                <button
                  type="button"
                  className="button small primary"
                  onClick={() => void updateGroup({ variables: { input: { id: g.id, memberIds: chosen } } })}
                >
                  {t('saveMembers')}
                </button>
              </details>
            );
          })}
        </section>
      )}

      {tab === 'users' && (
        <section>
          <AdminForm
            testId="user-form"
            onSubmit={async () => {
              await createUser({
                variables: {
                  input: { ...user, role: user.role as UserRole, organizationId: user.organizationId || null },
                },
              });
              setUser({ ...user, email: '', name: '', password: '' });
            }}
          >
            <Input
              label={t('email')}
              type="email"
              value={user.email}
              onChange={(email) => setUser({ ...user, email })}
            />
            <Input label={t('name')} value={user.name} onChange={(name) => setUser({ ...user, name })} />
            <Input
              label={t('password')}
              type="password"
              value={user.password}
              onChange={(password) => setUser({ ...user, password })}
            />
            <label className="field">
              <span className="field-label">{t('role')}</span>
              <select value={user.role} onChange={(e) => setUser({ ...user, role: e.target.value })}>
                {Object.values(UserRole).map((r) => (
                  <option key={r} value={r}>
                    {tc(`userRole.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">{t('unit')}</span>
              <select
                value={user.organizationId}
                onChange={(e) => setUser({ ...user, organizationId: e.target.value })}
              >
                <option value="">{t('none')}</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.shortName}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button small primary">
              {t('createUser')}
            </button>
          </AdminForm>
          {temporary && (
            <p role="status" className={styles.notice} data-testid="temporary-password">
              {temporary}
            </p>
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('email')}</th>
                <th>{t('unit')}</th>
                <th>{t('role')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data?.users.map((u) => (
                <tr key={u.id} data-testid="user-row" className={u.disabled ? styles.disabled : undefined}>
                  <td>
                    {u.name}
                    {u.disabled && <span className="chip"> {t('disabled')}</span>}
                  </td>
                  <td>{u.email}</td>
                  <td>{u.organization?.shortName}</td>
                  <td>
                    <select
                      aria-label={t('role')}
                      value={u.role}
                      disabled={u.id === me?.id}
                      onChange={(e) =>
                        void updateUser({ variables: { input: { id: u.id, role: e.target.value as UserRole } } })
                      }
                    >
                      {Object.values(UserRole).map((r) => (
                        <option key={r} value={r}>
                          {tc(`userRole.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={styles.actions}>
                    {u.id !== me?.id && (
                      <button
                        type="button"
                        className="button small"
                        onClick={() => void setDisabled({ variables: { id: u.id, disabled: !u.disabled } })}
                      >
                        {u.disabled ? t('enable') : t('disable')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button small ghost"
                      onClick={() =>
                        void resetPassword({ variables: { id: u.id } }).then(({ data: r }) =>
                          setTemporary(
                            r
                              ? t('temporaryPassword', {
                                  email: r.resetUserPassword.user.email ?? '',
                                  password: r.resetUserPassword.temporaryPassword,
                                })
                              : null,
                          ),
                        )
                      }
                    >
                      {t('resetPassword')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {tab === 'audit' && (
        <section>
          <table className={styles.table} data-testid="audit">
            <thead>
              <tr>
                <th>{t('at')}</th>
                <th>{t('actor')}</th>
                <th>{t('action')}</th>
                <th>{t('target')}</th>
                <th>{t('changes')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data?.auditLog.map((e) => (
                <tr key={e.id} data-testid="audit-entry">
                  <td>{formatDateTime(e.at as string)}</td>
                  <td>{e.actor?.name}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.targetType} #{e.targetId}
                  </td>
                  <td>
                    {e.changes &&
                      Object.entries(JSON.parse(e.changes) as Record<string, { from: unknown; to: unknown }>)
                        .map(([field, c]) => `${field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`)
                        .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
