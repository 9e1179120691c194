import { isRequestTooLarge, slicesUnder } from '../../src/excel/payloadBudget';

describe('slicesUnder', () => {
  const bytes = (s: string): number => s.length;

  test('keeps order and every item once, each slice within the budget', () => {
    const items = ['aaaa', 'bb', 'ccc', 'd', 'eeeee', 'ff'];
    const slices = slicesUnder(items, bytes, 6);
    expect(slices.flat()).toEqual(items);
    for (const slice of slices) expect(slice.reduce((n, s) => n + s.length, 0)).toBeLessThanOrEqual(6);
    expect(slices).toEqual([['aaaa', 'bb'], ['ccc', 'd'], ['eeeee'], ['ff']]);
  });

  test('an item larger than the budget gets a slice of its own; nothing gives no slice', () => {
    expect(slicesUnder(['a', 'toolong', 'b'], bytes, 3)).toEqual([['a'], ['toolong'], ['b']]);
    expect(slicesUnder([], bytes, 3)).toEqual([]);
  });
});

test('isRequestTooLarge knows Excel on the web refusing a request, and nothing else', () => {
  expect(isRequestTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
  expect(isRequestTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(false);
  expect(isRequestTooLarge(new Error('RequestPayloadSizeLimitExceeded'))).toBe(false);
  expect(isRequestTooLarge(null)).toBe(false);
});
