// XML-name-like, as XLSForm requires (names become XML element names in ODK): a letter or underscore
// first, then letters, digits, underscores, hyphens and full stops. Letters include non-English ones.
const NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

export function isValidName(name: string): boolean {
  return NAME.test(name);
}
