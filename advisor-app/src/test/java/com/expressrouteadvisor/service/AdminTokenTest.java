package com.expressrouteadvisor.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTokenTest {

    private final AdminToken token = AdminToken.of("s3cret-token");

    @Test
    void admitsOnlyTheExactTokenAsBearer() {
        assertThat(token.admits("Bearer s3cret-token")).isTrue();
        assertThat(token.admits("bearer s3cret-token")).isTrue();
        assertThat(token.admits("Bearer s3cret-toke")).isFalse();
        assertThat(token.admits("Bearer s3cret-token2")).isFalse();
        assertThat(token.admits("Basic s3cret-token")).isFalse();
        assertThat(token.admits("s3cret-token")).isFalse();
        assertThat(token.admits("Bearer ")).isFalse();
        assertThat(token.admits(null)).isFalse();
    }

    @Test
    void aMissingOrBlankTokenDisablesReload() {
        assertThat(AdminToken.of(null).enabled()).isFalse();
        assertThat(AdminToken.of("  ").enabled()).isFalse();
        assertThat(AdminToken.disabled().admits("Bearer ")).isFalse();
        assertThat(AdminToken.disabled().admits("Bearer anything")).isFalse();
    }

    @Test
    void neverShowsTheTokenInText() {
        assertThat(token.toString()).doesNotContain("s3cret");
    }
}
