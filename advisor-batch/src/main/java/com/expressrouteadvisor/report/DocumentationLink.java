package com.expressrouteadvisor.report;

/**
 * Where a gap's {@code reference} is read: the name of a page of Microsoft's ExpressRoute documentation
 * ({@code expressroute-prerequisites}), as {@link com.expressrouteadvisor.reference.FactSource#url()} names the
 * pages facts rest on; a full URL is kept as it is.
 */
public final class DocumentationLink {

    public static final String EXPRESSROUTE_DOCS = "https://learn.microsoft.com/azure/expressroute/";

    private DocumentationLink() {
    }

    public static String url(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return reference.startsWith("https://") || reference.startsWith("http://") ? reference
                : EXPRESSROUTE_DOCS + reference;
    }
}
