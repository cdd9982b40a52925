/**
 * The one error catalogue. Every error the service returns or logs on purpose has a code here, with its HTTP
 * status and a message safe to show to a client (never a stack trace, never user data).
 * Prefixes: NLU_ understanding, BOT_ bot runtime, DL_ Direct Line channel, API_ HTTP/adviser API, STORAGE_ the storage
 * back end.
 */
export const errorCatalogue = {
  // --- understanding
  NLU_INVALID_INTENTS: { status: 500, message: 'The intent training file is invalid.' },
  // --- bot runtime
  BOT_STATE_CONFLICT: { status: 409, message: 'The conversation state was changed by another turn; retry.' },
  // --- Direct Line channel
  DL_CONVERSATION_NOT_FOUND: { status: 404, message: 'Conversation not found.' },
  DL_TOKEN_MISSING: { status: 401, message: 'Missing Authorization bearer token.' },
  DL_TOKEN_INVALID: { status: 403, message: 'Invalid or expired token.' },
  DL_TOKEN_WRONG_CONVERSATION: { status: 403, message: 'This token is not valid for this conversation.' },
  DL_ORIGIN_NOT_ALLOWED: { status: 403, message: 'Origin not allowed.' },
  DL_BAD_ACTIVITY: { status: 400, message: 'Invalid activity.' },
  DL_ACTIVITY_TOO_COMPLEX: { status: 400, message: 'A free-form field of the activity (value, channelData, entities, attachment content) is nested too deeply or too large.' },
  DL_PAYLOAD_TOO_LARGE: { status: 413, message: 'Payload too large.' },
  DL_RATE_LIMITED: { status: 429, message: 'Too many requests; retry later.' },
  DL_OVERLOADED: { status: 503, message: 'Service under pressure; retry later.' },
  // --- HTTP / adviser API
  API_NOT_FOUND: { status: 404, message: 'Not found.' },
  API_BAD_REQUEST: { status: 400, message: 'Bad request.' },
  API_JSON_TOO_DEEP: { status: 400, message: 'The JSON body is nested too deeply.' },
  API_INVALID_JSON: { status: 400, message: 'The body is not valid JSON.' },
  API_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Unsupported Content-Type; send application/json.' },
  API_UNAUTHENTICATED: { status: 401, message: 'Authentication required.' },
  API_CSRF: { status: 403, message: 'Invalid or missing CSRF token.' },
  API_LOCKED: { status: 429, message: 'Too many failed attempts; account temporarily locked.' },
  API_BAD_CREDENTIALS: { status: 401, message: 'Invalid e-mail or password.' },
  API_FORBIDDEN: { status: 403, message: 'Your role does not allow this.' },
  API_WRONG_PASSWORD: { status: 403, message: 'The current password is wrong.' },
  API_ACCOUNT_CHANGE_REFUSED: { status: 409, message: 'This change to the account is refused.' },
  API_INTERNAL: { status: 500, message: 'Internal error.' },
  // --- storage back end
  STORAGE_UNAVAILABLE: { status: 503, message: 'Storage is unreachable; retry shortly.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error with a catalogue code; `detail` is safe for clients (e.g. the invalid field's name). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${errorCatalogue[code].message} ${detail}` : errorCatalogue[code].message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.detail = detail;
  }

  toJSON(): { error: { code: ErrorCode; message: string; detail?: string } } {
    const body: { code: ErrorCode; message: string; detail?: string } = {
      code: this.code,
      message: errorCatalogue[this.code].message,
    };
    if (this.detail) body.detail = this.detail;
    return { error: body };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
