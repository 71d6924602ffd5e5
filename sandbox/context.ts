import type { Credentials } from "./api";
import { Customers } from "./customers";
import { Faults } from "./faults";
import { buildSeed, type SeedSpec } from "./seeds";
import { Stats } from "./stats";
import { Store, type StoreState } from "./store";
import { DEFAULT_DIALECT, type Dialect } from "./wire";

export interface SandboxSettings {
  user: string;
  password: string;
  seed: SeedSpec;
  /** Simulated customer messages per minute, in total. */
  customersPerMinute: number;
  deliveryMs: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

/** The state every handler shares. */
export interface SandboxContext {
  readonly account: Credentials;
  readonly store: Store;
  readonly stats: Stats;
  readonly faults: Faults;
  readonly customers: Customers;
  readonly now: () => number;
  dialect: Dialect;
  /** Back to start: state (from `seed`, or the start seed), faults, dialect, stats, customers. */
  reset(seed?: SeedSpec): void;
}

export function createContext(settings: SandboxSettings, initial: StoreState | undefined, onChange: () => void): SandboxContext {
  const now = settings.now ?? Date.now;
  const store = new Store({ deliveryMs: settings.deliveryMs, now, onChange });
  store.load(initial ?? buildSeed(settings.seed, now()));
  const context: SandboxContext = {
    account: { user: settings.user, password: settings.password },
    store,
    stats: new Stats(),
    faults: new Faults(),
    customers: new Customers(store, Math.random, settings.onError),
    now,
    dialect: { ...DEFAULT_DIALECT },
    reset(seed) {
      store.load(buildSeed(seed ?? settings.seed, now()));
      context.faults.clear();
      context.dialect = { ...DEFAULT_DIALECT };
      context.stats.reset();
      context.customers.setRate(settings.customersPerMinute);
    },
  };
  context.customers.setRate(settings.customersPerMinute);
  return context;
}
