// Limits shared by the zod schemas (server) and the UI (client), kept free of imports so that
// client components can use them without shipping zod.

export const MESSAGE_MAX_LENGTH = 4_000;
export const PAGE_SIZE = 50;
/** A thread holds at most this many people, its creator included. */
export const THREAD_MAX_PARTICIPANTS = 10;
