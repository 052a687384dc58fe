import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { t } from "../../i18n";

export interface NoticeProps {
  readonly intent: "error" | "warning" | "info" | "success";
  readonly title?: string;
  readonly message: string;
  /** A button that fixes or retries, when there is one. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

/** A message in the pane: what happened and, where there is one, what to do. */
export function Notice(props: NoticeProps) {
  return (
    <MessageBar intent={props.intent} layout="multiline" role={props.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.message}
      </MessageBarBody>
      {props.action && (
        <MessageBarActions>
          <Button onClick={props.action.onClick}>{props.action.label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export const retryLabel = () => t("pane.error.retry");
