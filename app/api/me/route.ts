import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";

export const GET = route({}, async ({ agent }) => NextResponse.json({ agent }));
