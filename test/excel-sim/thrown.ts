/** What `read` throws, for asserting on an error's code and message; fails the test when nothing is thrown. */
export function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('expected the read to throw');
}
