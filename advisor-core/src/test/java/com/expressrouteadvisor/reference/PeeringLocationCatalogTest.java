package com.expressrouteadvisor.reference;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Look-ups in the peering location reference data, as consultants type the names. */
class PeeringLocationCatalogTest {

    private final PeeringLocationCatalog catalog =
            PeeringLocationCatalog.load(Path.of("facts/reference/peering-locations.csv"));

    @Test
    void findsLocationsWhateverTheCaseSpacingOrAccents() {
        assertThat(catalog.isKnown("Amsterdam2")).isTrue();
        assertThat(catalog.isKnown("amsterdam 2")).isTrue();
        assertThat(catalog.isKnown("  LOS   ANGELES ")).isTrue();
        assertThat(catalog.isKnown("Eindhoven")).isFalse();
        assertThat(catalog.find("São Paulo")).isPresent();
    }

    @Test
    void knowsWhichProvidersServeALocation() {
        assertThat(catalog.offers("Equinix", "Amsterdam")).isTrue();
        assertThat(catalog.offers("KPN", "Amsterdam")).isTrue();
        assertThat(catalog.offers("KPN", "Frankfurt")).isFalse();
        assertThat(catalog.offers("geant", "amsterdam")).isTrue();
    }

    @Test
    void aProviderIsFoundByEitherOfItsNames() {
        assertThat(catalog.offers("Interxion (Digital Realty)", "Amsterdam")).isTrue();
        assertThat(catalog.offers("Interxion", "Amsterdam")).isTrue();
    }

    @Test
    void aPlainNameMeansTheCommercialLocationNotTheGovernmentOne() {
        assertThat(catalog.find("Chicago")).get()
                .satisfies(l -> assertThat(l.geopoliticalRegion()).isEqualTo("North America"));
    }

    @Test
    void knowsWhereExpressRouteDirectIsMissing() {
        assertThat(catalog.offersDirect("Amsterdam")).isTrue();
        assertThat(catalog.offersDirect("Busan")).isFalse();
    }
}
