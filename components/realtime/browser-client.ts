// What a browser needs once it goes live, loaded by RealtimeProvider after the page is
// interactive rather than with it: pusher-js and the catalogue's payload schemas.
import "client-only";
export { default as Pusher } from "pusher-js";
export { eventSchema, presenceUserSchema } from "@/lib/realtime/catalogue";
