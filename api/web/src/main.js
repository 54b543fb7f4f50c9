// @ts-check
// Starts the web client: resumes a remembered sign-in, then renders the shell.
import { html, render } from "./html.js";
import { App } from "./app.js";
import { resume } from "./session.js";

const root = document.getElementById("app");
if (root) {
  resume().finally(() => {
    root.replaceChildren(); // the "Loading…" placeholder
    render(html`<${App} />`, root);
  });
}
