import { render } from 'preact';
import { activeTabUrl } from '../../analysis/active-tab-url.js';
import { analyzeTabUrl } from '../../analysis/analyze-tab-url.js';
import { Popup } from '../../components/popup.js';

// Wiring only (STYLE.md 13): read the active tab's URL, analyze it, render.
const root = document.getElementById('app')!;
void activeTabUrl().then((url) => render(<Popup result={analyzeTabUrl(url)} />, root));
