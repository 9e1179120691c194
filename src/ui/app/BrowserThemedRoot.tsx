import type { ReactNode } from 'react';
import { ThemedRoot } from './ThemedRoot';
import { usePrefersDark } from './usePrefersDark';

/** Outside Office there is no Office theme: follow the browser's light or dark preference instead. */
export function BrowserThemedRoot({ children }: { readonly children: ReactNode }) {
  return <ThemedRoot dark={usePrefersDark()}>{children}</ThemedRoot>;
}
