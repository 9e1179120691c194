// Entry for Excel: wait for Office, then run the pane on the real workbook. Kept thin: the pane is src/ui.
import { createRoot } from 'react-dom/client';
import { AuditWorkbook } from '../excel/AuditWorkbook';
import type { ExcelHost } from '../excel/ExcelHost';
import { lazyPlanning } from '../excel/planning/lazyPlanning';
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
    // createWorkbook (ExcelApi 1.8) opens the board copy as a new workbook instead of offering a download.
    const host: ExcelHost = {
      run: (batch) => Excel.run(batch),
      createWorkbook: (base64) => Excel.createWorkbook(base64),
    };
    const workbook = new AuditWorkbook(host);
    const planning = lazyPlanning(host);
    root.render(
      <ThemedRoot dark={isDarkOfficeTheme(Office.context.officeTheme)}>
        <main style={{ height: '100%' }}>
          <App workbook={workbook} auditorNames={auditorNameStore} findings={workbook} planning={planning} />
        </main>
      </ThemedRoot>,
    );
  });
}
