import { ownAccountSettings, questions, surfaceLabelOverrides } from "@/content/check/questions";
import { asksBehaviours, settingsFor, surfacesFor, type Answers } from "@/lib/check/answers";
import { orgFixedSettings, type OrgCheckSettings } from "@/lib/check/org-answers";
import type { Answer } from "@/lib/model/situation-schema";
import { accounts, behaviours, partnerClouds, surfaces, type SettingId } from "@/lib/model/vocabulary";
import { ChoiceGroup } from "./choice-group";
import { OrgStatedSetting } from "./org-stated-setting";
import { RetentionDaysInput } from "./retention-days-input";

const answerOptions = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "I don\u2019t know" },
] as const satisfies readonly { value: Answer; label: string }[];

/**
 * The questions, asking only what changes the answer for the account chosen: a personal plan gets no
 * organization settings, a Console or cloud account no questions about the Claude apps.
 */
export function Questionnaire({
  answers,
  onChange,
  org,
}: {
  answers: Answers;
  onChange: (next: Answers) => void;
  /** In an organization's edition: its plan is the default account, and the settings it states are fixed. */
  org?: OrgCheckSettings;
}) {
  const account = answers.account ?? org?.plan;
  const fixed = orgFixedSettings(answers, org);
  const isOwn = (id: SettingId) => (ownAccountSettings as readonly SettingId[]).includes(id);
  const orgSettings = account ? settingsFor(account).filter((setting) => !isOwn(setting.id)) : [];
  const asksWorkEmail = account ? settingsFor(account).some((setting) => setting.id === "work-email") : false;
  const set = (patch: Partial<Answers>) => onChange({ ...answers, ...patch });
  return (
    <form className="space-y-6" onSubmit={(event) => event.preventDefault()} aria-label="Your situation">
      <ChoiceGroup
        type="radio"
        legend={questions.account.legend}
        hint={questions.account.hint}
        options={accounts.map((row) => ({ value: row.id, label: row.label, description: row.description }))}
        value={account}
        onChange={(value) => set({ account: value })}
      />
      {account === "partner-cloud" && (
        <ChoiceGroup
          type="radio"
          legend={questions.partnerCloud.legend}
          hint={questions.partnerCloud.hint}
          options={partnerClouds.map((row) => ({ value: row.id, label: row.label }))}
          value={answers.partnerCloud}
          onChange={(value) => set({ partnerCloud: value })}
        />
      )}
      {account && (
        <ChoiceGroup
          type="checkbox"
          legend={questions.surfaces.legend}
          hint={questions.surfaces.hint}
          options={surfacesFor(account).map((id) => {
            const row = surfaces.find((surface) => surface.id === id)!;
            return {
              value: id,
              label: surfaceLabelOverrides[account]?.[id] ?? row.label,
              description: row.description,
            };
          })}
          value={answers.surfaces}
          onChange={(value) => set({ surfaces: value })}
        />
      )}
      {account && asksBehaviours(account) && (
        <ChoiceGroup
          type="checkbox"
          legend={questions.behaviours.legend}
          hint={questions.behaviours.hint}
          options={behaviours.map((row) => ({ value: row.id, label: row.label, description: row.description }))}
          value={answers.behaviours}
          onChange={(value) => set({ behaviours: value })}
        />
      )}
      {asksWorkEmail && (
        <ChoiceGroup
          type="radio"
          legend={questions.workEmail.legend}
          hint={questions.workEmail.hint}
          options={answerOptions}
          value={answers.settings["work-email"] ?? "unknown"}
          onChange={(value) => set({ settings: { ...answers.settings, "work-email": value } })}
        />
      )}
      {orgSettings.length > 0 && (
        <section aria-labelledby="settings-heading" className="space-y-4">
          <h2 id="settings-heading" className="text-xl font-semibold">
            {questions.settings.legend}
          </h2>
          <p className="text-sm text-muted">{questions.settings.hint}</p>
          {orgSettings.map((setting) => {
            const stated = fixed[setting.id];
            if (org && stated) {
              return (
                <OrgStatedSetting
                  key={setting.id}
                  label={setting.label}
                  value={stated}
                  retentionDays={setting.id === "custom-retention" && stated === "yes" ? org.retentionDays : undefined}
                  orgName={org.name}
                  statedOn={org.statedOn}
                />
              );
            }
            return (
              <div key={setting.id} className="space-y-3">
                <ChoiceGroup
                  type="radio"
                  legend={setting.label}
                  hint={`${setting.question} Ask ${org ? org.contact.team : setting.askWhom}.`}
                  options={answerOptions}
                  value={answers.settings[setting.id] ?? "unknown"}
                  onChange={(value) => set({ settings: { ...answers.settings, [setting.id]: value } })}
                />
                {setting.id === "custom-retention" && answers.settings["custom-retention"] !== "no" && (
                  <RetentionDaysInput value={answers.retentionDays} onChange={(days) => set({ retentionDays: days })} />
                )}
              </div>
            );
          })}
        </section>
      )}
    </form>
  );
}
