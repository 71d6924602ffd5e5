/*
 * Ids of the database's records are int4: a larger number names no record, and Postgres
 * refuses it with an error rather than finding nothing. Browser-safe.
 */
export const INT4_MAX = 2_147_483_647;
