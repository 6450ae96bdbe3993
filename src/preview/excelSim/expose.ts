// The proxy every object handed to the adapter goes through: members outside SURFACE throw ApiNotImplemented.
import { ApiNotImplemented, ApiType, SURFACE } from "./surface";

/** Probes made by `await`, JSON.stringify and test matchers: answered with the plain value, never rejected. */
const PROBES = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "inspect"]);
const RAW = new WeakMap<object, object>();

function unwrap<T>(v: T): T {
  return (v !== null && typeof v === "object" && (RAW.get(v) as T)) || v;
}

function settable(target: object, p: string): boolean {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, p);
    if (d) return "value" in d ? !!d.writable : !!d.set;
  }
  return false;
}

/**
 * The object as the adapter sees it: members outside SURFACE[type] throw ApiNotImplemented; methods run on the
 * simulation's own object (arguments unwrapped), so its internals stay reachable to it and hidden from the adapter.
 */
export function expose<T extends object>(type: ApiType, target: T): T {
  const allowed = new Set<string>(SURFACE[type]);
  const proxy: T = new Proxy(target, {
    get(t, p) {
      if (typeof p === "symbol" || (PROBES.has(p) && !allowed.has(p))) return Reflect.get(t, p, t);
      if (!allowed.has(p)) throw new ApiNotImplemented(`${type}.${p}`);
      const v = Reflect.get(t, p, t) as unknown;
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        const r = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
        return r === t ? proxy : r;
      };
    },
    set(t, p, v) {
      if (typeof p === "symbol" || !allowed.has(p)) throw new ApiNotImplemented(`${type}.${String(p)} (set)`);
      if (!settable(t, p)) throw new ApiNotImplemented(`${type}.${p} (set: read-only)`);
      return Reflect.set(t, p, unwrap(v), t);
    },
    deleteProperty(_t, p) {
      throw new ApiNotImplemented(`delete ${type}.${String(p)}`);
    },
    defineProperty(_t, p) {
      throw new ApiNotImplemented(`${type}.${String(p)} (define)`);
    },
  });
  RAW.set(proxy, target);
  return proxy;
}

/** A write-only property whose writes queue like Office's proxies do; reading it is not implemented. */
export function writeOnly<T>(target: object, type: ApiType, name: string, set: (v: T) => void): void {
  Object.defineProperty(target, name, {
    set,
    get: () => {
      throw new ApiNotImplemented(`${type}.${name} (read)`);
    },
    enumerable: true,
  });
}
