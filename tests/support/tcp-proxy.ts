import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 that a test can cut and restore, to take a service (Postgres, Soketi)
 * away from one client without stopping it: cut() drops every open connection at once and
 * refuses new ones until restore().
 */
export async function startTcpProxy(targetPort: number, targetHost = "127.0.0.1") {
  let up = true;
  const open = new Set<net.Socket>();
  const server = net.createServer((downstream) => {
    if (!up) return downstream.destroy();
    const upstream = net.connect(targetPort, targetHost);
    for (const socket of [downstream, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {});
    }
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
      return up;
    },
    cut() {
      up = false;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
