package com.expressrouteadvisor.authoring;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The formats of the rule catalog: Markdown (committed as docs/rule-catalog.md) or one HTML page. */
public enum CatalogFormat {
    MD {
        @Override
        public void write(RuleCatalog catalog, PrintWriter out) {
            new MarkdownCatalog().write(catalog, out);
        }
    },
    HTML {
        @Override
        public void write(RuleCatalog catalog, PrintWriter out) {
            new HtmlCatalog().write(catalog, out);
        }
    };

    public abstract void write(RuleCatalog catalog, PrintWriter out);

    /** The catalog as text with '\n' line ends on every platform, so the committed file is the same everywhere. */
    public String render(RuleCatalog catalog) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            write(catalog, out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
