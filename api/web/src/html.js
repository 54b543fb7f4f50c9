// @ts-check
// Templates are htm tagged literals rendered by Preact: no JSX build step, and Preact updates the page in place,
// so what a person typed survives a live update. Text is always inserted as text, never parsed as HTML.
export { html } from "htm/preact";
export { render } from "preact";
export { useState, useEffect, useRef, useMemo, useCallback, useLayoutEffect } from "preact/hooks";
