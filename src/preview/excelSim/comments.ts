// Excel.CommentCollection: the workbook's threaded comments (ExcelApi 1.10), loaded as items or added.
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";
import { jsonBytes } from "./payload";

export function commentsApi(ctx: SimContext) {
  const book = ctx.book;
  const list = new Loadable(
    ctx,
    "CommentCollection",
    { items: () => book.comments.map((c) => expose("Comment", { content: c.content, delete: () => ctx.queue({ bytes: 20, apply: () => (book.comments = book.comments.filter((x) => x !== c)) }) })) },
    "Comment",
  );
  return expose("CommentCollection", {
    load: (p: string) => void list.load(p),
    get items() {
      return list.read("items");
    },
    add: (address: string, content: string) => ctx.queue({ bytes: 40 + jsonBytes(content), apply: () => book.comments.push({ address, content }) }),
  });
}
