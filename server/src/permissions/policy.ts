// The one place that decides who may do what. Services ask here before they read or write;
// resolvers never decide permissions themselves.
import { AssignmentRole, UserRole } from '@tiendo/shared';
import { forbidden, unauthenticated } from '../graphql/errors.js';

/** The signed-in user as permissions see them. */
export interface Actor {
  id: number;
  role: UserRole;
  organizationId: number | null;
}

/** The actor a signed-in user acts as, or null for an anonymous caller. */
export function actorOf(user: { id: number; role: UserRole; organizationId: number | null } | null): Actor | null {
  return user ? { id: user.id, role: user.role, organizationId: user.organizationId } : null;
}

/** What a plan contributes to a decision. */
export interface PlanScope {
  isPublic: boolean;
  issuingOrganizationId: number;
  standingOfficeId: number | null;
}

/** A unit's part in a task, as far as permissions care. */
export interface AssignmentScope {
  organizationId: number;
  role: AssignmentRole;
}

export const policy = {
  /**
   * Public plans are read by anyone (the district portal). Others by leadership, monitors and
   * admins, and by the units the plan involves: its issuer, offices, monitors and assignees.
   */
  canReadPlan(actor: Actor | null, plan: PlanScope, actorUnitInvolved: boolean): boolean {
    if (plan.isPublic) return true;
    if (!actor) return false;
    if (this.seesEveryPlan(actor)) return true;
    return actorUnitInvolved;
  },

  seesEveryPlan(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN || actor?.role === UserRole.LEADERSHIP || actor?.role === UserRole.MONITOR;
  },

  /** Coordinators of a plan are the COORDINATOR users of its standing office or issuing body. */
  canEditPlan(actor: Actor | null, plan: PlanScope): boolean {
    if (!actor) return false;
    if (actor.role === UserRole.ADMIN) return true;
    if (actor.role !== UserRole.COORDINATOR || actor.organizationId === null) return false;
    return actor.organizationId === plan.standingOfficeId || actor.organizationId === plan.issuingOrganizationId;
  },

  /** A unit's members report on tasks their unit leads or helps with; admins may report for any assignee. */
  canReportFor(actor: Actor | null, organizationId: number, assignments: AssignmentScope[]): boolean {
    if (!actor) return false;
    const assigned = assignments.some((a) => a.organizationId === organizationId && a.role !== AssignmentRole.MONITOR);
    if (!assigned) return false;
    if (actor.role === UserRole.ADMIN) return true;
    return actor.organizationId === organizationId;
  },

  /** Assigned units, the plan's coordinators, leadership, monitors and admins take part in a task's thread. */
  canComment(actor: Actor | null, plan: PlanScope, assignments: AssignmentScope[]): boolean {
    if (!actor) return false;
    if (
      actor.role === UserRole.ADMIN ||
      actor.role === UserRole.LEADERSHIP ||
      actor.role === UserRole.MONITOR ||
      this.canEditPlan(actor, plan)
    ) {
      return true;
    }
    return assignments.some((a) => a.organizationId === actor.organizationId);
  },

  canManageUsers(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN;
  },

  /** Anyone may sign themselves out everywhere; administrators may do it for anyone. */
  canRevokeSessionsOf(actor: Actor | null, userId: number): boolean {
    return actor !== null && (actor.id === userId || actor.role === UserRole.ADMIN);
  },
};

/** Throws UNAUTHENTICATED when nobody is signed in, else returns the actor. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for signed-in ones. */
export function deny(actor: Actor | null, message: string): never {
  if (!actor) throw unauthenticated();
  throw forbidden(message);
}
