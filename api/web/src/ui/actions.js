// @ts-check
// The two shapes every page repeats: a list fetched from the api that reloads on demand, and a consequential action
// that asks first, runs, and says how it went.
import { useCallback, useEffect, useState } from "../html.js";
import { ApiError } from "../api/client.js";
import { confirmAction } from "./dialog.js";
import { toast } from "./toast.js";

/**
 * Data from the api with its loading error, fetched on mount; `load` fetches again.
 * @template T
 * @param {() => Promise<T>} fetch
 */
export function useRemote(fetch) {
  const [data, setData] = useState(/** @type {T | null} */ (null));
  const [error, setError] = useState("");
  const load = useCallback(
    () =>
      fetch()
        .then((value) => {
          setData(value);
          setError("");
        })
        .catch((e) => setError(e instanceof ApiError ? e.message : String(e))),
    [],
  );
  useEffect(() => {
    load();
  }, [load]);
  return { data, error, load };
}

/**
 * Asks for confirmation, then runs the work; a refusal from the api becomes an error toast. Resolves with whether
 * the work was done.
 * @param {import("./dialog.js").Confirmation} confirmation
 * @param {() => Promise<unknown>} work
 * @param {string} [done] said in a toast when the work succeeded
 */
export async function confirmThen(confirmation, work, done) {
  if (!(await confirmAction(confirmation))) return false;
  try {
    await work();
    if (done) toast(done);
    return true;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    toast(e.message, "error");
    return false;
  }
}
