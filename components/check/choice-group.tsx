import { memo, useId, type ReactNode } from "react";
import { withTicked } from "@/lib/check/answers";

type Option<T extends string> = { value: T; label: string; description?: string };

type Props<T extends string> = {
  legend: ReactNode;
  hint?: string;
  options: readonly Option<T>[];
} & (
  | { type: "radio"; value: T | undefined; onChange: (value: T) => void }
  | {
      type: "checkbox";
      /** Undefined until answered; an empty list when "None of these" is ticked. */
      value: readonly T[] | undefined;
      onChange: (value: T[] | undefined) => void;
      /** The label of the choice that answers "none of these"; ticking it clears the others and back. */
      none: string;
    }
);

const NONE_VALUE = "none-of-these";

/**
 * A fieldset of radio buttons or checkboxes with a legend and a hint tied to it for screen readers.
 * Checkboxes end with an explicit "None of these", so that nothing ticked means "not answered yet"
 * and is never mistaken for "none": unticking the last item returns the question to unanswered.
 *
 * A group renders again only when what it shows changes: an answer elsewhere leaves its inputs alone
 * (React would otherwise write every input's name and type again on each answer). So `onChange` is not
 * compared, and must not hold on to answers that may have changed since: it gets the new value and
 * works out the rest from the answers current when it is called.
 */
export const ChoiceGroup = memo(ChoiceGroupFields, showsTheSame) as <T extends string>(props: Props<T>) => ReactNode;

function showsTheSame<T extends string>(before: Props<T>, after: Props<T>): boolean {
  return (
    before.type === after.type &&
    before.legend === after.legend &&
    before.hint === after.hint &&
    (before.type === "checkbox" && after.type === "checkbox" ? before.none === after.none : true) &&
    sameOptions(before.options, after.options) &&
    sameValue(before.value, after.value)
  );
}

function sameOptions<T extends string>(before: readonly Option<T>[], after: readonly Option<T>[]): boolean {
  return (
    before.length === after.length &&
    before.every(
      (option, index) =>
        option.value === after[index]!.value &&
        option.label === after[index]!.label &&
        option.description === after[index]!.description,
    )
  );
}

function sameValue<T extends string>(before: T | readonly T[] | undefined, after: T | readonly T[] | undefined) {
  if (typeof before !== "object" || typeof after !== "object") return before === after;
  return before.length === after.length && before.every((item, index) => item === after[index]);
}

function ChoiceGroupFields<T extends string>(props: Props<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const isChecked = (value: T) => (props.type === "radio" ? props.value === value : !!props.value?.includes(value));
  const toggle = (value: T, checked: boolean) => {
    if (props.type === "radio") return props.onChange(value);
    props.onChange(withTicked(props.value, value, checked));
  };
  const input = (
    value: string,
    checked: boolean,
    onChange: (checked: boolean) => void,
    label: string,
    description?: string,
  ) => {
    const inputId = `${id}-${value}`;
    return (
      <div key={value} className="flex items-start gap-3">
        <input
          id={inputId}
          type={props.type}
          name={id}
          value={value}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={description ? `${inputId}-description` : undefined}
          className="mt-1 size-4 shrink-0 accent-accent"
        />
        <div>
          <label htmlFor={inputId} className="cursor-pointer">
            {label}
          </label>
          {description && (
            <p id={`${inputId}-description`} className="text-sm text-muted">
              {description}
            </p>
          )}
        </div>
      </div>
    );
  };
  return (
    <fieldset className="rounded-lg border border-line p-4" aria-describedby={props.hint ? hintId : undefined}>
      <legend className="px-1 text-lg font-semibold">{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="mb-3 text-sm text-muted">
          {props.hint}
        </p>
      )}
      <div className="space-y-2">
        {props.options.map((option) =>
          input(
            option.value,
            isChecked(option.value),
            (checked) => toggle(option.value, checked),
            option.label,
            option.description,
          ),
        )}
        {props.type === "checkbox" && (
          <div className="border-t border-line pt-2">
            {input(
              NONE_VALUE,
              props.value !== undefined && props.value.length === 0,
              (checked) => props.onChange(checked ? [] : undefined),
              props.none,
            )}
          </div>
        )}
      </div>
    </fieldset>
  );
}
