package com.expressrouteadvisor.reference;

/**
 * One article a fact rests on and the version read.
 *
 * @param page the azure-docs path ({@code articles/expressroute/expressroute-routing.md}) or a learn.microsoft.com URL
 * @param date the article's {@code ms.date} in the version the fact was taken from
 */
public record FactSource(String page, SourceDate date) {
}
