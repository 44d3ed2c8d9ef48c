import { useId, type ReactNode } from "react";

type Option<T extends string> = { value: T; label: string; description?: string };

type Props<T extends string> = {
  legend: ReactNode;
  hint?: string;
  options: readonly Option<T>[];
} & (
  | { type: "radio"; value: T | undefined; onChange: (value: T) => void }
  | { type: "checkbox"; value: readonly T[]; onChange: (value: T[]) => void }
);

/** A fieldset of radio buttons or checkboxes with a legend and a hint tied to it for screen readers. */
export function ChoiceGroup<T extends string>(props: Props<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const isChecked = (value: T) => (props.type === "radio" ? props.value === value : props.value.includes(value));
  const toggle = (value: T, checked: boolean) => {
    if (props.type === "radio") props.onChange(value);
    else props.onChange(checked ? [...props.value, value] : props.value.filter((item) => item !== value));
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
        {props.options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={inputId}
                type={props.type}
                name={id}
                value={option.value}
                checked={isChecked(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-describedby={option.description ? `${inputId}-description` : undefined}
                className="mt-1 size-4 shrink-0 accent-accent"
              />
              <div>
                <label htmlFor={inputId} className="cursor-pointer">
                  {option.label}
                </label>
                {option.description && (
                  <p id={`${inputId}-description`} className="text-sm text-muted">
                    {option.description}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
