/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, renderHook, act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { AuditorName } from '../../../src/ui/capture/AuditorName';
import { AUDITOR_NAME_KEY, auditorNameStore } from '../../../src/ui/capture/auditorNameStore';
import { useAuditorName } from '../../../src/ui/capture/useAuditorName';

jest.setTimeout(30_000);

function Harness() {
  const [name, setName] = useAuditorName();
  return (
    <FluentProvider theme={webLightTheme}>
      <AuditorName name={name} onChange={setName} />
    </FluentProvider>
  );
}

describe('AuditorName', () => {
  beforeEach(() => localStorage.clear());

  it('asks for the name once, refuses a blank one, and remembers it on this computer', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('Enter your name to start auditing.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), '  Chido Mangava ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('Auditing as Chido Mangava')).toBeInTheDocument();
    expect(localStorage.getItem(AUDITOR_NAME_KEY)).toBe('Chido Mangava');
    unmount();
    render(<Harness />);
    expect(screen.getByText('Auditing as Chido Mangava')).toBeInTheDocument();
  });

  it('lets the auditor change the name', async () => {
    const user = userEvent.setup();
    function Changing() {
      const [name, setName] = useState('Ada');
      return (
        <FluentProvider theme={webLightTheme}>
          <AuditorName name={name} onChange={setName} />
          <output>{name}</output>
        </FluentProvider>
      );
    }
    render(<Changing />);
    await user.click(screen.getByRole('button', { name: /Change auditor name/ }));
    await user.clear(screen.getByRole('textbox', { name: /Your name/ }));
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Sam{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Sam');
  });

  it('keeps working when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(auditorNameStore.load(blocked)).toBe('');
    expect(auditorNameStore.save('Ada', blocked)).toBe(false);
    const { result } = renderHook(() => useAuditorName());
    act(() => result.current[1]('Ben'));
    expect(result.current[0]).toBe('Ben');
  });
});
