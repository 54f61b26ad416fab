import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SafeLink } from '../../src/ui/common/SafeLink';

describe('links from the dataset open only for http(s)', () => {
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'not a url'])('shows %s as plain text', (href) => {
    render(<SafeLink href={href}>Somewhere</SafeLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Somewhere')).toBeTruthy();
  });

  it('links an https address', () => {
    render(<SafeLink href="https://example.org">Somewhere</SafeLink>);
    expect(screen.getByRole('link', { name: /Somewhere/ }).getAttribute('href')).toBe('https://example.org');
  });
});
