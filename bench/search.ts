import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "../lib/db/handle";
import { listConversations } from "../lib/db/queries/conversations";
import { count, ms, percentile, summary, table, verdict } from "./lib/report";

/*
 * `npm run bench:search`: the inbox's search over 200,000 messages (10,000 conversations of 20
 * messages, in the demo's four languages), on embedded PGlite, or on Postgres when
 * BENCH_DATABASE_URL names a server. Each query is what an agent types: a word with or
 * without its accents, a rare and a common one, a word that is nowhere, and a phone number typed
 * with spaces. Searches run one at a time and then eight at once, and p50/p95/p99 are printed.
 * Target: p95 within 150 ms. Prints figures; asserts nothing.
 */

const CONVERSATIONS = 10_000;
const PER_CONVERSATION = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const PHRASES = [
  "¿Tenéis la lámpara de pie en negro?",
  "Quero trocar o sofá da sala",
  "Dzień dobry, czy mogę zwrócić krzesło?",
  "Where is my order? It has been a week",
  "La mesa llegó con un golpe en la esquina",
  "Obrigado pela ajuda, até logo",
  "Czy macie tę lampę w kolorze białym?",
  "Can I change the delivery address?",
  "El envío es gratuito a Canarias?",
  "Thanks, that solved it",
];

const QUERIES = ["lampara", "lámpara", "sofa", "zwrocic", "delivery address", "golpe", "xylophone", "+34 600 0042", "0034-600-009", "thanks"];

async function seed(db: Db) {
  await db.execute(sql`insert into channels (platform, platform_id, name) select 'whatsapp', g::text, 'Channel ' || g from generate_series(1, 8) g`);
  await db.execute(sql`
    insert into conversations (channel_id, destination, last_message_at, first_message_at, last_text, last_direction)
    select 1 + (g % 8), (34600000000 + g)::text, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval - interval '1 day', 'last', 'in'
    from generate_series(1, ${CONVERSATIONS}) g`);
  const phrases = sql.join(PHRASES.map((phrase) => sql`${phrase}`), sql`, `);
  await db.execute(sql`
    insert into messages (conversation_id, message_id, direction, text, status, at)
    select c.id, c.id::text || '-' || n, case when n % 2 = 0 then 'out' else 'in' end,
      (array[${phrases}])[1 + ((c.id * 7 + n * 13) % ${PHRASES.length})] || ' #' || (c.id * 31 + n),
      '', c.last_message_at - ((${PER_CONVERSATION} - n) || ' minutes')::interval
    from conversations c cross join generate_series(1, ${PER_CONVERSATION}) n`);
  await db.execute(sql`analyze`);
}

async function timed(db: Db, q: string): Promise<number> {
  const started = performance.now();
  await listConversations(db, { q, limit: 50, status: "open", view: "all", sort: "activity" });
  return performance.now() - started;
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const handle = await openDatabase(url ? { url } : {});
  const started = Date.now();
  await seed(handle.db);
  const seededIn = (Date.now() - started) / 1000;
  const messages = ((await handle.db.execute(sql`select count(*)::int as n from messages`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  const perQuery = new Map<string, number[]>();
  for (const q of QUERIES) await timed(handle.db, q); // warm the caches once
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const q of QUERIES) perQuery.set(q, [...(perQuery.get(q) ?? []), await timed(handle.db, q)]);
  }
  const concurrent: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    concurrent.push(...(await Promise.all(QUERIES.slice(0, 8).map((q) => timed(handle.db, q)))));
  }
  const all = [...perQuery.values()].flat();
  const rows = [...perQuery.entries()].map(([q, samples]) => [q, ms(percentile(samples, 50)), ms(percentile(samples, 95)), ms(percentile(samples, 99))]);
  console.log(`\n${handle.kind}: ${count(messages)} messages in ${count(CONVERSATIONS)} conversations (seeded in ${seededIn.toFixed(1)} s)\n`);
  console.log(table(["query", "p50", "p95", "p99"], rows));
  const p95 = percentile(all, 95);
  summary("bench:search", [
    `database: ${handle.kind}`,
    `one at a time: p50 ${ms(percentile(all, 50))}, p95 ${ms(p95)}, p99 ${ms(percentile(all, 99))} over ${all.length} searches (target p95 < 150 ms: ${verdict(p95 < 150)})`,
    `eight at once: p50 ${ms(percentile(concurrent, 50))}, p95 ${ms(percentile(concurrent, 95))}, p99 ${ms(percentile(concurrent, 99))} over ${concurrent.length} searches`,
  ]);
  await handle.close();
}

void main();
