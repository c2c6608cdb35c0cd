/**
 * The public API of the pure core: what the UI, the worker, the CLI and the bench import, and nothing else.
 * A name belongs here once something outside src/core uses it; tests of a module import that module directly.
 */
export type { SupportType } from "./model/supportTypes.ts";
export { ALL_TYPES, CORE_TYPES, SUPPORT_TYPES, isSupportType, sortTypes } from "./model/supportTypes.ts";
export type { Frequency, LinkRole, LinkStatus, Seniority, Visibility } from "./model/enums.ts";
export { FREQUENCIES, LINK_ROLES, SENIORITIES, STATUSES, VISIBILITIES } from "./model/enums.ts";
export { linkIdOf, personIdOf } from "./model/slotValues.ts";
export type { LinkId, Person, PersonId, SupportLink } from "./model/types.ts";
export type { SupportNetwork } from "./model/network.ts";
export { buildNetwork, linkAt } from "./model/network.ts";
export { linkRecords } from "./model/linkRecords.ts";
export { compareText } from "./model/compareText.ts";
export { canonicalPerson } from "./model/canonical.ts";
export type { FileSummary, ImportOptions, ImportResult, InputFile, RememberedMapping } from "./import/importFiles.ts";
export { headerSignature, importFiles, mappingFor } from "./import/importFiles.ts";
export type { ByteStream } from "./import/fileText.ts";
export type { RoleReference, SameAnswer } from "./import/samePeople.ts";
export { readSameAnswersCsv } from "./import/sameAnswersCsv.ts";
export type { SameSchoolAnswer } from "./model/schoolAnswers.ts";
export { applySchoolAnswers, schoolPairKey, schoolQuestionsLeft } from "./model/schoolAnswers.ts";
export { schoolKey } from "./model/schoolNames.ts";
export type { SameSchoolQuestion, SchoolSide } from "./import/withSchoolAnswers.ts";
export { sameSchoolQuestions, withSchoolAnswers } from "./import/withSchoolAnswers.ts";
export type { SchoolShown } from "./import/schoolsRead.ts";
export type { SamePersonProposal, Spelling } from "./names/index.ts";
export { joinsInBulk, matchTypedName, visibleControls } from "./names/index.ts";
export {
  readTypedSupporter,
  readTypedSupporters,
  type TypedPiece,
  type TypedSupporter,
} from "./names/typedSupporter.ts";
export type { Diagnostic, RejectedRow } from "./import/diagnostics.ts";
export type { ColumnGuess, ColumnMapping } from "./import/columns.ts";
export { SHAPE_LABEL } from "./import/columns.ts";
export type { ChoiceGroup } from "./import/columnChoices.ts";
export { CHOICE_GROUP_LABEL, COLUMN_CHOICES, LEAVE_OUT, choiceLabel } from "./import/columnChoices.ts";
export { linksToCsv, peopleToCsv } from "./export/toCsv.ts";
export type { NamedText } from "./export/zipFiles.ts";
export { zipTextFiles } from "./export/zipFiles.ts";
export { openChosenFiles } from "./import/chosenFiles.ts";
export { isZip } from "./import/zipped.ts";
export type { Settings } from "./analysis/settings.ts";
export { DEFAULT_SETTINGS, SETTINGS_CAPTION, SETTING_INFO, resolveSettings } from "./analysis/settings.ts";
export type { Flag } from "./analysis/flags.ts";
export { flagKey } from "./analysis/flags.ts";
export type { AnalysisResult } from "./analysis/analyse.ts";
export { analyse, analyseTables, headOf, resultOf, unnamedCounts } from "./analysis/analyse.ts";
export type { CountedLinks, NamedSupporters } from "./analysis/namedSupporters.ts";
export { namedSupporters } from "./analysis/namedSupporters.ts";
export type { PreparedAnalysis } from "./analysis/prepared.ts";
export { prepareAnalysis } from "./analysis/prepared.ts";
export type { WhatIfResult } from "./analysis/whatIf.ts";
export { whatIf, whatIfOnce, whatIfWithTables } from "./analysis/whatIf.ts";
export type { Strength } from "./analysis/strengthRules.ts";
export { strengthChips } from "./analysis/strengthRules.ts";
export { FLAG_HELP, INTRO, TYPE_HELP, fillText } from "./report/helpTexts.ts";
export { ABOUT_POINTS, ROLE_HELP, SOURCES, concernsWellbeing, signpostLine } from "./report/researchTexts.ts";
export type { Voice } from "./report/describeFlag.ts";
export { FREQUENCY_WORDS, describeFlag, listWords, typeList } from "./report/describeFlag.ts";
export type { FlagRef } from "./report/flagTitle.ts";
export type { PeopleCounts } from "./report/peopleWords.ts";
export { peopleWords } from "./report/peopleWords.ts";
export { counted } from "./report/counted.ts";
export { otherSinglesWords } from "./report/otherSinglesWords.ts";
export { planOutcomeWords } from "./report/planOutcomeWords.ts";
export { flagTitle } from "./report/flagTitle.ts";
export type { FlagItem } from "./report/flagItems.ts";
export { flagItems } from "./report/flagItems.ts";
export type { FlagChangeItem } from "./report/flagChangeItems.ts";
export { flagChangeItems } from "./report/flagChangeItems.ts";
export type { Headline } from "./report/headline.ts";
export { headline } from "./report/headline.ts";
export { analysisToMarkdown } from "./report/markdown.ts";
export {
  CAPACITY_HINT,
  overCapacityLabel,
  overCapacityWithPlan,
  overCapacityWords,
  untappedNoneWords,
} from "./report/capacityWords.ts";
export type { LoadFigures } from "./report/loadWords.ts";
export { capacityWords, isOverCapacity, loadShare, loadWords } from "./report/loadWords.ts";
export { showsAGap } from "./report/showsAGap.ts";
export { flaggedEctsOf } from "./report/flaggedEcts.ts";
export { foldName } from "./names/foldName.ts";
export { gapsIfAway, soleSourceListWords, soleSourceWords } from "./report/soleSourceWords.ts";
export type { Constellation, ConstellationPerson } from "./analysis/constellation.ts";
export { buildConstellation } from "./analysis/constellation.ts";
export type { SectorInfo } from "./layout/constellationLayout.ts";
export { MAX_CLEARANCE, RIM_RADIUS, centreClearance, layoutConstellation } from "./layout/constellationLayout.ts";
export type { ScenePoint } from "./layout/constellationLabels.ts";
export { constellationLabelRequests, fitCircle, toCanvas } from "./layout/constellationLabels.ts";
export type { Box, Disc, Placement, PlacedLabel, PlacementOptions } from "./layout/labelPlacement.ts";
export type { NoteWords, PlacePeople } from "./layout/cornerNote.ts";
export { UNNAMED_NOTE, placeWithCornerNote } from "./layout/cornerNote.ts";
export {
  coversDisc,
  initialsOf,
  initialsVariants,
  keepsFirstWord,
  placeLabels,
  shorten,
} from "./layout/labelPlacement.ts";
export type { EctRow, Overview, SupporterRow } from "./report/overview.ts";
export {
  byConcern,
  byName,
  ectRowsIn,
  ectRowsOf,
  networkHeadOf,
  schoolsOf,
  supporterRowsOf,
} from "./report/overview.ts";
export { analysisJson } from "./report/analysisJson.ts";
export { capDiagnostics, diagnosticsForJson } from "./report/diagnosticGroups.ts";
export { diagnosticsToMarkdown, isWorthReading } from "./report/diagnosticsMarkdown.ts";
export type { FormQuestion, Questionnaire, QuestionnaireOptions } from "./collect/questionnaire.ts";
export { questionnaire, questionnaireText } from "./collect/questionnaire.ts";
export { scenarioToCsv } from "./report/scenarioCsv.ts";
export type { GraphPersonNode, NetworkGraphData } from "./report/networkGraph.ts";
export { networkGraph } from "./report/networkGraph.ts";
export type { SchoolTiles } from "./report/schoolTiles.ts";
export { schoolTiles, shareBand, tileCountText } from "./report/schoolTiles.ts";
export { rejectedRowsCsv } from "./export/rejectedCsv.ts";
export type { Candidate, Suggestion } from "./plan/suggestions.ts";
export { suggestFor } from "./plan/suggestions.ts";
export { personKind, pseudonymCodes, pseudonymiseData } from "./report/pseudonyms.ts";
export { toGexf, toGraphml } from "./export/graphFiles.ts";
export type { ProposalAgreement, ProposedLink } from "./plan/proposals.ts";
export { addProposal, setAgreement } from "./plan/proposals.ts";
export type { PlanNeed, ProposedPlan } from "./plan/optimiser.ts";
export { planProblem } from "./plan/planProblem.ts";
export { baselineSelection, greedySelection, selectionValue } from "./plan/planSearch.ts";
export { proposePlan } from "./plan/optimiser.ts";
export type { SingleNeedCounts } from "./plan/singleNeeds.ts";
export type { OtherSinglesWithPlan, PlanComparison, PlanCounts, SingleCounts } from "./plan/comparePlan.ts";
export { comparePlan, otherSinglesWithPlan, planCounts, singleCounts } from "./plan/comparePlan.ts";
export type { SnapshotDiff, Tie } from "./history/snapshotDiff.ts";
export { diffSnapshots } from "./history/snapshotDiff.ts";
export type { TimelineRow } from "./history/timeline.ts";
export { timelineOf } from "./history/timeline.ts";
export { diffToMarkdown, planToMarkdown } from "./report/planMarkdown.ts";
export type { NetworkSummary } from "./report/networkSummary.ts";
export { networkSummary } from "./report/networkSummary.ts";
export { planToCsv } from "./export/planCsv.ts";
export { planTotalsCsv } from "./export/planTotalsCsv.ts";
export type { Edit } from "./edit/edits.ts";
export { applyEdits, freshId } from "./edit/edits.ts";
export { sameNameOnMap, type SameNameOnMap } from "./edit/sameNameOnMap.ts";
export type { DetailField, DetailsDraft, DetailsProblem, DetailsReading } from "./edit/personDetails.ts";
export {
  DETAIL_FIELDS,
  detailFieldsFor,
  detailsDraftOf,
  ectYearChoices,
  lastEctYear,
  readPersonDetails,
} from "./edit/personDetails.ts";
export type { TypedSchool } from "./edit/typedSchool.ts";
export { typedSchool } from "./edit/typedSchool.ts";
export type { History } from "./edit/history.ts";
export { canRedo, canUndo, commit, historyOf, redo, undo } from "./edit/history.ts";
export type { Project } from "./project/projectFile.ts";
export { PROJECT_VERSION, projectToJson, readProject, readProjectFile } from "./project/projectFile.ts";
export { shareMap } from "./share/shareMap.ts";
export type { ShareChoice, ShareRule } from "./share/shareRule.ts";
export { changeWords, countWords, isSuppressed, NAMES_SHOWN, shareRule } from "./share/shareRule.ts";
export type { RecordsToShare } from "./share/recordsToShare.ts";
export { recordsToShare } from "./share/recordsToShare.ts";
