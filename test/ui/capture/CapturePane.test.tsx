/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from './renderPane';

describe('CapturePane: skip logic', () => {
  it('hides the re-referral section until the case is a re-referral, and hides it again when changed back', async () => {
    const { user } = renderPane();
    await screen.findByRole('heading', { name: 'Case C-001' });
    expect(screen.queryByRole('option', { name: 'Re-referral' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Re referral' }));
    expect(screen.getByRole('option', { name: 'Re-referral' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Contact' }));
    expect(screen.queryByRole('option', { name: 'Re-referral' })).toBeNull();
  });
});
