import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Fluent's web themes are the ones Office add-ins are meant to use; the entry decides light or dark. */
export function ThemedRoot({ dark, children }: { readonly dark: boolean; readonly children: ReactNode }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      {children}
    </FluentProvider>
  );
}
