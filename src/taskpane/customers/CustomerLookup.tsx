import { Button, Field, Input, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ReactNode } from "react";
import { t } from "../../i18n";
import { CellValue } from "../../workbook/port";
import { Row } from "./customerFile";
import { confidentialText } from "../shell/confidential";
import { controlRow, controlRowGrow } from "../shell/layout";
import { formatPaneDate } from "../shell/paneDates";
import { RecordColumn, RecordTable } from "../shell/RecordTable";

export interface CustomerLookupProps {
  readonly query: string;
  readonly matches: readonly Row[] | null;
  readonly chosen: Row | null;
  readonly record: { readonly documents: readonly Row[]; readonly contacts: readonly Row[] } | null;
  readonly reveal: boolean;
  readonly error: string | null;
  readonly onQuery: (text: string) => void;
  readonly onSearch: () => void;
  readonly onChoose: (row: Row) => void;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: controlRow,
  grow: controlRowGrow,
  dl: { display: "grid", gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dt: { overflowWrap: "anywhere" },
  dd: { margin: 0, overflowWrap: "anywhere" },
  match: { justifyContent: "flex-start", textAlign: "start" },
});

const CONFIDENTIAL = new Set(["iban", "vat_id", "company_id"]);
const DATES = new Set(["date", "approved_on"]);
const SHOWN = ["id", "legal_name", "kind", "company_id", "vat_id", "iban", "address", "country", "language", "contact", "email", "phone", "credit_limit", "payment_terms_days", "approved_on", "approved_by"];

function cell(key: string, value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (DATES.has(key) && typeof value === "number") return formatPaneDate(value);
  return String(value);
}

/** A document's location: a link when it is a web address, else the path as text. */
function Location({ value }: { value: string }) {
  return /^https?:\/\//i.test(value) ? (
    <Link href={value} target="_blank" rel="noreferrer">
      {value}
    </Link>
  ) : (
    <>{value}</>
  );
}

const column = (key: string, render?: (row: Row) => ReactNode): RecordColumn<Row> => ({
  key,
  header: t(`creditPanel.file.${key}`),
  cell: render ?? ((row) => cell(key, row[key])),
});

const documentColumns = () => ["name", "type", "date"].map((k) => column(k)).concat([column("location", (d) => <Location value={cell("location", d.location)} />), column("status")]);
const contactColumns = () => ["date", "type", "summary", "by"].map((k) => column(k));

/** Finds a customer in AR Customers and shows its record, documents and contact history in one place. */
export function CustomerLookup(props: CustomerLookupProps) {
  const styles = useStyles();
  const c = props.chosen;
  return (
    <section className={styles.column} aria-label={t("creditPanel.lookup.title")}>
      <div className={styles.row}>
        <Field className={styles.grow} label={t("creditPanel.lookup.query")}>
          <Input value={props.query} onChange={(_, d) => props.onQuery(d.value)} onKeyDown={(e) => e.key === "Enter" && props.onSearch()} />
        </Field>
        <Button onClick={props.onSearch} disabled={props.query.trim() === ""}>
          {t("creditPanel.lookup.find")}
        </Button>
      </div>
      {props.error && <Text role="alert">{props.error}</Text>}
      {props.matches !== null && props.matches.length === 0 && <Text>{t("creditPanel.lookup.none")}</Text>}
      {props.matches !== null && props.matches.length > 1 && (
        <div className={styles.column}>
          {props.matches.map((m) => (
            <Button key={cell("id", m.id)} appearance="subtle" className={styles.match} onClick={() => props.onChoose(m)}>
              {`${cell("id", m.id)} ${cell("legal_name", m.legal_name)}`}
            </Button>
          ))}
        </div>
      )}
      {c && (
        <div className={styles.column} aria-label={t("creditPanel.lookup.record")} role="region">
          <dl className={styles.dl}>
            {SHOWN.map((key) => [
              <dt key={`${key}-t`} className={styles.dt}>
                {t(`creditPanel.file.${key}`)}
              </dt>,
              <dd key={`${key}-d`} className={styles.dd}>
                {CONFIDENTIAL.has(key) ? confidentialText(cell(key, c[key]), props.reveal) : cell(key, c[key])}
              </dd>,
            ])}
          </dl>
          <Text as="h4" weight="semibold">
            {t("creditPanel.lookup.documents")}
          </Text>
          {props.record && props.record.documents.length > 0 ? (
            <RecordTable label={t("creditPanel.lookup.documents")} columns={documentColumns()} rows={props.record.documents} rowKey={(_, i) => i} />
          ) : (
            <Text>{t("creditPanel.lookup.noDocuments")}</Text>
          )}
          <Text as="h4" weight="semibold">
            {t("creditPanel.lookup.contacts")}
          </Text>
          {props.record && props.record.contacts.length > 0 ? (
            <RecordTable label={t("creditPanel.lookup.contacts")} columns={contactColumns()} rows={props.record.contacts} rowKey={(_, i) => i} />
          ) : (
            <Text>{t("creditPanel.lookup.noContacts")}</Text>
          )}
        </div>
      )}
    </section>
  );
}
