import {
  createContext,
  PropsWithChildren,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import type { ErrorMap } from './modelErrors';

type ErrorScopeValue = {
  errors: ErrorMap;
  showAll: boolean;
  touched: ReadonlySet<string>;
  touch(path: string): void;
};

const ErrorScopeContext = createContext<ErrorScopeValue>({
  errors: new Map(),
  showAll: false,
  touched: new Set(),
  touch: () => {},
});

/**
 * Makes the model's errors of one field available to the inputs inside it.
 * An input shows its error once it has lost focus, and every input shows its
 * error after the user tried to leave the step (`showAll`).
 */
export function ErrorScope(
  props: PropsWithChildren<{ errors: ErrorMap; showAll: boolean }>,
) {
  const { errors, showAll, children } = props;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  const touch = useCallback((path: string) => {
    setTouched(current =>
      current.has(path) ? current : new Set([...current, path]),
    );
  }, []);

  const value = useMemo(
    () => ({ errors, showAll, touched, touch }),
    [errors, showAll, touched, touch],
  );
  return (
    <ErrorScopeContext.Provider value={value}>
      {children}
    </ErrorScopeContext.Provider>
  );
}

/** Returns the visible error of one path and a callback that marks the path touched. */
export function useFieldError(path: string): {
  error: string | undefined;
  onBlur: () => void;
} {
  const { errors, showAll, touched, touch } = useContext(ErrorScopeContext);
  const visible = showAll || touched.has(path);
  return {
    error: visible ? errors.get(path) : undefined,
    onBlur: () => touch(path),
  };
}

/** Returns every visible error whose path starts with `prefix`. */
export function useErrorsUnder(prefix: string): [string, string][] {
  const { errors, showAll, touched } = useContext(ErrorScopeContext);
  return [...errors].filter(
    ([path]) =>
      path.startsWith(prefix) &&
      (showAll || [...touched].some(t => path.startsWith(t))),
  );
}

/**
 * Returns every model error of the field, shown or not. Inputs that check
 * their own rows as the user types use it for the checks that need the
 * other parameters, such as a label key that only the selector may set.
 */
export function useModelErrors(): ErrorMap {
  return useContext(ErrorScopeContext).errors;
}
