// jest types its asymmetric matchers as `any`; these give them the type of the value they stand for,
// so that expected objects stay type-checked and lint-clean.
export const containing = (text: string): string => expect.stringContaining(text) as string;
export const like = (shape: Record<string, unknown>): Record<string, unknown> =>
  expect.objectContaining(shape) as Record<string, unknown>;
export const anyString = (): string => expect.any(String) as string;
