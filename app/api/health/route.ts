import { NextResponse } from "next/server";
import { log } from "@/lib/log";
import { databaseReady } from "@/lib/start";

export const dynamic = "force-dynamic";

const WAIT_MS = 2_000;

/** 200 once the database is open and migrated; 503 while it starts or when it cannot. */
export async function GET() {
  const timeout = new Promise<"starting">((resolve) => setTimeout(() => resolve("starting"), WAIT_MS).unref?.());
  try {
    const outcome = await Promise.race([databaseReady().then(() => "ok" as const), timeout]);
    if (outcome === "ok") return NextResponse.json({ db: "ok" });
    return NextResponse.json({ db: "starting" }, { status: 503 });
  } catch (error) {
    log.error({ event: "health_db_failed", err: error }, "database is not available");
    return NextResponse.json({ db: "unavailable" }, { status: 503 });
  }
}
