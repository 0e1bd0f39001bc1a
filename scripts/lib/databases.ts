import pg from "pg";

/**
 * A new database on the PostgreSQL server at `serverUrl`, named `<prefix>_<pid>_<time>` (the pid
 * lets a later run tell databases of processes that died from live ones): empty, or a copy of the
 * database `copyOf`.
 */
export async function createDatabase(serverUrl: string, prefix: string, { copyOf }: { copyOf?: string } = {}) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await onServer(serverUrl, async (client) => {
    if (!copyOf) return client.query(`CREATE DATABASE "${name}"`);
    // A copy needs its original to have no other sessions (ours: finished benchmark steps).
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [copyOf]);
    return client.query(`CREATE DATABASE "${name}" TEMPLATE "${copyOf}"`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => dropDatabases(serverUrl, [name]),
  };
}

export async function dropDatabases(serverUrl: string, names: string[]) {
  if (names.length === 0) return;
  await onServer(serverUrl, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/** Names of the server's databases that start with `prefix`. */
export async function databasesNamed(serverUrl: string, prefix: string): Promise<string[]> {
  return onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return rows.map((row) => row.datname);
  });
}

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
