package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.support.CliRun;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogs rules consult take enums for peerings, address families and connectivity models, so a rule
 * author's typo is refused by {@code rules validate} with its file and line, before any customer meets it.
 */
class TypedCatalogRulesTest {

    @Test
    void aMisspeltPeeringIsACompileErrorWithFileAndLine(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path house = rules.resolve("house.drl");
        Files.writeString(house, """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.Gap;
                import com.expressrouteadvisor.reference.Peering;
                import com.expressrouteadvisor.reference.AddressFamily;

                global com.expressrouteadvisor.reference.LimitCatalog limits;

                rule "Too many private prefixes for the house limit"
                    @factId("ROUTE-LIMIT-PRIVATE")
                when
                    Customer( privatePrefixes > limits.prefixLimit(Peering.PRIVAT, AddressFamily.IPV4, sku) )
                then
                    insert(new Gap("PRIVATE_PREFIX_LIMIT_EXCEEDED"));
                end
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(house.toString()) + ":12:\\d+: .*PRIVAT");
    }

    @Test
    void aMisspeltModelIsACompileErrorWithFileAndLine(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path house = rules.resolve("house.drl");
        Files.writeString(house, """
                package expressroute;
                import com.expressrouteadvisor.profile.Customer;
                import com.expressrouteadvisor.advice.ConnectivityModel;
                import com.expressrouteadvisor.advice.Question;

                global com.expressrouteadvisor.reference.BandwidthCatalog bandwidths;

                rule "Ask about IPVPN circuit sizes"
                    @factId("BW-PROVIDER")
                when
                    Customer( bandwidthMbps != null,
                              !bandwidths.offers(ConnectivityModel.ANY_TO_ANY_IPVNP, bandwidthMbps) )
                then
                    insert(new Question("connectivity.bandwidthMbps"));
                end
                """);

        CliRun run = CliRun.of("rules", "validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(house.toString()) + ":12:\\d+: unknown name 'ANY_TO_ANY_IPVNP' in ConnectivityModel \\(did you mean 'ANY_TO_ANY_IPVPN'\\?\\)");
    }
}
