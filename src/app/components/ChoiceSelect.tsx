// A labelled drop-down over a fixed list of choices, the header's one form of select.
export interface ChoiceSelectProps<T extends string> {
  label: string;
  testId: string;
  value: T;
  choices: readonly { value: T; text: string }[];
  onChange: (value: T) => void;
}

export function ChoiceSelect<T extends string>({ label, testId, value, choices, onChange }: ChoiceSelectProps<T>) {
  return (
    <label className="control">
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </select>
    </label>
  );
}
