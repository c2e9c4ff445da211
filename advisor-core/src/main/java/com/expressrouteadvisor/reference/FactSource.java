package com.expressrouteadvisor.reference;

/**
 * One article a fact rests on and the version read.
 *
 * @param page the azure-docs path ({@code articles/expressroute/expressroute-routing.md}) or a learn.microsoft.com URL
 * @param date the article's {@code ms.date} in the version the fact was taken from
 */
public record FactSource(String page, SourceDate date) {

    private static final String AZURE_DOCS = "articles/";

    /** Where a reader finds the article: the learn.microsoft.com page of an azure-docs path, else the page as given. */
    public String url() {
        if (page.startsWith(AZURE_DOCS) && page.endsWith(".md")) {
            return "https://learn.microsoft.com/azure/" + page.substring(AZURE_DOCS.length(), page.length() - 3);
        }
        return page;
    }

    /** The article's name for a reader: {@code expressroute-routing} for either form of the page. */
    public String title() {
        String path = page.endsWith(".md") ? page.substring(0, page.length() - 3) : page;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
