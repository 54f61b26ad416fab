interface ToggleGroupProps<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
  className?: string;
}

/** A row of buttons of which one is pressed: the view switch, the matrix's columns. */
export function ToggleGroup<T extends string>({ label, options, labels, value, onChange, className = '' }: ToggleGroupProps<T>) {
  return (
    <div className={`view-switch ${className}`.trim()} role="group" aria-label={label}>
      {options.map((option) => (
        <button key={option} type="button" aria-pressed={value === option} onClick={() => onChange(option)}>
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
