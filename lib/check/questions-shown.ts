import { behavioursToAsk } from "./asked";
import { chosen, type Answers } from "./answers";
import { orgFixedSettings, withOrgStatements, type OrgCheckSettings } from "./org-answers";
import { settingsToAsk, surfacesFor, unansweredQuestions } from "@/lib/content/check-questions";

/**
 * What the check's questions show for these answers, with the organization's statements in: the account,
 * the settings it states, the products chosen among those offered, the activities worth asking about,
 * and the settings asked once the report can be shown.
 */
export function questionsShown(answers: Answers, org?: OrgCheckSettings) {
  const effective = withOrgStatements(answers, org);
  const { account } = effective;
  const fixed = orgFixedSettings(answers, org);
  const surfacesChosen = account ? chosen(answers.surfaces, surfacesFor(account)) : undefined;
  const known =
    account && surfacesChosen ? { account, partnerCloud: effective.partnerCloud, surfaces: surfacesChosen } : undefined;
  const behaviourOptions = known ? behavioursToAsk(known) : [];
  const ready = unansweredQuestions(effective).length === 0;
  const asked =
    known && ready
      ? settingsToAsk(
          {
            ...known,
            behaviours: behaviourOptions.length > 0 ? (chosen(answers.behaviours, behaviourOptions) ?? []) : [],
          },
          effective.settings,
          fixed,
        )
      : [];
  return { account, fixed, surfacesChosen, behaviourOptions, asked };
}
