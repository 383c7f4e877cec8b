/**
 * The vendor and technology roadmap, one concept per module:
 *
 * - roadmap-membership.ts: which catalog components belong to which technology family and
 *   learning curve; `checkRoadmap` checks the catalog's roadmap is consistent.
 * - roadmap-slips.ts: slips (a technology, vendor or component shipping N years later)
 *   resolved against the catalog and applied to a copy of it.
 * - roadmap-timeline.ts: products and technologies with slips applied, in lanes by vendor
 *   and by technology.
 * - roadmap-layout.ts: the timeline as bars on a year axis, and as a plain table.
 *
 * Hosts (the Scaling view, the analyses CLI) import from here; modules in shared/ import the
 * module they need. Example: `roadmapTimeline(defaultCatalog, [{ target: 'cpo', delayYears: 2 }])`.
 */
export {
  catalogComponents,
  checkRoadmap,
  learningCurveFor,
  matchesComponent,
  membersOf,
  technologiesOf,
  type RoadmapComponent,
} from './roadmap-membership.ts';
export {
  applySlips,
  resolveSlips,
  slipTargetKind,
  type ComponentSlip,
  type SlipSpec,
  type SlipTargetKind,
} from './roadmap-slips.ts';
export {
  roadmapTimeline,
  type RoadmapTimeline,
  type TimelineLane,
  type TimelineProduct,
  type TimelineTechnology,
} from './roadmap-timeline.ts';
export {
  roadmapLayout,
  roadmapTable,
  ROADMAP_TABLE_COLUMNS,
  type LaneGrouping,
  type RoadmapBar,
  type RoadmapLaneLayout,
  type RoadmapLayout,
  type RoadmapTableColumn,
  type RoadmapTableRow,
} from './roadmap-layout.ts';
