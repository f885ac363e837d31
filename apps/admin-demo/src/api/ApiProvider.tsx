import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { callApi, type Answer, type RequestSpec } from './client';
import { isPartnerCenterRequestError } from '@pc-errors/error-catalog';
import { useSettings } from './settings';

type Call = <T>(spec: RequestSpec) => Promise<T>;
type AnswerCall = <T>(spec: RequestSpec) => Promise<Answer<T>>;
const ApiContext = createContext<AnswerCall | null>(null);

/**
 * TanStack Query for the portal's Partner Center calls. Every failed query or mutation goes to the session's error
 * log (once per failure); nothing is retried on its own: the ErrorBanner's Retry is the user's choice, and it
 * waits out Retry-After. Each call is made with the sandbox scenario of the moment it is made.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { scenario, timeoutMs, logError } = useSettings();
  const current = useRef({ scenario, timeoutMs });
  useLayoutEffect(() => {
    current.current = { scenario, timeoutMs };
  });
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
      }),
  );
  // Each failure once, as it happens: a query's or a mutation's state turning to error.
  useEffect(() => {
    const log = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      const error = event.type === 'updated' && event.action?.type === 'error' ? event.action.error : undefined;
      if (isPartnerCenterRequestError(error)) logError(error.error);
    };
    const unsubscribe = [queryClient.getQueryCache().subscribe(log), queryClient.getMutationCache().subscribe(log)];
    return () => unsubscribe.forEach((stop) => stop());
  }, [queryClient, logError]);
  const call = useCallback<AnswerCall>(<T,>(spec: RequestSpec) => callApi<T>(spec, current.current), []);
  return (
    <ApiContext value={call}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext>
  );
}

/** The portal's Partner Center call with the whole answer (data, status, headers): for a body that carries failures. */
export function useApiAnswer(): AnswerCall {
  const call = useContext(ApiContext);
  if (!call) throw new Error('useApi needs an ApiProvider');
  return call;
}

/** The portal's Partner Center call: resolves to the answer's data, throws a PartnerCenterRequestError. */
export function useApi(): Call {
  const call = useApiAnswer();
  return useMemo(
    () =>
      async <T,>(spec: RequestSpec) =>
        (await call<T>(spec)).data,
    [call],
  );
}
