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
  /** The office that takes difficulties to the People's Committee (Phòng Nội vụ). */
  difficultyOfficeId?: number | null;
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

  /**
   * Assigned units, the plan's coordinators, leadership, monitors and admins take part in a task's
   * thread; so does the plan's difficulty office, which is mentioned when a task runs into trouble.
   */
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
    if (actor.organizationId !== null && actor.organizationId === plan.difficultyOfficeId) return true;
    return assignments.some((a) => a.organizationId === actor.organizationId);
  },

  /** Reading a plan's text into a draft writes nothing: any signed-in user may preview an import. */
  canPreviewPlanImport(actor: Actor | null): boolean {
    return actor !== null;
  },

  /**
   * Creating a plan from its text: administrators, and coordinators — who then must pass canEditPlan
   * for the plan as read (their unit issues it or is its standing office), so they can edit what they import.
   */
  canImportPlan(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN || actor?.role === UserRole.COORDINATOR;
  },

  /** The plan's coordinators urge late units (đôn đốc) and write the consolidated report. */
  canSendReminders(actor: Actor | null, plan: PlanScope): boolean {
    return this.canEditPlan(actor, plan);
  },

  /** Who follows the whole plan sees every unit's reminders; a unit sees its own. */
  canSeeAllReminders(actor: Actor | null, plan: PlanScope): boolean {
    return this.seesEveryPlan(actor) || this.canEditPlan(actor, plan);
  },

  /** Drafts of the consolidated report: the coordinators who write them, leadership and admins. */
  canReadConsolidatedDraft(actor: Actor | null, plan: PlanScope): boolean {
    return actor?.role === UserRole.LEADERSHIP || this.canEditPlan(actor, plan);
  },

  canWriteConsolidatedReport(actor: Actor | null, plan: PlanScope): boolean {
    return this.canEditPlan(actor, plan);
  },

  canManageUsers(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN;
  },

  /** Units, groups and the audit trail are the administrators' too. */
  canAdminister(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN;
  },

  /** Making a plan public (the district portal) or private is the coordinators' call. */
  canSetPlanVisibility(actor: Actor | null, plan: PlanScope): boolean {
    return this.canEditPlan(actor, plan);
  },

  /**
   * Difficulties are raised by the units doing the task (lead or collaborator), for their own unit,
   * and by the plan's coordinators; admins for any assignee.
   */
  canRaiseObstacle(actor: Actor | null, plan: PlanScope, assignments: AssignmentScope[]): boolean {
    if (!actor) return false;
    if (actor.role === UserRole.ADMIN || this.canEditPlan(actor, plan)) return true;
    if (actor.role === UserRole.MONITOR || actor.role === UserRole.LEADERSHIP) return false;
    return assignments.some((a) => a.organizationId === actor.organizationId && a.role !== AssignmentRole.MONITOR);
  },

  /** Only the office an obstacle was routed to (Phòng Nội vụ) consolidates and forwards it. */
  canForwardObstacle(actor: Actor | null, routedToOrganizationId: number | null): boolean {
    if (!actor) return false;
    if (actor.role === UserRole.ADMIN) return true;
    return actor.organizationId !== null && actor.organizationId === routedToOrganizationId;
  },

  /** The People's Committee (leadership) answers forwarded obstacles. */
  canResolveObstacle(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN || actor?.role === UserRole.LEADERSHIP;
  },

  /** The Front and the mass organisations (MONITOR) file supervision findings. */
  canFileFinding(actor: Actor | null): boolean {
    return actor?.role === UserRole.ADMIN || (actor?.role === UserRole.MONITOR && actor.organizationId !== null);
  },

  /** A finding is answered by the task's lead unit. */
  canRespondToFinding(actor: Actor | null, assignments: AssignmentScope[]): boolean {
    if (!actor) return false;
    if (actor.role === UserRole.ADMIN) return true;
    return assignments.some((a) => a.organizationId === actor.organizationId && a.role === AssignmentRole.LEAD);
  },

  /** The oversight view: monitors, leadership, the plan's coordinators and admins. */
  canOversee(actor: Actor | null, plan: PlanScope): boolean {
    if (!actor) return false;
    return (
      actor.role === UserRole.ADMIN ||
      actor.role === UserRole.MONITOR ||
      actor.role === UserRole.LEADERSHIP ||
      this.canEditPlan(actor, plan)
    );
  },

  /** Inboxes are personal: any signed-in user reads and clears their own, nobody else's. */
  canUseInbox(actor: Actor | null): boolean {
    return actor !== null;
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
