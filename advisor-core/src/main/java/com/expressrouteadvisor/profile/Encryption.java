package com.expressrouteadvisor.profile;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The encryption planned over the circuit (profile {@code security.encryption}; facts ENC-MACSEC, ENC-IPSEC). */
public enum Encryption {
    NONE,
    MACSEC,
    IPSEC;

    @JsonCreator
    public static Encryption of(String text) {
        return EnumNames.parse(Encryption.class, text);
    }
}
