// Office's load + sync discipline: a property is readable only after it was loaded and a sync came back.
import type { SimContext } from "./context";
import { ApiNotImplemented, ApiType, SURFACE } from "./surface";

/** A loadable object: properties listed in `load` become readable at the next sync; unknown ones are rejected. */
export class Loadable {
  private requested = new Set<string>();
  private loaded = new Set<string>();
  constructor(
    protected ctx: SimContext,
    protected readonly apiType: ApiType,
    private readonly getters: Record<string, () => unknown>,
    /** for collections: the type of `items`, whose properties `items/x` may name */
    private readonly itemType?: ApiType,
  ) {
    ctx.loadables.push(this);
  }
  load(props?: string | string[]): this {
    if (props !== undefined && typeof props !== "string" && !Array.isArray(props)) throw new ApiNotImplemented(`${this.apiType}.load(object)`);
    const list = props === undefined ? Object.keys(this.getters) : Array.isArray(props) ? props : props.split(",");
    for (const p of list.map((x) => x.trim()).filter(Boolean)) {
      const [head, sub] = p.split("/");
      const known = head in this.getters && (sub === undefined || (head === "items" && !!this.itemType && (SURFACE[this.itemType] as readonly string[]).includes(sub)));
      if (!known) throw new ApiNotImplemented(`${this.apiType}.load("${p}")`);
      this.requested.add(head);
    }
    return this;
  }
  settle(): void {
    // isNullObject needs no load, only a sync
    this.loaded.add("isNullObject");
    for (const p of this.requested) this.loaded.add(p);
    this.requested.clear();
  }
  /** an item of a collection loaded with `items/…`: those properties came back with the collection's sync */
  loadedWith(props: string[]): this {
    for (const p of props) this.loaded.add(p);
    return this;
  }
  read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw Object.assign(new Error(`Excel simulation: ${this.apiType}.${prop} read before load + sync`), { code: "PropertyNotLoaded" });
    return this.getters[prop]() as T;
  }
}
