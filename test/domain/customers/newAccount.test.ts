import { checkNewAccount, NewAccountForm, VettingItem } from "../../../src/domain/customers/newAccount";
import { t } from "../../../src/i18n";

const TODAY = 46351; // 2026-11-25
const passed: VettingItem = { status: "passed", date: "2026-11-20", source: "Bureau", notes: "" };
const form: NewAccountForm = {
  kind: "business",
  legalName: "Rossi S.r.l.",
  companyId: "MI-123456",
  vatId: "IT 00743110157",
  iban: "GB82 WEST 1234 5698 7654 32",
  address: "Via Roma 1, Milano",
  country: "IT",
  language: "it",
  contactName: "Mario Rossi",
  email: "mario@rossi.it",
  phone: "",
  requestedLimit: "12.000",
  paymentTerms: "60",
  annualIncome: "1.500.000",
  monthlyDebt: "",
  checks: {
    creditReport: { ...passed, score: "712" },
    bankReference: passed,
    tradeReference1: passed,
    tradeReference2: passed,
    employmentReference: { ...passed, status: "pending" },
  },
};
const withScore = (score: string | undefined): NewAccountForm => ({ ...form, checks: { ...form.checks, creditReport: { ...passed, score } } });
const messages = (f: NewAccountForm) => checkNewAccount(f, TODAY).problems.map((p) => [p.field, t(p.problem.code, p.problem.params, "en")]);

describe("checkNewAccount's messages say what is wrong", () => {
  it("approves the complete form", () => {
    expect(checkNewAccount(form, TODAY).problems).toEqual([]);
  });
  it.each(["", "   ", undefined])("calls a blank credit-report score (%p) missing, not text that is not a number", (score) => {
    expect(messages(withScore(score))).toEqual([["creditReport.score", "This field is required."]]);
  });
  it("still refuses a score that is not a number, quoting it", () => {
    expect(messages(withScore("n/a"))).toEqual([["creditReport.score", "score must be a number, not the text 'n/a'"]]);
  });
  it("calls a blank requested limit or annual income missing too", () => {
    expect(messages({ ...form, requestedLimit: " ", annualIncome: "" })).toEqual([
      ["requestedLimit", "This field is required."],
      ["annualIncome", "This field is required."],
    ]);
  });
});
