import {
  makeStyles,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useEffect, useRef, useState } from "react";
import { t } from "../../i18n";
import { BuiltGroup, PanelEntry } from "../panels";
import { visuallyHidden } from "./layout";

export interface PaneNavProps {
  readonly groups: readonly BuiltGroup[];
  readonly current: PanelEntry;
  readonly onOpen: (id: string) => void;
}

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  group: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold, maxWidth: "100%" },
  // The group's jobs sit beside the group when they fit, move under it when they do not, and wrap
  // among themselves only when even a line of their own is too narrow.
  jobs: { flexWrap: "wrap", minWidth: 0, flexGrow: 1, flexShrink: 1, flexBasis: "auto" },
  tab: { maxWidth: "100%" },
  hidden: visuallyHidden,
});

/**
 * The pane's navigation, sized for a 320 px pane however many jobs there are: a menu button named after
 * the current group opens every job, grouped (menu item radios, so the open job is announced as
 * checked); beside it the current group's jobs as tabs, one click apart (left out for a group whose
 * one job bears its name, Settings). A polite live region says where the user landed ("Agree: Payment
 * plan") after every move.
 */
export function PaneNav({ groups, current, onOpen }: PaneNavProps) {
  const styles = useStyles();
  const group = groups.find((g) => g.id === current.group) ?? groups[0];
  const groupName = group ? t(group.titleKey) : "";
  const here = t("nav.current", { group: groupName, job: t(current.titleKey) });
  const [announced, setAnnounced] = useState("");
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setAnnounced(here);
  }, [here]);

  return (
    <nav className={styles.nav} aria-label={t("pane.nav")}>
      <Menu
        checkedValues={{ job: [current.id] }}
        onCheckedValueChange={(_, data) => data.checkedItems[0] && onOpen(data.checkedItems[0])}
        positioning={{ position: "below", align: "start", autoSize: "height" }}
        hasCheckmarks
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton className={styles.group} appearance="subtle" size="medium" aria-label={t("nav.menu", { group: groupName })}>
            {groupName}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {groups.map((g, i) => (
              <Fragment key={g.id}>
                {i > 0 && <MenuDivider />}
                <MenuGroup>
                  <MenuGroupHeader>{t(g.titleKey)}</MenuGroupHeader>
                  {g.jobs.map((job) => (
                    <MenuItemRadio key={job.id} name="job" value={job.id}>
                      {t(job.titleKey)}
                    </MenuItemRadio>
                  ))}
                </MenuGroup>
              </Fragment>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {group && !(group.jobs.length === 1 && t(group.jobs[0].titleKey) === groupName) && (
        <TabList className={styles.jobs} selectedValue={current.id} onTabSelect={(_, data) => onOpen(String(data.value))} size="small" aria-label={t("nav.jobsIn", { group: groupName })}>
          {group.jobs.map((job) => (
            <Tab key={job.id} value={job.id} className={styles.tab}>
              {t(job.titleKey)}
            </Tab>
          ))}
        </TabList>
      )}
      <div className={styles.hidden} aria-live="polite" aria-atomic="true">
        {announced}
      </div>
    </nav>
  );
}
