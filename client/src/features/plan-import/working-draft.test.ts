import { AssignmentRole, DeadlineKind, LegalDocumentType, OrganizationKind, RecurrencePeriod } from '@tiendo/shared';
import { describe, expect, it } from 'vitest';
import { commitInput, workingTasks, type Draft } from './working-draft.js';

const span = { start: 0, end: 1 };
const ref = (r: { organizationId?: string; groupCode?: string; newUnitName?: string }, name: string) => ({
  text: name,
  name,
  organizationId: r.organizationId ?? null,
  groupCode: r.groupCode ?? null,
  newUnitName: r.newUnitName ?? null,
  confidence: 0.9,
  flagged: false,
  span,
});
const draft = {
  documentType: LegalDocumentType.PLAN,
  number: { value: '40/KH-UBND', confidence: 0.95, span },
  title: { value: 'Kế hoạch thử', confidence: 0.9, span },
  place: null,
  issuedOn: { value: '2020-06-25', confidence: 0.95, span },
  signerName: null,
  signerTitle: null,
  recipients: [{ value: 'UBND huyện' }],
  implements: null,
  parentPlan: null,
  parentPlanId: null,
  issuer: ref({ organizationId: '7' }, 'Xã An Hiệp'),
  standingOffice: ref({ newUnitName: 'Công an xã' }, 'Công an xã'),
  monitors: [],
  difficultyOffice: null,
  documents: [
    { number: null, type: LegalDocumentType.RESOLUTION, issuer: null, issuedOn: null, title: 'NQ', existingId: null },
  ],
  newUnits: [{ name: 'Công an xã', kind: OrganizationKind.OTHER, confidence: 0.4, flagged: false, span }],
  warnings: [],
  tasks: [
    {
      code: 'I',
      parentCode: null,
      depth: 0,
      title: 'Nhiệm vụ',
      body: '',
      confidence: 0.9,
      span,
      deadline: {
        kind: DeadlineKind.RECURRING,
        date: '2020-01-01',
        recurrence: RecurrencePeriod.YEARLY,
        text: null,
        confidence: 0.85,
        span: null,
      },
      assignees: [
        { role: AssignmentRole.LEAD, ...ref({ organizationId: '7' }, 'Xã An Hiệp') },
        { role: AssignmentRole.COLLABORATOR, ...ref({ newUnitName: 'Công an xã' }, 'Công an xã') },
        { role: AssignmentRole.COLLABORATOR, ...ref({ groupCode: 'COMMUNES' }, 'Các xã, thị trấn') },
      ],
    },
  ],
} satisfies Draft;

describe('the commit input of a corrected draft', () => {
  it('keeps what the person accepted and drops references to refused new units', () => {
    const tasks = workingTasks(draft);
    tasks[0]!.title = 'Nhiệm vụ đã sửa';
    const refused = commitInput(draft, tasks, new Set());
    expect(refused.newUnits).toEqual([]);
    expect(refused.standingOffice).toBeNull();
    expect(refused.tasks[0]).toMatchObject({
      title: 'Nhiệm vụ đã sửa',
      deadlineKind: DeadlineKind.RECURRING,
      deadlineDate: null,
      recurrence: RecurrencePeriod.YEARLY,
    });
    expect(refused.tasks[0]!.assignees).toEqual([
      { role: AssignmentRole.LEAD, organizationId: '7', groupCode: null, newUnitName: null },
      { role: AssignmentRole.COLLABORATOR, organizationId: null, groupCode: 'COMMUNES', newUnitName: null },
    ]);
    // A document cited without a number cannot be recorded.
    expect(refused.documents).toEqual([]);

    const accepted = commitInput(draft, tasks, new Set(['Công an xã']));
    expect(accepted.newUnits).toEqual([{ name: 'Công an xã', kind: OrganizationKind.OTHER }]);
    expect(accepted.standingOffice).toEqual({ organizationId: null, groupCode: null, newUnitName: 'Công an xã' });
    expect(accepted.tasks[0]!.assignees).toHaveLength(3);
  });
});
