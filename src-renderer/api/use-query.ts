import { useCallback, useEffect, useState } from 'react';
import { call, type ApiInput, type ApiMethod, type ApiOutput } from './client';

export type QueryState<M extends ApiMethod> = {
  data: ApiOutput<M> | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
};

type Loaded<M extends ApiMethod> = { key: string; data?: ApiOutput<M>; error?: unknown };

/**
 * Runs a read-only call when the component shows, again when its input changes, and on reload().
 * A null input (say, a form not filled in enough yet) makes no call.
 */
export function useQuery<M extends ApiMethod>(method: M, input: ApiInput<M> | null): QueryState<M> {
  const key = input === null ? null : `${method} ${JSON.stringify(input)}`;
  const [loaded, setLoaded] = useState<Loaded<M> | undefined>();
  const [pending, setPending] = useState(true);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setPending(true);
    const [name, json] = [key.slice(0, key.indexOf(' ')) as M, key.slice(key.indexOf(' ') + 1)];
    call(name, JSON.parse(json) as ApiInput<M>)
      .then(
        (data) => current && setLoaded({ key, data }),
        (error: unknown) => current && setLoaded({ key, error }),
      )
      .finally(() => current && setPending(false));
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // Another input (say, another customer) must not show the previous one's data meanwhile.
  const mine = loaded?.key === key ? loaded : undefined;
  return { data: mine?.data, error: mine?.error, loading: key !== null && (pending || !mine), reload };
}
