/**
 * Layout shared by the panels so that each stays usable in a 320 px pane: the container the pane's body
 * is (so tables can switch layout on the pane's width, not the window's: in Excel both are the same,
 * in the workbench they are not), and grids that stack on their own when there is no room.
 */
import { GriffelStyle, tokens } from "@fluentui/react-components";

/** The container name of the pane's body (TaskPane sets it). */
export const PANE_CONTAINER = "pane";

/** Styles under this key apply when the pane's body is narrower than 26rem (416 px, the default Excel pane is ~320–350 px). */
export const NARROW = `@container ${PANE_CONTAINER} (max-width: 26rem)`;

/** The same for what needs more room, such as tables of six or seven columns: below 36rem (576 px). */
export const NARROW_FOR_WIDE_TABLES = `@container ${PANE_CONTAINER} (max-width: 36rem)`;

/**
 * Makes an element the pane's container, and lets every drop-down in it shrink to the pane: a native
 * select is as wide as its longest option, which pushed fields (and the Refresh beside the ledger
 * picker) past a narrow pane's edge.
 */
export const paneContainer: GriffelStyle = {
  containerType: "inline-size",
  containerName: PANE_CONTAINER,
  "& .fui-Select": { minWidth: 0 },
  "& .fui-Select__select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
};

/** Hidden from sight, read by screen readers. */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/**
 * Form fields side by side when each gets at least 12rem, one under the other otherwise: two columns
 * in a wide pane, one at 320 px, with no query needed.
 */
export const fieldGrid: GriffelStyle = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))",
  columnGap: tokens.spacingHorizontalM,
  rowGap: tokens.spacingVerticalS,
  alignItems: "start",
};

/** A row of a control and its buttons that wraps the buttons under the control when it runs out of room. */
export const controlRow: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-end",
  gap: tokens.spacingHorizontalS,
};

/** The growing part of a controlRow: at least 10rem before the buttons wrap (a button fits beside it at 320 px). */
export const controlRowGrow: GriffelStyle = { flexGrow: 1, flexShrink: 1, flexBasis: "10rem", minWidth: 0 };
