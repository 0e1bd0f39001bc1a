"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { ErrorBody } from "@/lib/errors";
import type { ActionResult, SafeAction } from "@/lib/safe-action";

type Options<T> = {
  /** Runs once per successful submission (toast, close a dialog, navigate…). */
  onSuccess?: (data: T) => void;
  /** Values the fields start with (an edit form). */
  initial?: Record<string, string | undefined>;
};

/**
 * A form wired to a safe action and its zod schema:
 *   - validates on the client with the same schema as the server (on submit, then as you fix)
 *   - shows the server's field errors beside the fields and form errors above them
 *   - keeps what was typed after a refusal (React resets forms after an action; we refill them)
 *   - exposes `pending` for the submit button.
 *
 *   const form = useActionForm(signUpAction, signUpSchema);
 *   <form {...form.props}> <Input {...form.field("email")} /> {form.error("email")} … </form>
 */
export function useActionForm<I, T>(action: SafeAction<I, T>, schema: z.ZodType, options: Options<T> = {}) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const submitted = useRef(false);
  const onSuccess = useRef(options.onSuccess);
  useEffect(() => {
    onSuccess.current = options.onSuccess;
  });

  useEffect(() => {
    if (state?.ok) onSuccess.current?.(state.data);
  }, [state]);

  function validate(form: HTMLFormElement): Record<string, string> {
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (parsed.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.map(String).join(".") || "_form"] ??= issue.message;
    return errors;
  }

  const serverError = state?.ok === false ? state.error : undefined;
  const errors = clientErrors ?? serverError?.fields ?? {};

  return {
    state,
    pending,
    /** Spread on <form>. */
    props: {
      action: formAction,
      noValidate: true,
      onSubmit(event: React.FormEvent<HTMLFormElement>) {
        submitted.current = true;
        const found = validate(event.currentTarget);
        if (Object.keys(found).length > 0) {
          event.preventDefault();
          setClientErrors(found);
        } else {
          setClientErrors(null);
        }
      },
      onChange(event: React.FormEvent<HTMLFormElement>) {
        if (submitted.current) setClientErrors(validate(event.currentTarget));
      },
    },
    /** Spread on a field's control: its name and the value to show again after a refusal. */
    field(name: string) {
      const echoed = state?.ok === false ? state.values?.[name] : undefined;
      return { name, defaultValue: echoed ?? options.initial?.[name] ?? "" };
    },
    /** The error to show beside `name`, if any. */
    error(name: string): string | undefined {
      return errors[name];
    },
    /** The form-level error (not about one field), if any. */
    formError: serverError && !hasFields(serverError) ? serverError : undefined,
  };
}

/** Errors about particular fields (invalid, or taken: a conflict) are shown beside those fields. */
function hasFields(error: ErrorBody): boolean {
  return Boolean(error.fields && Object.keys(error.fields).length > 0);
}
