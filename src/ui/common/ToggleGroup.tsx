import type { KeyboardEvent } from 'react';

interface ToggleGroupProps<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
  className?: string;
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A row of buttons of which one is pressed: the view switch, the matrix's columns. One Tab stop
 * (the pressed button), with the arrow keys, Home and End moving between buttons, as in a toolbar,
 * so the page's controls stay few Tab presses apart; Enter or Space presses the focused one.
 */
export function ToggleGroup<T extends string>({ label, options, labels, value, onChange, className = '' }: ToggleGroupProps<T>) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : event.key in STEP ? (at + STEP[event.key]! + buttons.length) % buttons.length : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <div className={`view-switch ${className}`.trim()} role="group" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((option) => (
        <button key={option} type="button" aria-pressed={value === option} tabIndex={value === option ? 0 : -1} onClick={() => onChange(option)}>
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
