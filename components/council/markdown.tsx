import { Fragment } from "react";
import { parseMarkdown, type Inline } from "@/lib/council/markdown";

function Inlines({ nodes }: { nodes: Inline[] }) {
  return nodes.map((n, i) => {
    if (n.type === "text") return <Fragment key={i}>{n.text}</Fragment>;
    if (n.type === "link") return <a key={i} href={n.href} rel="noopener noreferrer"><Inlines nodes={n.children} /></a>;
    if (n.type === "strong") return <strong key={i}><Inlines nodes={n.children} /></strong>;
    return <em key={i}><Inlines nodes={n.children} /></em>;
  });
}

/**
 * Minutes written in Markdown, rendered as React elements only (never as HTML), so text such
 * as "<script>" shows as text. Headings start at `headingLevel` to fit the page's outline.
 */
export function Markdown({ source, headingLevel = 3 }: { source: string; headingLevel?: 2 | 3 | 4 }) {
  return (
    <div className="flex max-w-prose flex-col gap-3">
      {parseMarkdown(source).map((b, i) => {
        if (b.type === "heading") {
          const Tag = `h${Math.min(6, headingLevel + b.level - 1)}` as "h3";
          return <Tag key={i} className="text-lg font-semibold"><Inlines nodes={b.children} /></Tag>;
        }
        if (b.type === "list") {
          const Tag = b.ordered ? "ol" : "ul";
          return (
            <Tag key={i} className={`${b.ordered ? "list-decimal" : "list-disc"} flex flex-col gap-1 pl-6`}>
              {b.items.map((item, j) => <li key={j}><Inlines nodes={item} /></li>)}
            </Tag>
          );
        }
        return (
          <p key={i}>
            {b.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                <Inlines nodes={line} />
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}
