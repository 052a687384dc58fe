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

/** Makes an element the pane's container. */
export const paneContainer: GriffelStyle = { containerType: "inline-size", containerName: PANE_CONTAINER };

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

/** The growing part of a controlRow: at least 12rem before the buttons wrap. */
export const controlRowGrow: GriffelStyle = { flexGrow: 1, flexShrink: 1, flexBasis: "12rem", minWidth: 0 };
