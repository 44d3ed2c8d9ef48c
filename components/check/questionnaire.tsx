import { questions, surfaceLabelOverrides } from "@/content/check/questions";
import { chosen, type Answers } from "@/lib/check/answers";
import { surfacesFor } from "@/lib/content/check-questions";
import type { OrgCheckSettings } from "@/lib/check/org-answers";
import { questionsShown } from "@/lib/check/questions-shown";
import type { Answer } from "@/lib/model/situation-schema";
import { accounts, behaviours, partnerClouds, settings, surfaces, type SettingId } from "@/lib/model/vocabulary";
import { ChoiceGroup } from "./choice-group";
import { OrgStatedSetting } from "./org-stated-setting";
import { RetentionDaysInput } from "./retention-days-input";

const answerOptions = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "I don\u2019t know" },
] as const satisfies readonly { value: Answer; label: string }[];

/**
 * An answer as the part of the answers it changes, worked out from the answers current when it is made:
 * a question's handler holds nothing that a later answer could leave out of date.
 */
export type AnswerChange = (current: Answers) => Partial<Answers>;

/**
 * The questions, in the order people can answer them: the plan, the products, what they do in the
 * Claude apps, then their organization's settings. Only questions whose answer can change this person's
 * report are asked (`lib/check/asked.ts` derives them from the rules), and the settings appear once the
 * report can be shown, since "I don't know" is already a full answer to each.
 */
export function Questionnaire({
  answers,
  onChange,
  org,
}: {
  answers: Answers;
  onChange: (change: AnswerChange) => void;
  /** In an organization's edition: its plan is the default account, and the settings it states are fixed. */
  org?: OrgCheckSettings;
}) {
  const { account, fixed, surfacesChosen, behaviourOptions, asked } = questionsShown(answers, org);
  const ownSettings = asked.filter((id) => id === "work-email");
  const orgSettings = asked.filter((id) => id !== "work-email");
  return (
    <form className="space-y-6" onSubmit={(event) => event.preventDefault()} aria-label="Your situation">
      <ChoiceGroup
        type="radio"
        legend={questions.account.legend}
        hint={questions.account.hint}
        options={accounts.map((row) => ({ value: row.id, label: row.label, description: row.description }))}
        value={account}
        onChange={(value) => onChange(() => ({ account: value }))}
      />
      {account === "partner-cloud" && (
        <ChoiceGroup
          type="radio"
          legend={questions.partnerCloud.legend}
          hint={questions.partnerCloud.hint}
          options={partnerClouds.map((row) => ({ value: row.id, label: row.label }))}
          value={answers.partnerCloud}
          onChange={(value) => onChange(() => ({ partnerCloud: value }))}
        />
      )}
      {account && (
        <ChoiceGroup
          type="checkbox"
          legend={questions.surfaces.legend}
          hint={questions.surfaces.hint}
          none={questions.surfaces.none}
          options={surfacesFor(account).map((id) => {
            const row = surfaces.find((surface) => surface.id === id)!;
            return {
              value: id,
              label: surfaceLabelOverrides[account]?.[id] ?? row.label,
              description: row.description,
            };
          })}
          value={surfacesChosen}
          onChange={(value) => onChange(() => ({ surfaces: value }))}
        />
      )}
      {behaviourOptions.length > 0 && (
        <ChoiceGroup
          type="checkbox"
          legend={questions.behaviours.legend}
          hint={questions.behaviours.hint}
          none={questions.behaviours.none}
          options={behaviours
            .filter((row) => behaviourOptions.includes(row.id))
            .map((row) => ({ value: row.id, label: row.label, description: row.description }))}
          value={chosen(answers.behaviours, behaviourOptions)}
          onChange={(value) => onChange(() => ({ behaviours: value }))}
        />
      )}
      {ownSettings.map((id) => (
        <ChoiceGroup
          key={id}
          type="radio"
          legend={questions.workEmail.legend}
          hint={questions.workEmail.hint}
          options={answerOptions}
          value={answers.settings[id] ?? "unknown"}
          onChange={(value) => onChange((current) => ({ settings: { ...current.settings, [id]: value } }))}
        />
      ))}
      {orgSettings.length > 0 && (
        <section aria-labelledby="settings-heading" className="space-y-4">
          <h2 id="settings-heading" className="text-xl font-semibold">
            {questions.settings.legend}
          </h2>
          <p className="text-sm text-muted">{questions.settings.hint}</p>
          {orgSettings.map((id) => (
            <SettingQuestion key={id} id={id} answers={answers} fixed={fixed} org={org} onChange={onChange} />
          ))}
        </section>
      )}
    </form>
  );
}

/** One organization setting: the organization's statement when it makes one, otherwise the question. */
function SettingQuestion({
  id,
  answers,
  fixed,
  org,
  onChange,
}: {
  id: SettingId;
  answers: Answers;
  fixed: Partial<Record<SettingId, "yes" | "no">>;
  org?: OrgCheckSettings;
  onChange: (change: AnswerChange) => void;
}) {
  const setting = settings.find((row) => row.id === id)!;
  const stated = fixed[id];
  if (org && stated) {
    return (
      <OrgStatedSetting
        label={setting.label}
        value={stated}
        retentionDays={id === "custom-retention" && stated === "yes" ? org.retentionDays : undefined}
        orgName={org.name}
        statedOn={org.statedOn}
      />
    );
  }
  return (
    <div className="space-y-3">
      <ChoiceGroup
        type="radio"
        legend={setting.label}
        hint={`${setting.question} Ask ${org ? org.contact.team : setting.askWhom}.`}
        options={answerOptions}
        value={answers.settings[id] ?? "unknown"}
        onChange={(value) => onChange((current) => ({ settings: { ...current.settings, [id]: value } }))}
      />
      {id === "custom-retention" && answers.settings["custom-retention"] !== "no" && (
        <RetentionDaysInput
          value={answers.retentionDays}
          onChange={(days) => onChange(() => ({ retentionDays: days }))}
        />
      )}
    </div>
  );
}
