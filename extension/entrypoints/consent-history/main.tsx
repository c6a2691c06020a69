import { render } from 'preact';
import { HistoryPage } from '../../components/history-page.js';
import { sendMessage } from '../../messaging/send-message.js';
import { downloadFile } from '../../pages/download-file.js';

// Wiring only: the history page asks the background for entries and renders them.
async function main(root: HTMLElement): Promise<void> {
  let query = '';
  const draw = async () => {
    const list = await sendMessage({ type: 'history.list', query });
    render(
      <HistoryPage
        list={list}
        query={query}
        onQuery={(q) => {
          query = q;
          void draw();
        }}
        onExport={(format) => void sendMessage({ type: 'history.export', format }).then(downloadFile)}
        onClear={() => void sendMessage({ type: 'history.clear' }).then(draw)}
      />,
      root,
    );
  };
  await draw();
}

void main(document.getElementById('app')!);
