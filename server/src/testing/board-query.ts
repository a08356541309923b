// The board's query, shared by the query-cost test and the benchmark (bench/).
/** What a board needs: every task with its assignees, their units, and each task's latest report. */
export const BOARD_QUERY = `query($id: ID!) { plan(id: $id) { id number title progress
  standingOffice { name } monitors { name }
  tasks { id code title status progress overdue deadlineKind deadlineDate deadlineText lastReportAt version
    parent { id }
    assignments { id role progress status viaGroup { code } organization { id name shortName kind } }
    latestReport { id progress summary createdAt organization { shortName } author { name } } } } }`;
