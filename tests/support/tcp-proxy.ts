import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 that a test can cut and restore, to take a service (Postgres, Soketi)
 * away from one client without stopping it: cut() drops every open connection at once and
 * refuses new ones until restore(); stall() drops them too, but accepts new ones and never
 * answers on them (a service that hangs, or a network that swallows packets) until restore().
 */
export async function startTcpProxy(targetPort: number, targetHost = "127.0.0.1") {
  let state: "up" | "cut" | "stalled" = "up";
  const open = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("error", () => {});
  };
  const dropAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  const server = net.createServer((downstream) => {
    if (state === "cut") return downstream.destroy();
    track(downstream);
    if (state === "stalled") return;
    const upstream = net.connect(targetPort, targetHost);
    track(upstream);
    downstream.on("close", () => upstream.destroy());
    upstream.on("close", () => downstream.destroy());
    downstream.pipe(upstream);
    upstream.pipe(downstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    get up() {
      return state === "up";
    },
    cut() {
      state = "cut";
      dropAll();
    },
    stall() {
      state = "stalled";
      dropAll();
    },
    restore() {
      state = "up";
    },
    close: () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}
