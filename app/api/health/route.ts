import { NextResponse } from "next/server";
import { log } from "@/lib/log";
import { databaseReady } from "@/lib/start";
import { within } from "@/lib/within";

export const dynamic = "force-dynamic";

const WAIT_MS = 2_000;

/** 200 once the database is open and migrated; 503 while it starts or when it cannot. */
export async function GET() {
  try {
    const { late } = await within(databaseReady(), WAIT_MS);
    if (!late) return NextResponse.json({ db: "ok" });
    return NextResponse.json({ db: "starting" }, { status: 503 });
  } catch (error) {
    log.error({ event: "health_db_failed", err: error }, "database is not available");
    return NextResponse.json({ db: "unavailable" }, { status: 503 });
  }
}
