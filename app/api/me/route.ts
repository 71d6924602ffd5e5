import { NextResponse } from "next/server";
import { route } from "@/lib/actions/route";

export const GET = route({}, async ({ agent }) => NextResponse.json({ agent }));
