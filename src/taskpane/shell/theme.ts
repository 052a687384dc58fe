import { teamsHighContrastTheme, Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type PaneThemeKind = "light" | "dark" | "highContrast";

/** The parts of Office.context.officeTheme the pane looks at. */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white); NaN when not a colour. */
function luminance(hex: string | undefined): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return NaN;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The pane's theme from Office's: high contrast when the system forces colours, dark when Office says
 * so (or its background is dark), light otherwise and outside Office.
 *
 * @example
 * themeKindOf({ bodyBackgroundColor: "#262626" }, false) //=> "dark"
 */
export function themeKindOf(office: OfficeThemeLike | undefined, forcedColors: boolean): PaneThemeKind {
  if (forcedColors) return "highContrast";
  if (!office) return "light";
  if (office.isDarkTheme !== undefined) return office.isDarkTheme ? "dark" : "light";
  return luminance(office.bodyBackgroundColor) < 0.4 ? "dark" : "light";
}

export function fluentTheme(kind: PaneThemeKind): Theme {
  return kind === "dark" ? webDarkTheme : kind === "highContrast" ? teamsHighContrastTheme : webLightTheme;
}
