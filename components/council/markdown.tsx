import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Minutes written in Markdown, rendered by react-markdown as React elements: raw HTML stays
 * text (no rehype-raw), unsafe link targets (javascript: …) are dropped. Headings start at
 * `headingLevel` to fit the page's outline.
 */
export function Markdown({ source, headingLevel = 3 }: { source: string; headingLevel?: 2 | 3 | 4 }) {
  const heading = (level: Level) =>
    function Heading({ children }: { children?: React.ReactNode }) {
      const Tag = `h${Math.min(6, headingLevel + level - 1)}` as "h3";
      return <Tag className="text-lg font-semibold">{children}</Tag>;
    };
  const components: Components = {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    ul: ({ children }) => <ul className="flex list-disc flex-col gap-1 pl-6">{children}</ul>,
    ol: ({ children }) => <ol className="flex list-decimal flex-col gap-1 pl-6">{children}</ol>,
    // A link whose target was refused keeps its text and loses the link.
    a: ({ href, children }) =>
      href ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <>{children}</>
      ),
    // Images are not part of minutes; their description stays.
    img: ({ alt }) => <>{alt}</>,
  };
  return (
    <div className="flex max-w-prose flex-col gap-3">
      <ReactMarkdown
        components={components}
        urlTransform={(url) => (/^(https?:|mailto:)/i.test(url) ? defaultUrlTransform(url) : "")}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
