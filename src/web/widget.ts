/*
 * <program-finder>: the embeddable HIM Program Finder, served as one script by GET /widget.js
 * (the service bundles this file and src/web/widget/ with esbuild). Usage:
 *   <script src="https://api.example.org/widget.js" defer></script>
 *   <program-finder state="TX" degree-level="associate"></program-finder>
 */
import { ProgramFinder } from './widget/program-finder.js';

// Including the script twice is harmless.
if (window.customElements && !customElements.get('program-finder'))
  customElements.define('program-finder', ProgramFinder);
