// @ts-check
// A tiny observable value: the shell's state (who is signed in, how they read times, toasts) lives in a few of
// these, and components re-render when one they use changes.
import { useEffect, useState } from "preact/hooks";

/**
 * @template T
 * @typedef {{ get: () => T, set: (value: T) => void, update: (change: (value: T) => T) => void, subscribe: (listener: (value: T) => void) => () => void }} Store
 */

/**
 * @template T
 * @param {T} initial
 * @returns {Store<T>}
 */
export function store(initial) {
  let value = initial;
  /** @type {Set<(value: T) => void>} */
  const listeners = new Set();
  const set = (/** @type {T} */ next) => {
    if (Object.is(next, value)) return;
    value = next;
    listeners.forEach((l) => l(value));
  };
  return {
    get: () => value,
    set,
    update: (change) => set(change(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The current value of a store, re-rendering the component when it changes.
 * @template T
 * @param {Store<T>} source
 * @returns {T}
 */
export function useStore(source) {
  const [value, setValue] = useState(source.get);
  useEffect(() => {
    setValue(source.get());
    return source.subscribe(setValue);
  }, [source]);
  return value;
}
