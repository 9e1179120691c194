import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL } });

/** taskpane.html opened in a plain browser: say where to open it instead of showing a broken pane. */
export function NotInExcel() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Open this page inside Excel.</MessageBarTitle>
          Case Audit is an Excel add-in: load manifest.xml into Excel (see docs/sideloading.md), or open{' '}
          <a href="preview.html">preview.html</a> to try it on a simulated workbook in this browser.
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
