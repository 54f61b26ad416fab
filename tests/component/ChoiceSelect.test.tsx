import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ChoiceSelect } from '../../src/ui/Grants/ChoiceSelect';

describe('a choice among a grants file’s own words', () => {
  it('shows a funder’s hidden right-to-left override by its code, and still chooses that funder as the file names it', () => {
    const hostile = 'Trust\u202Etsurt';
    const chosen = vi.fn();
    render(<ChoiceSelect label="Funder" values={['Plain Trust', hostile]} value={null} all="All 2 funders" onChange={chosen} />);
    const box = screen.getByRole('combobox', { name: 'Funder' });
    expect(screen.getByRole('option', { name: 'Trust[U+202E]tsurt' })).toBeTruthy();
    expect(box.textContent).not.toContain('\u202E');
    fireEvent.change(box, { target: { value: hostile } });
    expect(chosen).toHaveBeenCalledWith(hostile);
  });
});
