// Entry for the browser preview: the task pane on a simulated workbook, no Office and no network needed.
import { createRoot } from 'react-dom/client';
import { BrowserThemedRoot } from '../ui/app/BrowserThemedRoot';
import { PreviewPage } from './PreviewPage';

createRoot(document.getElementById('root')!).render(
  <BrowserThemedRoot>
    <PreviewPage />
  </BrowserThemedRoot>,
);
