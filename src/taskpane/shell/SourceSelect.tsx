import { Field, Select } from "@fluentui/react-components";
import { describeSource, LedgerSource, sourceKey } from "./ledgerSource";

export interface SourceSelectProps {
  readonly label: string;
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly onChoose: (key: string) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

/** Which table or sheet feeds one input of a job. */
export function SourceSelect(props: SourceSelectProps) {
  return (
    <Field className={props.className} label={props.label}>
      <Select value={props.source ? sourceKey(props.source) : ""} disabled={props.disabled || props.sources.length === 0} onChange={(_, d) => props.onChoose(d.value)}>
        {props.sources.map((s) => (
          <option key={sourceKey(s)} value={sourceKey(s)}>
            {describeSource(s)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
