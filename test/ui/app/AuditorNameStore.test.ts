import { storedAuditorNames } from '../../../src/ui/app/AuditorNameStore';

test('the name is trimmed and kept in storage', () => {
  const storage = new Map<string, string>();
  const names = storedAuditorNames({
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
  });
  expect(names.get()).toBe('');
  names.set('  Sam Phippard ');
  expect(names.get()).toBe('Sam Phippard');
  expect([...storage.values()]).toEqual(['Sam Phippard']);
});

test('blocked storage keeps the name for this session instead of failing', () => {
  const blocked = {
    getItem: (): string | null => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  const names = storedAuditorNames(blocked);
  expect(() => names.set('Alison')).not.toThrow();
  expect(names.get()).toBe('Alison');
});

test('no storage at all also works for the session', () => {
  const names = storedAuditorNames(null);
  names.set('Claire');
  expect(names.get()).toBe('Claire');
});
