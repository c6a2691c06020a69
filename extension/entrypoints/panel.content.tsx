import { createShadowRootUi, defineContentScript } from '#imports';
import { render } from 'preact';
import { Panel } from '../components/panel.js';
import { sendMessage } from '../messaging/send-message.js';
import panelCss from '../styles/panel.css?inline';
import themeCss from '../styles/theme.css?inline';

// The in-page panel. Never in the manifest: the background runs it with scripting.executeScript on
// a recognised consent page, only where the user turned it on and granted the provider's hosts.
// Wiring only: ask the background what to show for this tab, draw it in a closed shadow root.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const { inspection } = await sendMessage({ type: 'panel.view' });
    if (inspection === undefined) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'consentry-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      css: `${themeCss}\n${panelCss}`,
      onMount: (container) => {
        container.classList.add('cs-root');
        // Focus stays where the user is (the provider's sign-in form); the panel is last in tab order.
        render(<Panel inspection={inspection} onDismiss={() => ui.remove()} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
