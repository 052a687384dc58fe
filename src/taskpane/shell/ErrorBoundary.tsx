import { Component, ErrorInfo, ReactNode } from "react";
import { t } from "../../i18n";
import { errorText } from "./errors";
import { Notice } from "./Notice";

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: unknown;
}

/**
 * Catches what a panel throws while rendering: the pane shows what happened and a Try again instead
 * of going blank. The workbook is untouched (panels only write through the port).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error ?? new Error("unknown") };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown in the pane by render(); nothing else to do.
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Notice
        intent="error"
        title={t("pane.error.title")}
        message={t("pane.error.crashed", { detail: errorText(this.state.error) })}
        action={{ label: t("pane.error.retry"), onClick: () => this.setState({ error: null }) }}
      />
    );
  }
}
