package com.expressrouteadvisor.profile;

import com.expressrouteadvisor.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the parser refuses in a record's text and in its values, and how it says so. */
class StrictProfileTextTest {

    private final ProfileParser parser = new ProfileParser();

    private ParsedProfile withAddressSpace(String prefix) throws Exception {
        return parser.parse("{\"id\":\"x\",\"azure\":{\"vnetAddressSpaces\":[\"" + prefix + "\"]}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/2147483648", "::/4294967296", "10.0.0.0/33", "::/129", "10.0.0.0/99999999999"})
    void rejectsAPrefixLengthBeyondTheAddressSize(String prefix) throws Exception {
        ParsedProfile parsed = withAddressSpace(prefix);

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("azure.vnetAddressSpaces[0]");
            assertThat(e.reason()).contains("prefix length must be a whole number from 0 to");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.*.0.0/16", "0x0a000000/8", "10.0.0.0/255.0.0.0", "10.0.0.0-10.0.0.255/24",
            "010.0.0.0/8", "10.0.0/24", "10/8", "167772160/8", "fe80::%eth0/64", "2001:db8::*/32", "10.0.0.0/08",
            "10.0.0.0/+8", "*/8", "10.0.0.0/8/8", "2001:db8::/ 32"})
    void acceptsOnlyCanonicalCidrNotation(String prefix) throws Exception {
        ParsedProfile parsed = withAddressSpace(prefix);

        assertThat(parsed.isValid()).as(prefix).isFalse();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("azure.vnetAddressSpaces[0]");
            assertThat(e.reason()).startsWith("expected an IPv4 or IPv6 prefix");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "0.0.0.0/0", "192.168.100.0/30", "2001:db8::/32", "::/0", "fd00:0:0:1::/64",
            "2001:DB8::/32", "::ffff:10.0.0.0/104"})
    void acceptsCanonicalPrefixes(String prefix) throws Exception {
        assertThat(withAddressSpace(prefix).errors()).isEmpty();
    }

    @Test
    void aKeyGivenTwiceIsRejectedByItsDottedPath() throws Exception {
        ParsedProfile parsed = parser.parse(
                "{\"id\":\"a\",\"connectivity\":{\"wanProvider\":\"KPN\",\"wanProvider\":\"Colt\"}}");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("connectivity.wanProvider");
            assertThat(e.reason()).contains("given twice");
        });
        assertThat(parser.parse("{\"id\":\"a\",\"id\":\"b\"}").errors()).extracting(FieldError::field)
                .containsExactly("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"a\"}{\"id\":\"b\"}", "{\"id\":\"c\"} garbage", "{\"id\":\"c\"} 42",
            "{\"id\":\"c\"}]"})
    void textAfterTheRecordIsMalformedNotIgnored(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("after the end of the record")
                .hasMessageContaining("at column 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"a\"", "{\"id\":\"a", "{\"id\" \"a\"}", "{\"id\":}", "{'id':'a'}", "nonsense",
            "{\"id\":\"a\",}", "{\"id\":\"a\"\n,\"x\":tru}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})
    void malformedJsonIsDescribedInTheUsersWords(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("at ")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("REDACTED")
                .hasMessageNotContaining("Feature")
                .hasMessageNotContaining("code ")
                .hasMessageNotContaining("`");
    }

    @Test
    void malformedJsonNamesTheLineAndColumnWithinTheRecord() {
        assertThatThrownBy(() -> parser.parse("{\"id\":\"a\",\n  \"x\": tru}"))
                .hasMessageContaining("at line 2 of the record, column");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"a\"")).hasMessageContaining("a '}' is missing");
    }

    @Test
    void aNullRecordSaysNullOnce() throws Exception {
        assertThat(parser.parse(Json.mapper().readTree("null")).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("expected a JSON object, got null"));
    }

    @Test
    void anIdWithALoneSurrogateIsRejectedNamingTheField() throws Exception {
        ParsedProfile parsed = parser.parse("{\"id\":\"x\\ud800y\",\"name\":\"\\udc00\"}");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.id()).isNull();
        assertThat(parsed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("id", "name");
        assertThat(parsed.errors()).allSatisfy(e -> assertThat(e.reason()).contains("lone surrogate"));
        assertThat(parser.parse("{\"id\":\"emoji \\ud83d\\ude00 ok\"}").isValid()).isTrue();
    }
}
