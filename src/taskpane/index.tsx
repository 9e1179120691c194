// Entry for Excel: wait for Office, then run the pane on the real workbook. Kept thin: the pane is src/ui.
import { createRoot } from 'react-dom/client';
import { AuditWorkbook } from '../excel/AuditWorkbook';
import { App } from '../ui/app/App';
import { BrowserThemedRoot } from '../ui/app/BrowserThemedRoot';
import { NotInExcel } from '../ui/app/NotInExcel';
import { isDarkOfficeTheme } from '../ui/app/theme';
import { ThemedRoot } from '../ui/app/ThemedRoot';
import { auditorNameStore } from '../ui/capture';

const root = createRoot(document.getElementById('root')!);

function notInExcel(): void {
  root.render(
    <BrowserThemedRoot>
      <NotInExcel />
    </BrowserThemedRoot>,
  );
}

// office.js comes from Microsoft's CDN; offline or blocked, there is no Office at all.
if (typeof Office === 'undefined') {
  notInExcel();
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      notInExcel();
      return;
    }
    const workbook = new AuditWorkbook({ run: (batch) => Excel.run(batch) });
    root.render(
      <ThemedRoot dark={isDarkOfficeTheme(Office.context.officeTheme)}>
        <main style={{ height: '100%' }}>
          <App workbook={workbook} auditorNames={auditorNameStore} />
        </main>
      </ThemedRoot>,
    );
  });
}
