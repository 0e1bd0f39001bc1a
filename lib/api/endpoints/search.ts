import "server-only";
import { endpoint } from "@/lib/api/endpoint";
import { searchMessages } from "@/lib/search/messages";
import { messageSearchPageSchema } from "@/lib/zod/api-search";
import { messageSearchSchema } from "@/lib/zod/search";

export const searchMessagesEndpoint = endpoint(
  {
    id: "searchMessages",
    method: "GET",
    path: "/search/messages",
    tag: "Search",
    summary: "Search the messages you can read",
    description:
      "The web app's query language: words (all must match), \"exact phrase\", -word, from:@username, in:#channel, in:server-slug (a public server's channels too), in:@username (your direct thread), has:link, has:file, mentions:me, before:/after:/on:YYYY-MM-DD in `timeZone`. Searches servers you are a member of and threads you are in; never messages deleted for everyone or for you. Unreadable parts of the query come back as `hints`, not errors.",
    auth: "user",
    query: messageSearchSchema,
    response: messageSearchPageSchema,
  },
  ({ user, query }) => searchMessages(user, query),
);
