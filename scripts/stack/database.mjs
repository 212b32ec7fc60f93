import pg from 'pg';

/** Runs `work` on a connection to the server's `postgres` database, with the target's name. */
async function onServer(url, work) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await work(client, `"${name.replace(/"/g, '""')}"`, name);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL when it does not exist yet. */
export function ensureDatabase(url) {
  return onServer(url, async (client, quoted, name) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoted}`);
  });
}

export function dropDatabase(url) {
  return onServer(url, (client, quoted) => client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`));
}
