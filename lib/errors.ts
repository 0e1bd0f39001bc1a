// One error shape for server actions and the JSON API: { code, message, fields? }.

export const errorStatus = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorBody = {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
};

/** A refusal the user should see: thrown by services, turned into a result by actions and routes. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
    };
  }
}

export const notFound = (what = "That") => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message = "You don't have permission to do that.") => new AppError("forbidden", message);
export const unauthorized = () => new AppError("unauthorized", "Please sign in to continue.");
export const fieldError = (field: string, message: string) => new AppError("validation", message, { [field]: message });

/** A failed zod parse as a validation AppError: the first message for each field path. */
export function fromZodError(error: { issues: { path: PropertyKey[]; message: string }[] }): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields)[0] ?? "Invalid input.";
  return new AppError("validation", Object.keys(fields).length > 1 ? "Please correct the highlighted fields." : first, fields);
}
