/** Moves keyboard focus to a question's first control (radio, box, checkbox...) and brings it into view. */
export function focusQuestion(root: HTMLElement | null, question: string): boolean {
  const wrapper = root?.querySelector<HTMLElement>(`[data-question="${CSS.escape(question)}"]`);
  const control = wrapper?.querySelector<HTMLElement>(
    'input:not([type="hidden"]), textarea, button, [tabindex="0"]',
  );
  if (!control) return false;
  control.focus();
  control.scrollIntoView?.({ block: 'center' });
  return true;
}
